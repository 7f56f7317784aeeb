/** The key moments of a timeline, as records (see engine-run.ts; run by the second of the engine's processes, or by the engine's own with fewer than SECOND_PROCESS_MIN articles). */
import { keyMoments } from '../engine/timeline/key-moments';
import { KeyMomentRecord, type TimelineEvent } from '../engine/schema/article';

/** The key moments of a timeline, in date order, checked against their schema here: pages read them from the run, not through the content layer, which would check them. */
export function momentRecords(events: readonly TimelineEvent[]): KeyMomentRecord[] {
  return KeyMomentRecord.array().parse(
    keyMoments(events).map((m, order) => ({
      eventId: m.event.id,
      order,
      sources: m.sources,
      line: m.line,
      citation: m.citation,
    })),
  );
}
