/** Counting an event's sources, and the orders of events and articles, shared by the timeline, the comparisons and the pages. */
import type { Article } from '../schema/article.ts';
import type { DatePrecision } from '../schema/dates.ts';
import type { TimelineEvent } from '../schema/timeline.ts';

/** The number of distinct articles that report an event. */
export function sourceCount(e: Pick<TimelineEvent, 'sources'>): number {
  return new Set(e.sources.map((s) => s.slug)).size;
}

/**
 * Sets each event's `independent`: its articles counted by origin, so that the
 * articles of one shared-origin family (copies or rewrites of one report) count once.
 */
export function countOrigins(events: TimelineEvent[], families: ReadonlyArray<{ members: readonly string[] }>): void {
  const familyOf = new Map<string, number>();
  families.forEach((f, i) => f.members.forEach((slug) => familyOf.set(slug, i)));
  for (const e of events) {
    const origins = new Set(e.sources.map((s) => (familyOf.has(s.slug) ? `#${familyOf.get(s.slug)}` : s.slug)));
    e.independent = origins.size;
  }
}

/** Articles in reading order: publication date (undated last), then slug. */
export function byPublication<T extends Pick<Article, 'slug' | 'published'>>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (x, y) => (x.published.date ?? '9999').localeCompare(y.published.date ?? '9999') || x.slug.localeCompare(y.slug),
  );
}

const PRECISION_ORDER: Record<DatePrecision, number> = { year: 0, season: 1, month: 2, week: 3, day: 4 };

/** The timeline's order: by start, the coarser of two windows that start together first, then by end and label. */
export function byTimelineOrder(
  a: Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'label'>,
  b: Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'label'>,
): number {
  return (
    a.start.localeCompare(b.start) ||
    PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision] ||
    a.end.localeCompare(b.end) ||
    a.label.localeCompare(b.label)
  );
}

/** The pages' and comparisons' order of events: by start, then end, then id, so ties never depend on the input's order. */
export function byDateAndId(
  a: Pick<TimelineEvent, 'start' | 'end' | 'id'>,
  b: Pick<TimelineEvent, 'start' | 'end' | 'id'>,
): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id);
}
