/** A name on its own line beside the stamp, under the headline: a byline without "By". */
import { describe, expect, it } from 'vitest';
import { nameBesideStampReader } from '../../../../../src/engine/article/readers/header/name-beside-stamp.ts';
import type { Findings } from '../../../../../src/engine/article/findings.ts';
import { findings, headerTake } from '../helpers.ts';

const STAMP = {
  verb: 'date' as const,
  stamp: { date: '2024-03-03', time: null, timezone: null },
  phrase: 'March 3, 2024',
};
const headline = { n: 1, text: 'Port Reopens After Repairs' };

describe('nameBesideStampReader', () => {
  it.each<[string, Partial<Findings>, string | null]>([
    ['Ana Lima', { headline, stamp: { line: 4, ...STAMP } }, 'byline'],
    // Too far from the stamp, or with no stamp at all.
    ['Ana Lima', { headline, stamp: { line: 5, ...STAMP } }, null],
    ['Ana Lima', { headline }, null],
    // Under no headline, or once there is a byline.
    ['Ana Lima', { stamp: { line: 4, ...STAMP } }, null],
    [
      'Ana Lima',
      { headline, stamp: { line: 4, ...STAMP }, author: { name: 'Joe Park', line: 3, how: 'byline' } },
      null,
    ],
    // One word, or an outlet's name, is no byline.
    ['Lima', { headline, stamp: { line: 4, ...STAMP } }, null],
    ['Harbour Daily News', { headline, stamp: { line: 4, ...STAMP } }, null],
    // A stamp that reads two ways (`12/05/2025 13:40`) is the page's stamp too.
    [
      'Ana Lima',
      { headline, ambiguous: { line: 3, text: '12/05/2025 13:40', days: ['2025-05-12', '2025-12-05'] } },
      'byline',
    ],
  ])('%s → %s', (line, set, kind) => {
    const { kind: taken, found } = headerTake(nameBesideStampReader, line, { found: findings(set) });
    expect(taken).toBe(kind);
    if (kind) expect(found.author).toEqual({ name: line, line: 2, how: 'byline' });
  });

  it('takes the name before a role after a slash, and no line whose part after the slash is no role', () => {
    const set = { headline, stamp: { line: 4, ...STAMP } };
    const { kind, found } = headerTake(nameBesideStampReader, 'Ana Lima/Staff Reporter', { found: findings(set) });
    expect(kind).toBe('byline');
    expect(found.author).toEqual({ name: 'Ana Lima', line: 2, how: 'byline' });
    expect(headerTake(nameBesideStampReader, 'Ana Lima/Port Views', { found: findings(set) }).kind).toBeNull();
  });
});
