/** Where events happened, as far as the text says: the places named in the sentences that date each event. */
import type { Place } from '../schema/places.ts';
import type { TimelineEvent } from '../schema/timeline.ts';
import { wholeNames } from './whole-names.ts';

/** For each place (by name), the ids of the events one of whose supporting sentences names it, in the events' order. */
export function eventsByPlace(places: readonly Place[], events: readonly TimelineEvent[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of places) {
    const names = [p.name, ...p.aliases];
    const re = wholeNames(names);
    const ids = events
      .filter((e) => e.sources.some((s) => names.some((n) => s.quote.includes(n)) && s.quote.search(re) >= 0))
      .map((e) => e.id);
    out.set(p.name, ids);
  }
  return out;
}
