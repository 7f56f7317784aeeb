/** A place in capitals on its own line above the lede. */
import { describe, expect, it } from 'vitest';
import { placeAboveLedeReader } from '../../../../../src/engine/article/readers/lede/place-above-lede.ts';
import { findings, partTake } from '../helpers.ts';

describe('placeAboveLedeReader', () => {
  it.each([
    ['ANKARA', { kind: 'dateline', text: 'ANKARA', rest: '' }],
    ['  PORT LOUIS  ', { kind: 'dateline', text: 'PORT LOUIS', rest: '' }],
    // A masthead in capitals, a short word or a title-case line is no place.
    ['DAILY NEWS', null],
    ['UN', null],
    ['Ankara', null],
  ])('%s', (line, taken) => {
    const { taken: t, found } = partTake(placeAboveLedeReader, line, {});
    expect(t).toEqual(taken);
    if (taken)
      expect(found.dateline).toMatchObject({ match: { place: taken.text, date: null, agencies: [] }, line: 3 });
  });

  it('is not read when the lede has a dateline of its own', () => {
    const dateline = {
      match: { text: 'CAIRO', length: 8, place: 'CAIRO', date: null, agencies: [], outlets: [] },
      line: 4,
    };
    expect(partTake(placeAboveLedeReader, 'ANKARA', { found: findings({ dateline }) }).taken).toBeNull();
  });
});
