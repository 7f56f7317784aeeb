/** The timeline as a page splits it: background before the focus window, the window, then what came after. */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/engine/schema/timeline.ts';
import { groupTimeline } from '../../../src/site/timeline-groups.ts';

/** An invented event: only what grouping reads. */
const event = (id: string, start: string, end: string, precision: TimelineEvent['precision']) =>
  ({ id, start, end, precision, label: id, sources: [] }) as unknown as TimelineEvent;

describe('groupTimeline', () => {
  const grouped = groupTimeline(
    [
      event('july', '2023-07-02', '2023-07-02', 'day'),
      event('year', '2023-01-01', '2023-12-31', 'year'),
      event('june-day', '2023-06-01', '2023-06-01', 'day'),
      event('summer', '2023-06-01', '2023-08-31', 'season'),
      event('june', '2023-06-01', '2023-06-30', 'month'),
      event('old', '2013-01-01', '2013-12-31', 'year'),
      event('january', '2024-01-05', '2024-01-05', 'day'),
      event('later', '2024-03-01', '2024-03-31', 'month'),
    ],
    { start: '2023-06-01', end: '2024-01-31' },
  );
  const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

  it('puts events that end before the focus window in the background', () => {
    expect(ids(grouped.background)).toEqual(['old']);
  });

  it('orders the window by start date, then the coarser window first: a year, a season, a month, a day', () => {
    expect(ids(grouped.main)).toEqual(['year', 'summer', 'june', 'june-day', 'july', 'january']);
  });

  it('keeps events that start after the window apart', () => {
    expect(ids(grouped.after)).toEqual(['later']);
  });
});
