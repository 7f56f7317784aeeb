/** The coverage matrix (events × articles) and what each article alone contributes. */
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/timeline.ts';
import type { Contribution, Coverage, CoverageRow, FigureGroup, QuoteEntry } from '../schema/compare.ts';
import { byDateAndId, byPublication } from '../timeline/sources.ts';

/** The most article columns a matrix shows; beyond this a grid is unreadable and its size grows with events × articles. */
export const MATRIX_MAX_COLUMNS = 40;

/**
 * Builds the matrix with articles as columns in publication order, events as
 * rows in date order. In a collection larger than `maxColumns`, the columns are
 * the articles that report the most events, and `omitted` says how many are left out.
 */
export function buildCoverage(
  articles: readonly Pick<Article, 'slug' | 'published'>[],
  events: readonly TimelineEvent[],
  figures: readonly FigureGroup[] = [],
  quotes: readonly QuoteEntry[] = [],
  maxColumns = MATRIX_MAX_COLUMNS,
): Coverage {
  const ordered = byPublication(articles).map((a) => a.slug);
  const sorted = [...events].sort(byDateAndId);
  const anchorsOf = sorted.map(anchorsBySlug);
  const columns = ordered.length > maxColumns ? mostReporting(ordered, anchorsOf, maxColumns) : ordered;
  const rows: CoverageRow[] = sorted.map((e, i) => {
    const m = anchorsOf[i]!;
    return {
      eventId: e.id,
      label: e.label,
      start: e.start,
      end: e.end,
      precision: e.precision,
      cells: columns.map((slug) => m.get(slug) ?? []),
      count: m.size,
    };
  });
  const contributions = soleContributions(columns, eventsAlone(rows, anchorsOf), figures, quotes);
  return { columns, rows, contributions, omitted: ordered.length - columns.length };
}

/** Per reporting article, the anchors of an event's citations: one pass over its sources. */
function anchorsBySlug(e: TimelineEvent): Map<string, string[]> {
  const bySlug = new Map<string, string[]>();
  for (const s of e.sources) {
    const list = bySlug.get(s.slug) ?? [];
    if (!list.includes(s.anchor)) list.push(s.anchor);
    bySlug.set(s.slug, list);
  }
  return bySlug;
}

/** The `max` articles that report the most events (publication order on ties), kept in publication order. */
function mostReporting(ordered: readonly string[], anchorsOf: readonly Map<string, string[]>[], max: number): string[] {
  const reported = new Map<string, number>();
  for (const m of anchorsOf) for (const slug of m.keys()) reported.set(slug, (reported.get(slug) ?? 0) + 1);
  const rank = new Map(ordered.map((s, i) => [s, i]));
  const top = new Set(
    [...ordered]
      .sort((a, b) => (reported.get(b) ?? 0) - (reported.get(a) ?? 0) || rank.get(a)! - rank.get(b)!)
      .slice(0, max),
  );
  return ordered.filter((s) => top.has(s));
}

/** Items grouped by the one article that has them. */
function bySoleSlug<T>(items: Array<[string, T]>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const [slug, item] of items) out.set(slug, [...(out.get(slug) ?? []), item]);
  return out;
}

/** The slug when every entry names the same article, else null. */
const soleSlug = (slugs: readonly string[]) => (new Set(slugs).size === 1 ? slugs[0]! : null);

/** The events only one article reports, by that article. */
function eventsAlone(rows: readonly CoverageRow[], anchorsOf: readonly Map<string, string[]>[]): Map<string, string[]> {
  return bySoleSlug(
    rows.flatMap((r, i) => (r.count === 1 ? [[[...anchorsOf[i]!.keys()][0]!, r.eventId] as [string, string]] : [])),
  );
}

/** What only one article has, gathered once and looked up per column: events, figure values and quotations. */
function soleContributions(
  columns: readonly string[],
  events: ReadonlyMap<string, string[]>,
  figures: readonly FigureGroup[],
  quotes: readonly QuoteEntry[],
): Contribution[] {
  const figuresAlone = bySoleSlug(
    figures.flatMap((g) =>
      g.variants.flatMap((v) => {
        const slug = soleSlug(v.figures.map((f) => f.slug));
        return slug
          ? [
              [slug, { group: g.id, value: v.value, wording: v.figures[0]!.wording }] as [
                string,
                Contribution['figures'][number],
              ],
            ]
          : [];
      }),
    ),
  );
  const quotesAlone = bySoleSlug(
    quotes.flatMap((q) => {
      const slug = soleSlug(q.sources.map((s) => s.slug));
      return slug ? [[slug, q.id] as [string, string]] : [];
    }),
  );
  return columns.map((slug) => ({
    slug,
    events: events.get(slug) ?? [],
    figures: figuresAlone.get(slug) ?? [],
    quotes: quotesAlone.get(slug) ?? [],
  }));
}
