/** Counting an event's sources, and the orders of events and articles. */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/engine/schema/timeline.ts';
import { byDateAndId, byPublication, byTimelineOrder, sourceCount } from '../../../src/engine/timeline/sources.ts';

const event = (id: string, start: string, end: string, precision: TimelineEvent['precision'], label = id) =>
  ({ id, start, end, precision, label }) as TimelineEvent;

describe('sourceCount', () => {
  it('counts articles, not sentences', () => {
    expect(sourceCount({ sources: [{ slug: 'a' }, { slug: 'a' }, { slug: 'b' }] as TimelineEvent['sources'] })).toBe(2);
  });
});

describe('byPublication', () => {
  it('orders articles by date, undated last, then by slug', () => {
    const article = (slug: string, date: string | null) => ({ slug, published: { date } }) as never;
    expect(
      byPublication([
        article('c', null),
        article('b', '2024-01-02'),
        article('a', '2024-01-02'),
        article('d', '2023-05-01'),
      ]).map((a: { slug: string }) => a.slug),
    ).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('event orders', () => {
  const year = event('b-year', '2023-01-01', '2023-12-31', 'year', 'z');
  const day = event('a-day', '2023-01-01', '2023-01-01', 'day', 'a');
  const month = event('c-month', '2023-01-01', '2023-01-31', 'month', 'm');

  it('the timeline’s: by start, the coarser window first, then end and label', () => {
    expect([day, month, year].sort(byTimelineOrder).map((e) => e.id)).toEqual(['b-year', 'c-month', 'a-day']);
  });

  it('the pages’: by start, then end, then id', () => {
    expect([year, month, day].sort(byDateAndId).map((e) => e.id)).toEqual(['a-day', 'c-month', 'b-year']);
  });
});
