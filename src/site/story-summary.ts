/** The story summary at the top of `/`: the key moments' lines, each a source's sentence, never written by the site. */
import type { KeyMomentRecord } from '../engine/schema/timeline.ts';

/** Fewest and most sentences in the summary (fewer only when there are fewer key moments). */
export const SUMMARY_SENTENCES = { min: 3, max: 5 } as const;

/**
 * The key moments whose supporting sentences make the summary, in date order: all of them when there are at most
 * `max`, else the `max` with the most independent reports (the earlier on a tie). A sentence two moments share is
 * told once.
 */
export function summaryMoments<M extends Pick<KeyMomentRecord, 'order' | 'citation'> & { independent: number }>(
  moments: readonly M[],
  max: number = SUMMARY_SENTENCES.max,
): M[] {
  const seen = new Set<string>();
  const distinct = [...moments]
    .sort((a, b) => a.order - b.order)
    .filter((m) => !seen.has(m.citation.quote) && seen.add(m.citation.quote));
  const kept = new Set([...distinct].sort((a, b) => b.independent - a.independent || a.order - b.order).slice(0, max));
  return distinct.filter((m) => kept.has(m));
}
