/** A place in capitals on its own line above the lede. */
import { describe, expect, it } from 'vitest';
import {
  placeAboveLedeReader,
  placeBeforeOwnName,
} from '../../../../../src/engine/article/readers/lede/place-above-lede.ts';
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

describe('placeBeforeOwnName', () => {
  it.each<[string, string | null, string | null]>([
    ['عمّان - الواحة', 'جريدة الواحة', 'عمّان'],
    ['Lyon - Le Courrier', 'Le Courrier du Rhône', 'Lyon'],
    // A dash between two names the site does not bear is no dateline.
    ['Lyon - Marseille', 'Le Courrier du Rhône', null],
    ['عمّان - الواحة', null, null],
  ])('%s (site %s) → %s', (line, site, place) => {
    expect(placeBeforeOwnName(line, site)).toBe(place);
  });
});
