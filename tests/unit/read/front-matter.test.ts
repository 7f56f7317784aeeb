/** Front matter: known keys validated, unknown keys warned about, errors on the line of the key at fault. */
import { describe, expect, it } from 'vitest';
import { SeedError } from '../../../src/engine/read/errors.ts';
import { readFrontMatter } from '../../../src/engine/read/front-matter.ts';

describe('readFrontMatter', () => {
  it('leaves a seed without front matter as it is', () => {
    expect(readFrontMatter('s.txt', 'Quay reopens.\n')).toEqual({
      data: {},
      body: 'Quay reopens.\n',
      lineOffset: 0,
      removed: [],
      warnings: [],
    });
  });

  it('reads the keys, and records the front-matter lines as removed', () => {
    const read = readFrontMatter('s.txt', '---\ntitle: Quay Reopens\ndate: 2024-03-04\n---\nThe quay reopened.\n');
    expect(read.data).toEqual({ title: 'Quay Reopens', date: '2024-03-04' });
    expect(read.body).toBe('The quay reopened.\n');
    expect(read.lineOffset).toBe(4);
    expect(read.removed.map((r) => [r.line, r.kind, r.text])).toEqual([
      [1, 'front-matter', '---'],
      [2, 'front-matter', 'title: Quay Reopens'],
      [3, 'front-matter', 'date: 2024-03-04'],
      [4, 'front-matter', '---'],
    ]);
  });

  it('warns about an unknown key, on its line, and ignores it', () => {
    const read = readFrontMatter('s.txt', '---\ntitle: Quay Reopens\nmood: sunny\n---\nText.\n');
    expect(read.data).toEqual({ title: 'Quay Reopens' });
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]).toMatchObject({ line: 3 });
    expect(read.warnings[0]!.message).toMatch(
      /^Front matter key “mood” is not known and was ignored; known keys are title, /,
    );
  });

  it.each([
    [
      'an invalid value, on its line',
      '---\ntitle: Quay\nslug: Not A Slug\n---\nText.\n',
      /s\.txt:3: front matter “slug” is invalid/,
    ],
    [
      'an invalid value beside an unknown key',
      '---\nmood: sunny\nslug: Not A Slug\n---\nText.\n',
      /s\.txt:3: front matter “slug”/,
    ],
    [
      'YAML that does not parse',
      '---\ntitle: [unclosed\n---\nText.\n',
      /s\.txt:\d+: has front matter that is not valid YAML/,
    ],
  ])('rejects %s', (_, text, message) => {
    expect(() => readFrontMatter('s.txt', text)).toThrow(SeedError);
    expect(() => readFrontMatter('s.txt', text)).toThrow(message);
  });
});
