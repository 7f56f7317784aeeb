/** Paging the timeline: every event on exactly one page, the focus window first, no page over its size. */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/engine/schema/timeline.ts';
import { eventHrefs, eventLinks, hasEventPage, paginateTimeline } from '../../../src/site/timeline-pages.ts';
import { readStory, seedCorpus } from '../../helpers.ts';

const focus = { start: '2023-06-01', end: '2024-01-31' };

/** An event on `day` with `n` citations from as many articles. */
function event(day: string, n = 1, id = `${day}-e`): TimelineEvent {
  return {
    id,
    start: day,
    end: day,
    precision: 'day',
    label: `Something on ${day}`,
    labelSource: { slug: 'a', anchor: 'p-1' },
    inFocus: day >= focus.start && day <= focus.end,
    sources: Array.from({ length: n }, (_, i) => ({
      slug: `a${i}`,
      quote: 'q',
      excerpt: 'q',
      anchor: 'p-1',
      expression: 'on Monday',
      resolution: 'r',
      start: day,
      end: day,
    })),
  } as unknown as TimelineEvent;
}

/** `count` events, one a day from `from`, with ids unique across calls. */
function days(from: string, count: number, tag: string): TimelineEvent[] {
  const t0 = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(t0 + i * 86_400_000).toISOString().slice(0, 10);
    return event(day, 1, `${day}-${tag}${i}`);
  });
}

describe('paginateTimeline', () => {
  it('keeps the seeds’ timeline on one page, at /', () => {
    const { events } = seedCorpus();
    const result = paginateTimeline(events, readStory().focus);
    expect(result).toHaveLength(1);
    expect(result[0]!.path).toBe('/');
    expect(result[0]!.events.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('puts the focus window on / and other periods by year, splitting a crowded year by month', () => {
    const events = [
      ...days('2013-03-01', 2, 'x'),
      ...days('2021-01-01', 40, 'y'),
      ...days('2021-03-01', 5, 'z'),
      ...days('2023-06-01', 20, 'f'),
    ];
    const result = paginateTimeline(events, focus, 35);
    expect(result.map((p) => p.path)).toEqual([
      '/',
      '/timeline/2013/',
      '/timeline/2021-01/',
      '/timeline/2021-02/',
      '/timeline/2021-03/',
    ]);
    expect(result[0]!.events.every((e) => e.end >= focus.start)).toBe(true);
    expect(result[2]!.title).toBe('January 2021');
    const ids = result.flatMap((p) => p.events.map((e) => e.id));
    expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
    expect(new Set(ids).size).toBe(events.length);
    expect(Math.max(...result.map((p) => p.events.length))).toBeLessThanOrEqual(35);
  });

  it('numbers the parts of a month too long for one page, and starts / with the window’s first events', () => {
    const crowded = Array.from({ length: 25 }, (_, i) =>
      event('2022-05-10', 1, `2022-05-10-e${String(i).padStart(2, '0')}`),
    );
    const window = days('2023-06-01', 15, 'f');
    const result = paginateTimeline([...crowded, ...window], focus, 10);
    expect(result[0]!.events.map((e) => e.id)).toEqual(window.slice(0, 10).map((e) => e.id));
    // The window's last five did not fit on /: they go by period like any other.
    expect(result.map((p) => p.key)).toEqual(['', '2022-05', '2022-05-2', '2022-05-3', '2023']);
    expect(result[2]!.title).toBe('May 2022 (part 2 of 3)');
  });

  it('links every event to the page that holds it', () => {
    const events = [...days('2021-01-01', 8, 'b'), ...days('2023-07-01', 3, 'f')];
    const result = paginateTimeline(events, focus, 10);
    const hrefs = eventHrefs(result);
    expect(hrefs.size).toBe(events.length);
    expect(hrefs.get(events[0]!.id)).toBe(`/timeline/2021/#${events[0]!.id}`);
    expect(hrefs.get(events.at(-1)!.id)).toBe(`/#${events.at(-1)!.id}`);
  });

  it('gives the search index each event’s page and its date as the timeline writes it', () => {
    const events = [...days('2021-01-01', 8, 'b'), ...days('2023-07-01', 3, 'f')];
    const links = eventLinks(events, focus);
    expect(links.map((l) => l.id)).toEqual(events.map((e) => e.id));
    // The default page size puts the whole of this small timeline on /.
    expect(links[0]).toEqual({ id: events[0]!.id, href: `/#${events[0]!.id}`, when: '1 Jan 2021' });
    expect(links.at(-1)!.when).toBe('3 Jul 2023');
  });

  it('gives / the latest events when none is in the focus window', () => {
    const events = days('2019-01-01', 12, 'old');
    expect(paginateTimeline(events, focus, 5)[0]!.events.map((e) => e.id)).toEqual(events.slice(-5).map((e) => e.id));
  });
});

describe('event pages', () => {
  it('give an event with more citations than the timeline shows (three, or four whole) a page of its own', () => {
    expect(hasEventPage(event('2023-07-01', 4))).toBe(false);
    expect(hasEventPage(event('2023-07-01', 5))).toBe(true);
  });
});
