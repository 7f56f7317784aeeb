/** One seed read as text: decoded, front matter off, lines numbered, warnings in order. */
import { describe, expect, it } from 'vitest';
import { SeedError } from '../../../src/engine/read/errors.ts';
import { readSeedText } from '../../../src/engine/read/seed.ts';

const input = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });

describe('readSeedText', () => {
  it('reads the front matter off and numbers the body lines as in the file', () => {
    const seed = readSeedText(input('s.txt', '---\ntitle: Quay\n---\r\nThe <i>quay</i> reopened.\r\n'));
    expect(seed.frontMatter).toEqual({ title: 'Quay' });
    expect(seed.lines[0]).toEqual({ n: 4, text: 'The <i>quay</i> reopened.' });
    expect(seed.original).toBe('---\ntitle: Quay\n---\r\nThe <i>quay</i> reopened.\r\n');
    // Decoding warnings first, then markup.
    expect(seed.warnings.map((w) => w.line)).toEqual([null, 4]);
  });

  it('rejects a seed that holds only white space', () => {
    expect(() => readSeedText(input('s.txt', ' \n\t\n'))).toThrow(SeedError);
    expect(() => readSeedText(input('s.txt', ' \n\t\n'))).toThrow(/is empty or holds only white space/);
  });
});
