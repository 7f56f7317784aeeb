/** Splits the timeline for display: background before the focus window, the window itself, then what came after. */
import { byTimelineOrder } from '../engine/timeline/sources.ts';
import type { Story } from '../engine/schema/story.ts';
import type { TimelineEvent } from '../engine/schema/timeline.ts';

/** The timeline split for the page, each part in `byEventOrder`. */
export interface GroupedTimeline {
  /** Events that end before the focus window opens. */
  background: TimelineEvent[];
  /** Events that overlap the focus window. */
  main: TimelineEvent[];
  /** Events that start after the focus window closes. */
  after: TimelineEvent[];
}

/**
 * The pages' order of events: by start date, then the coarser window first (a season before a month before the
 * days it holds), then end and label, and the id last so that ties never depend on the input's order.
 */
export function byEventOrder(a: TimelineEvent, b: TimelineEvent): number {
  return byTimelineOrder(a, b) || a.id.localeCompare(b.id);
}

/** Splits events into background, focus-window and later parts. */
export function groupTimeline(events: readonly TimelineEvent[], focus: Story['focus']): GroupedTimeline {
  const sorted = [...events].sort(byEventOrder);
  return {
    background: sorted.filter((e) => e.end < focus.start),
    main: sorted.filter((e) => e.end >= focus.start && e.start <= focus.end),
    after: sorted.filter((e) => e.start > focus.end),
  };
}
