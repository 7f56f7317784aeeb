/** The coverage matrix (events × articles) and what each article alone contributes. */
import type { Article, TimelineEvent } from '../schema';
import type { Contribution, Coverage, FigureGroup, QuoteEntry } from './schema';
import { byPublication } from './sentences';

/** Builds the matrix with articles as columns in publication order, events as rows in date order. */
export function buildCoverage(articles: readonly Pick<Article, 'slug' | 'published'>[], events: readonly TimelineEvent[], figures: readonly FigureGroup[] = [], quotes: readonly QuoteEntry[] = []): Coverage {
  const columns = byPublication(articles).map((a) => a.slug);
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
  const rows = sorted.map((e) => {
    const cells = columns.map((slug) => [...new Set(e.sources.filter((s) => s.slug === slug).map((s) => s.anchor))]);
    return { eventId: e.id, label: e.label, start: e.start, end: e.end, precision: e.precision, cells, count: cells.filter((c) => c.length).length };
  });
  const contributions: Contribution[] = columns.map((slug, k) => ({
    slug,
    events: rows.filter((r) => r.count === 1 && r.cells[k]!.length).map((r) => r.eventId),
    figures: figures.flatMap((g) =>
      g.variants
        .filter((v) => v.figures.every((f) => f.slug === slug))
        .map((v) => ({ group: g.id, value: v.value, wording: v.figures[0]!.wording })),
    ),
    quotes: quotes.filter((q) => q.sources.every((s) => s.slug === slug)).map((q) => q.id),
  }));
  return { columns, rows, contributions };
}
