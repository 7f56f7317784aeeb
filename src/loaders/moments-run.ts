/** The key moments of a timeline, as records (see engine-run.ts; this module loads the part-of-speech tagger). */
import { keyMoments } from '../lib/key-moments';
import type { KeyMomentRecord, TimelineEvent } from '../lib/schema';

/** The key moments of a timeline, in date order. */
export function momentRecords(events: readonly TimelineEvent[]): KeyMomentRecord[] {
  return keyMoments(events).map((m, order) => ({ eventId: m.event.id, order, sources: m.sources, line: m.line, citation: m.citation }));
}
