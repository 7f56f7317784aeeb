/** How long lists are cut on pages so that no page grows with the collection; the rest is a link away. */

/** Items of a long list shown in place; the rest are counted and linked. */
export const SHOWN = 3;

/** The first `SHOWN` items and how many are left out; a list one longer than that is shown whole (“and 1 more” saves nothing). */
export function capList<T>(items: readonly T[], shown = SHOWN): { shown: T[]; hidden: number } {
  return items.length <= shown + 1
    ? { shown: [...items], hidden: 0 }
    : { shown: items.slice(0, shown), hidden: items.length - shown };
}

/** Splits a list into pages of `size`; always at least one (empty) page. */
export function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/**
 * The address of page `n` (1-based) of a paged list at `base` (`/coverage/`): `base` itself, then `<rest><n>/`,
 * where `rest` is `base` unless the later pages live apart (`/articles/page/`, beside the article pages).
 */
export function pageHref(base: string, n: number, rest = base): string {
  return n <= 1 ? base : `${rest}${n}/`;
}

/** Articles on each page of the list of articles: /articles/, then /articles/page/2/ and on. */
export const ARTICLES_PER_PAGE = 200;

/** Quotations on each page of the quote ledger: /quotes/, then /quotes/2/ and on. */
export const QUOTES_PER_PAGE = 200;

/** Sources listed by name on /about/; with more, it points to the list of articles, which names them all. */
export const ABOUT_SOURCES = 50;
