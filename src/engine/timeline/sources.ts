/** Counting an event's sources and ordering articles, shared by the timeline, the comparisons and the pages. */
import type { Article, TimelineEvent } from '../schema/article';

/** The number of distinct articles that report an event. */
export function sourceCount(e: Pick<TimelineEvent, 'sources'>): number {
  return new Set(e.sources.map((s) => s.slug)).size;
}

/** Articles in reading order: publication date (undated last), then slug. */
export function byPublication<T extends Pick<Article, 'slug' | 'published'>>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (x, y) => (x.published.date ?? '9999').localeCompare(y.published.date ?? '9999') || x.slug.localeCompare(y.slug),
  );
}
