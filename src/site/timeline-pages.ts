/**
 * Splits the timeline into pages so that no page grows with the collection:
 * the focus window first (on `/`), then the rest by year, or by month when a
 * year holds too many events. Every event is on exactly one page.
 *
 * Imported natively by the search-index integration, so relative imports name their file.
 */
import { formatWindow } from './format.ts';
import { pages, SHOWN } from './paging.ts';
import { MONTH_NAMES } from '../engine/time/names.ts';
import { byEventOrder } from './timeline-groups.ts';
import type { Story } from '../engine/schema/story.ts';
import type { TimelineEvent } from '../engine/schema/timeline.ts';

/** Most events on one timeline page; a small story fits on `/` whole. */
export const EVENTS_PER_PAGE = 150;

/** One page of the timeline. */
export interface TimelinePage {
  /** `''` for `/`; otherwise the period, `2021` or `2021-03` (a third part numbers a split month: `2021-03-2`). */
  key: string;
  /** The page's address: `/` or `/timeline/<key>/`. */
  path: string;
  /** What the page covers, in words: `2021`, `March 2021`, `March 2021 (part 2)`. Empty for `/`. */
  title: string;
  /** Events on the page, in date order. */
  events: TimelineEvent[];
}

/** Events grouped by a key (a year, a month), in key order. */
function groupBy(
  events: readonly TimelineEvent[],
  key: (e: TimelineEvent) => string,
): Array<[string, TimelineEvent[]]> {
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  return [...groups].sort((a, b) => a[0].localeCompare(b[0]));
}

/** A timeline page for a period key (`''` for `/`). */
function page(key: string, title: string, events: TimelineEvent[]): TimelinePage {
  return { key, path: key ? `/timeline/${key}/` : '/', title, events };
}

/** The timeline's pages: `/` first (the whole timeline when it fits, else the focus window's first events), then periods in date order. */
export function paginateTimeline(
  events: readonly TimelineEvent[],
  focus: Story['focus'],
  perPage = EVENTS_PER_PAGE,
): TimelinePage[] {
  const sorted = [...events].sort(byEventOrder);
  if (sorted.length <= perPage) return [page('', '', sorted)];
  const main = sorted.filter((e) => e.end >= focus.start);
  // `/` holds the focus window (or as much of it as fits, from its start); everything else goes by period.
  // With nothing in the window, `/` holds the latest events instead of none.
  const first = main.length ? main.slice(0, perPage) : sorted.slice(-perPage);
  const onFirst = new Set(first.map((e) => e.id));
  const rest = sorted.filter((e) => !onFirst.has(e.id));
  const out = [page('', '', first)];
  for (const [year, ofYear] of groupBy(rest, (e) => e.start.slice(0, 4))) {
    if (ofYear.length <= perPage) {
      out.push(page(year, year, ofYear));
      continue;
    }
    for (const [month, ofMonth] of groupBy(ofYear, (e) => e.start.slice(0, 7))) {
      const name = `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${year}`;
      const parts = pages(ofMonth, perPage);
      parts.forEach((part, i) =>
        out.push(
          page(
            i ? `${month}-${i + 1}` : month,
            parts.length > 1 ? `${name} (part ${i + 1} of ${parts.length})` : name,
            part,
          ),
        ),
      );
    }
  }
  return out;
}

/** Where each event is on the timeline: `/#<id>` or `/timeline/<key>/#<id>`, by event id. */
export function eventHrefs(timeline: readonly TimelinePage[]): Map<string, string> {
  return new Map(timeline.flatMap((p) => p.events.map((e) => [e.id, `${p.path}#${e.id}`] as const)));
}

/** Where an event is shown, and its date as written: what the search index records for it. */
export interface EventLink {
  /** The event's id. */
  id: string;
  /** The timeline page and anchor (`/timeline/2023/#e-…`). */
  href: string;
  /** `31 Dec 2023`, `June 2023`, … */
  when: string;
}

/** Every event's link and written date. */
export function eventLinks(events: readonly TimelineEvent[], focus: Story['focus']): EventLink[] {
  const hrefs = eventHrefs(paginateTimeline(events, focus));
  return events.map((e) => ({ id: e.id, href: hrefs.get(e.id)!, when: formatWindow(e.start, e.end, e.precision) }));
}

/** Whether an event has more citations than the timeline shows (see `capList`), and so a page of its own (`/events/<id>/`). */
export function hasEventPage(e: Pick<TimelineEvent, 'sources'>): boolean {
  return e.sources.length > SHOWN + 1;
}

/** Citations listed on one page of an event's own page. */
export const CITATIONS_PER_PAGE = 200;
