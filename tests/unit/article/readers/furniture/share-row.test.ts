/** Rows of share buttons on one line, in any language. */
import { describe, expect, it } from 'vitest';
import { isShareRow, shareRowReader } from '../../../../../src/engine/article/readers/furniture/share-row.ts';
import { furnitureTake } from '../helpers.ts';

describe('shareRowReader', () => {
  it.each<[string, string | null]>([
    ['Share: Facebook | X | WhatsApp', 'share-list'],
    ['Facebook · Twitter · Email', 'share-list'],
    ['Partager : Facebook, X', 'share-list'],
    ['Share this article: Facebook, LinkedIn', 'share-list'],
    ['Facebook', null],
    ['Share your views with the council by Friday', null],
  ])('%s → %s', (line, kind) => {
    expect(isShareRow(line)).toBe(kind !== null);
    expect(furnitureTake(shareRowReader, line).kind).toBe(kind);
  });
});
