/** Ranking and paging of the comparison lists, so /compare/ stays the same size however many articles there are. */
import type { EventDateDifference, FigureGroup } from '../engine/schema/compare.ts';
import { capList } from './paging.ts';

/** Date differences on /compare/ and on each page of /compare/dates/. */
export const DATES_PER_PAGE = 25;

/** Events (matrix rows) on each page of /coverage/. */
export const COVERAGE_ROWS_PER_PAGE = 50;

/** Values of one figure group shown on /compare/; a group with more has its own page. */
export const VALUES_SHOWN = 6;

/** Families of shared origin listed on /compare/, largest first; every article page names its own. */
export const FAMILIES_SHOWN = 25;

/** Members of one family named on /compare/ and on an article page at most; similarity.json lists them all. */
export const FAMILY_MEMBERS_SHOWN = 8;

/** Rows of a people, organisation or place table on /people-places/, most mentioned first; entities.json has all. */
export const ENTITY_ROWS = 40;

/** Rows on each page of a figure group's own page. */
export const FIGURES_PER_PAGE = 200;

/** Date differences ranked by how many sentences give them (most first), then in the engine's order. */
export function rankDateDifferences(differences: readonly EventDateDifference[]): EventDateDifference[] {
  const weight = (d: EventDateDifference) => d.claims.reduce((n, c) => n + c.sources.length, 0);
  return differences
    .map((d, i) => ({ d, i, w: weight(d) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map((x) => x.d);
}

/** Whether a figure group shows only part of its rows on /compare/, and so has a page of its own. */
export function figureGroupHasPage(group: FigureGroup): boolean {
  return group.variants.length > VALUES_SHOWN + 1 || group.variants.some((v) => capList(v.figures).hidden > 0);
}
