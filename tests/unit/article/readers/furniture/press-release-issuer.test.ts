/** A press release's issuer: under `News provided by`, on a closing `SOURCE` line, after `on behalf of`. */
import { describe, expect, it } from 'vitest';
import {
  matchIssuerLine,
  pressReleaseIssuerReader,
} from '../../../../../src/engine/article/readers/furniture/press-release-issuer.ts';
import { furnitureTake } from '../helpers.ts';

describe('matchIssuerLine', () => {
  it.each<[string, string | null]>([
    ['SOURCE Norrland Pumps AB', 'Norrland Pumps AB'],
    ['Distributed by Pan-African Wire Service on behalf of Lakeside Clinics.', 'Lakeside Clinics'],
    // An agency is never the issuer, and a sentence about a source is news.
    ['SOURCE Reuters', null],
    ['Source of the leak was found on Monday.', null],
  ])('%s → %s', (line, expected) => expect(matchIssuerLine(line)).toBe(expected));
});

describe('pressReleaseIssuerReader', () => {
  it('takes the heading and the name under it, which issues the release', () => {
    const lines = [
      { n: 1, text: 'News provided by' },
      { n: 2, text: 'Norrland Pumps AB' },
    ];
    expect(furnitureTake(pressReleaseIssuerReader, 'News provided by', { lines, index: 0 }).kind).toBe('source-line');
    const { kind, found } = furnitureTake(pressReleaseIssuerReader, 'Norrland Pumps AB', { lines, index: 1 });
    expect(kind).toBe('source-line');
    expect(found.issuer).toEqual({ name: 'Norrland Pumps AB', line: 5 });
  });

  it('leaves a line that no heading stands above', () => {
    expect(furnitureTake(pressReleaseIssuerReader, 'Norrland Pumps AB').kind).toBeNull();
  });
});
