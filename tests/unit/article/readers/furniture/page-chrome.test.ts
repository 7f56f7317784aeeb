/** Page chrome: adverts, prompts, reading time, captions and notes around the text. */
import { describe, expect, it } from 'vitest';
import { isPageChrome, pageChromeReader } from '../../../../../src/engine/article/readers/furniture/page-chrome.ts';
import { furnitureTake } from '../helpers.ts';

describe('pageChromeReader', () => {
  it.each<[string, string | null]>([
    ['Advertisement', 'page-chrome'],
    ['Listen to this article 4 min', 'page-chrome'],
    ['5 min read', 'page-chrome'],
    ['Subscribe to our newsletter', 'page-chrome'],
    ['Follow us on WhatsApp for the latest news', 'page-chrome'],
    ['We use cookies to improve your experience. By continuing to browse you accept our cookies.', 'page-chrome'],
    ['Translated from French by the desk', 'page-chrome'],
    ['Soldiers hand out masks at a school. Photo: Agency / Jane Roe', 'page-chrome'],
    ['(ENDS)', 'page-chrome'],
    // Sentences about cookies or photographers are news.
    ['The bakery sold cookies to the soldiers on Monday.', null],
    ['Photographers were barred from the courtroom.', null],
  ])('%s → %s', (line, kind) => {
    expect(isPageChrome(line)).toBe(kind !== null);
    expect(furnitureTake(pageChromeReader, line).kind).toBe(kind);
  });
});
