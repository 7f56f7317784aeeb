/** Slugs: readable ASCII URL segments cut at a word, and ids made unique in order. */
import { describe, expect, it } from 'vitest';
import { slugify, suffixDuplicateIds } from '../../../src/engine/text/slug.ts';

describe('slugify', () => {
  it.each([
    ['The U.N. Mission in Mali ends', 60, 'the-u-n-mission-in-mali-ends'],
    ['Ça va très bien, merci!', 60, 'ca-va-tres-bien-merci'],
    ['Москва и Киев', 60, 'moskva-i-kiev'],
    ['CamelCase Words', 60, 'camelcase-words'],
    ['  --Hello--  ', 60, 'hello'],
    ['A very long title that will certainly be cut somewhere sensible', 20, 'a-very-long-title'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghij'],
    ['', 60, ''],
  ])('“%s” in %i characters → “%s”', (text, max, slug) => {
    expect(slugify(text, max)).toBe(slug);
  });
});

describe('suffixDuplicateIds', () => {
  it('numbers the second and later uses of an id, in order, and returns the same items', () => {
    const items = [{ id: 'x' }, { id: 'y' }, { id: 'x' }, { id: 'x' }];
    expect(suffixDuplicateIds(items)).toBe(items);
    expect(items.map((i) => i.id)).toEqual(['x', 'y', 'x-2', 'x-3']);
  });
});
