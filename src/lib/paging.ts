/** How long lists are cut on pages so that no page grows with the collection; the rest is a link away. */

/** Items of a long list shown in place; the rest are counted and linked. */
export const SHOWN = 3;

/** The first `SHOWN` items and how many are left out; a list one longer than that is shown whole (“and 1 more” saves nothing). */
export function capList<T>(items: readonly T[], shown = SHOWN): { shown: T[]; hidden: number } {
  return items.length <= shown + 1 ? { shown: [...items], hidden: 0 } : { shown: items.slice(0, shown), hidden: items.length - shown };
}

/** Splits a list into pages of `size`; always at least one (empty) page. */
export function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/** The address of page `n` (1-based) of a paged list at `base` (`/coverage/`): `base` itself, then `base<n>/`. */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}
