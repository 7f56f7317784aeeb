/** Share-button and follow entries on their own lines after the text. */
import { describe, expect, it } from 'vitest';
import { isShareItem, shareItemReader } from '../../../../../src/engine/article/readers/footer/share-item.ts';
import { footerTake } from '../helpers.ts';

describe('shareItemReader', () => {
  it.each<[string, string | null]>([
    ['Facebook', 'share-list'],
    ['Telegram', 'share-list'],
    ['Share', 'share-list'],
    ['Print', 'share-list'],
    ['Follow by Email', 'share-list'],
    ['Share on:', 'share-list'],
    ['Harbour', null],
  ])('%s → %s', (line, kind) => {
    expect(isShareItem(line)).toBe(kind !== null);
    expect(footerTake(shareItemReader, line).kind).toBe(kind);
  });
});
