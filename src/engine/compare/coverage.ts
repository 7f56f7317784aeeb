/** The coverage matrix (events × articles) and what each article alone contributes. */
import type { Article } from '../schema/article';
import type { TimelineEvent } from '../schema/timeline';
import type { Contribution, Coverage, FigureGroup, QuoteEntry } from '../schema/compare';
import { byPublication } from '../timeline/sources';

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
  const sorted = [...events].sort(
    (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id),
  );
  // Per event, the anchors each reporting article cites: one pass over the sources.
  const anchorsOf = sorted.map((e) => {
    const bySlug = new Map<string, string[]>();
    for (const s of e.sources) {
      const list = bySlug.get(s.slug) ?? [];
      if (!list.includes(s.anchor)) list.push(s.anchor);
      bySlug.set(s.slug, list);
    }
    return bySlug;
  });
  const reported = new Map<string, number>();
  for (const m of anchorsOf) for (const slug of m.keys()) reported.set(slug, (reported.get(slug) ?? 0) + 1);
  let columns = ordered;
  if (ordered.length > maxColumns) {
    const rank = new Map(ordered.map((s, i) => [s, i]));
    const top = new Set(
      [...ordered]
        .sort((a, b) => (reported.get(b) ?? 0) - (reported.get(a) ?? 0) || rank.get(a)! - rank.get(b)!)
        .slice(0, maxColumns),
    );
    columns = ordered.filter((s) => top.has(s));
  }
  const rows = sorted.map((e, i) => {
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
  // What only one article has, gathered once and looked up per column.
  const alone = <T>(items: Array<[string, T]>) => {
    const out = new Map<string, T[]>();
    for (const [slug, item] of items) out.set(slug, [...(out.get(slug) ?? []), item]);
    return out;
  };
  const soleSlug = (slugs: readonly string[]) => (new Set(slugs).size === 1 ? slugs[0]! : null);
  const eventsAlone = alone(
    rows.flatMap((r, i) => (r.count === 1 ? [[[...anchorsOf[i]!.keys()][0]!, r.eventId] as [string, string]] : [])),
  );
  const figuresAlone = alone(
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
  const quotesAlone = alone(
    quotes.flatMap((q) => {
      const slug = soleSlug(q.sources.map((s) => s.slug));
      return slug ? [[slug, q.id] as [string, string]] : [];
    }),
  );
  const contributions: Contribution[] = columns.map((slug) => ({
    slug,
    events: eventsAlone.get(slug) ?? [],
    figures: figuresAlone.get(slug) ?? [],
    quotes: quotesAlone.get(slug) ?? [],
  }));
  return { columns, rows, contributions, omitted: ordered.length - columns.length };
}
