/** How an event's kind is marked on pages, in the chart and in exports: one word and what it means. */
import type { EventKind } from '../engine/schema/timeline.ts';

/** The mark for a kind of event: the word shown and its meaning; `happened` is unmarked. */
export interface KindMark {
  /** `planned`, `deadline`, `status`. */
  word: string;
  /** What the mark means, in one sentence (a tooltip and the chart's legend). */
  title: string;
}

/** Marks by kind; an event that happened carries none. */
export const KIND_MARKS: Record<EventKind, KindMark | null> = {
  happened: null,
  planned: { word: 'planned', title: 'The sources tell it as planned or expected, not as done.' },
  deadline: { word: 'deadline', title: 'The sources give it as a deadline: something due by that date.' },
  status: { word: 'status', title: 'The sources describe a state on that date, not an act.' },
};

/** “3 reports, 2 independent”: distinct articles, and distinct origins among them (copies of one report count once). */
export function reportCount(e: { reports: number; independent: number }): string {
  return `${e.reports} ${e.reports === 1 ? 'report' : 'reports'}, ${e.independent} independent`;
}
