/** Groups the timeline for display: background before the focus window, then years and months. */
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { Story } from '../engine/schema/story.ts';
import { byDateAndId } from '../engine/timeline/sources.ts';
import type { TimelineEvent } from '../engine/schema/timeline.ts';

/** Events of one month, or of a year when `month` is null (year- or season-precision events). */
export interface MonthGroup {
  /** `2023-06`, or null for events known only to the year or season. */
  month: string | null;
  /** `June`, or `Across the year`. */
  heading: string;
  /** Events in date order. */
  events: TimelineEvent[];
}

/** Events of one year. */
export interface YearGroup {
  /** `2023`. */
  year: string;
  /** Month groups in order; coarse events first. */
  months: MonthGroup[];
}

/** The timeline split for the page. */
export interface GroupedTimeline {
  /** Events that end before the focus window opens. */
  background: TimelineEvent[];
  /** Events from the window's start on, by year and month. */
  main: YearGroup[];
}

/** Precisions too coarse for a month: such events head their year. */
const COARSE = new Set(['year', 'season']);

/** Splits events into background and main parts and groups the main part by year and month. */
export function groupTimeline(events: readonly TimelineEvent[], focus: Story['focus']): GroupedTimeline {
  const sorted = [...events].sort(byDateAndId);
  const background = sorted.filter((e) => e.end < focus.start);
  const main: YearGroup[] = [];
  for (const e of sorted.filter((x) => x.end >= focus.start)) {
    const year = e.start.slice(0, 4);
    let y = main.find((g) => g.year === year);
    if (!y) main.push((y = { year, months: [] }));
    const month = COARSE.has(e.precision) ? null : e.start.slice(0, 7);
    let m = y.months.find((g) => g.month === month);
    if (!m) {
      m = { month, heading: month ? format(parseISO(`${month}-01`), 'MMMM') : 'Across the year', events: [] };
      y.months.push(m);
    }
    m.events.push(e);
  }
  for (const y of main) y.months.sort((a, b) => (a.month ?? '').localeCompare(b.month ?? ''));
  return { background, main };
}
