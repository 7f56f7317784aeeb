/** "Read also" headings, alone or with their one link on the same line, and the list they open. */
import { describe, expect, it } from 'vitest';
import type { FurnitureZone } from '../../../../../src/engine/article/readers/reader.ts';
import {
  matchRelatedHeading,
  relatedHeadingReader,
} from '../../../../../src/engine/article/readers/furniture/related-heading.ts';
import { furnitureTake } from '../helpers.ts';

describe('matchRelatedHeading', () => {
  it.each([
    ['READ ALSO:', { inline: null }],
    ['ALSO READ: Ghana passes its budget', { inline: 'Ghana passes its budget' }],
    ['Related', { inline: null }],
    ['مقالات ذات صلة', { inline: null }],
    ['Mirá también: Cortes de luz en el centro', { inline: 'Cortes de luz en el centro' }],
    ['Lire aussi', { inline: null }],
    ['More local news', { inline: null }],
    // A sentence that merely opens with these words is not a heading.
    [
      'Read more about the plan in the full report, which the ministry published on Monday with a long annex of figures for every district of the region.',
      null,
    ],
  ])('%s', (line, expected) => expect(matchRelatedHeading(line)).toEqual(expected));
});

describe('relatedHeadingReader', () => {
  it.each<[string, boolean, string | null, FurnitureZone['list']]>([
    // Before the body only a bulleted list goes with the heading: a headline may follow it.
    ['READ ALSO:', false, 'related-links', 'bullets'],
    ['READ ALSO:', true, 'related-links', 'any'],
    ['Related stories »', true, 'related-links', 'any'],
    // A heading with its one link inline opens no list.
    ['ALSO READ: Ghana passes its budget', true, 'related-links', null],
    ['Readers wrote in all week about the ferry timetable.', true, null, null],
  ])('%s (body started: %s) → %s', (line, bodyStarted, kind, list) => {
    const { kind: taken, zone } = furnitureTake(relatedHeadingReader, line, { bodyStarted });
    expect(taken).toBe(kind);
    expect(zone.list).toBe(list);
  });
});
