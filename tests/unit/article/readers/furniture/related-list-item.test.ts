/** Items of the link list under a "read also" heading, and the line that closes the list. */
import { describe, expect, it } from 'vitest';
import type { FurnitureZone } from '../../../../../src/engine/article/readers/reader.ts';
import {
  isLinkListItem,
  relatedListItemReader,
} from '../../../../../src/engine/article/readers/furniture/related-list-item.ts';
import { furnitureTake } from '../helpers.ts';

describe('isLinkListItem', () => {
  it.each([
    ['- Parliament approves 2024/2025 budget', true],
    ['Ghana passes its 2024/2025 budget after a marathon session', true],
    [
      'The council said on Monday that the bridge would reopen in the spring, once engineers had inspected every pillar.',
      false,
    ],
  ])('%s → %s', (line, expected) => expect(isLinkListItem(line)).toBe(expected));
});

describe('relatedListItemReader', () => {
  it.each<[string, FurnitureZone['list'], string | null, FurnitureZone['list']]>([
    ['- Ferry fares rise in the spring', 'bullets', 'related-links', 'bullets'],
    ['1. Harbour gets a second crane', 'bullets', 'related-links', 'bullets'],
    // Once a list has bullets, a line without one closes it.
    ['Ferry fares rise in the spring', 'bullets', null, null],
    // After the body has started, any short line continues the list; a bullet makes it a bulleted one.
    ['Ferry fares rise in the spring', 'any', 'related-links', 'any'],
    ['• Harbour gets a second crane', 'any', 'related-links', 'bullets'],
    // A dateline or a sign-off closes the list.
    ['KAMPALA, March 3 (Reuters) -', 'any', null, null],
    ['Chikondi Banda reports.', 'any', null, null],
    // A sentence of the body closes it.
    [
      'The council said on Monday that the bridge would reopen in the spring, once engineers had inspected every pillar.',
      'any',
      null,
      null,
    ],
    // With no list open, the reader takes nothing.
    ['- Ferry fares rise in the spring', null, null, null],
  ])('%s (list: %s) → %s', (line, list, kind, after) => {
    const { kind: taken, zone } = furnitureTake(relatedListItemReader, line, { list });
    expect(taken).toBe(kind);
    expect(zone.list).toBe(after);
  });
});
