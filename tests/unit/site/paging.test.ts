/** Long lists on pages: a few shown in place, the rest counted; pages of a fixed size with their addresses. */
import { describe, expect, it } from 'vitest';
import { capList, pageHref, pages } from '../../../src/site/paging.ts';

describe('long lists', () => {
  it('shows three and counts the rest, but never hides a single item', () => {
    expect(capList([1, 2, 3, 4])).toEqual({ shown: [1, 2, 3, 4], hidden: 0 });
    expect(capList([1, 2, 3, 4, 5, 6])).toEqual({ shown: [1, 2, 3], hidden: 3 });
  });

  it('splits into pages with addresses /base/, /base/2/…', () => {
    expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages([], 2)).toEqual([[]]);
    expect([1, 2, 3].map((n) => pageHref('/coverage/', n))).toEqual(['/coverage/', '/coverage/2/', '/coverage/3/']);
    // Later pages apart from the first, where the first's folder holds other pages (/articles/<slug>/).
    expect([1, 2, 3].map((n) => pageHref('/articles/', n, '/articles/page/'))).toEqual([
      '/articles/',
      '/articles/page/2/',
      '/articles/page/3/',
    ]);
  });
});
