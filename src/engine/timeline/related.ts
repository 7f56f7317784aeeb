/**
 * Links between articles through the timeline: which events each article
 * supports, and which other articles to suggest beside it.
 */
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/timeline.ts';
import { byPublication } from './sources.ts';

/** How many other articles an article page suggests. */
export const RELATED_LIMIT = 8;

/** Events with more sources than this are common background and do not make two articles related. */
export const RELATED_EVENT_MAX_SOURCES = 50;

/**
 * Fills `eventIds` and `related` on each article. Related articles are those
 * sharing the most events, then the nearest in date. Work is bounded by the
 * size of the events taken into account, not by the square of the collection.
 */
export function linkArticles(articles: Article[], events: readonly TimelineEvent[]): void {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const ids = new Map<string, Set<string>>(articles.map((a) => [a.slug, new Set()]));
  const shared = new Map<string, Map<string, number>>(articles.map((a) => [a.slug, new Map()]));
  for (const e of events) {
    const slugs = [...new Set(e.sources.map((s) => s.slug))];
    for (const s of slugs) ids.get(s)?.add(e.id);
    if (slugs.length > RELATED_EVENT_MAX_SOURCES) continue;
    for (const a of slugs) for (const b of slugs) if (a !== b) shared.get(a)!.set(b, (shared.get(a)!.get(b) ?? 0) + 1);
  }
  // Articles in date order, for filling up with the nearest in date.
  const byDate = byPublication(articles);
  const position = new Map(byDate.map((a, i) => [a.slug, i]));
  for (const a of articles) {
    const ranked = [...shared.get(a.slug)!]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, RELATED_LIMIT);
    const chosen = new Set(ranked.map(([s]) => s));
    const related = ranked.map(([slug, n]) => ({ slug, sharedEvents: n }));
    const at = position.get(a.slug)!;
    for (let d = 1; related.length < RELATED_LIMIT && (at - d >= 0 || at + d < byDate.length); d++) {
      for (const other of [byDate[at - d], byDate[at + d]]) {
        if (!other || other.slug === a.slug || chosen.has(other.slug) || related.length >= RELATED_LIMIT) continue;
        chosen.add(other.slug);
        related.push({ slug: other.slug, sharedEvents: shared.get(a.slug)!.get(other.slug) ?? 0 });
      }
    }
    a.eventIds = [...ids.get(a.slug)!];
    a.related = related.filter((r) => bySlug.has(r.slug));
  }
}
