/** The timeline as a page groups it: background before the focus window, then years and months. */
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
      event('june', '2023-06-10', '2023-06-10', 'day'),
      event('old', '2013-01-01', '2013-12-31', 'year'),
      event('january', '2024-01-05', '2024-01-05', 'day'),
    ],
    { start: '2023-06-01', end: '2024-01-31' },
  );
  const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

  it('puts events that end before the focus window in the background', () => {
    expect(ids(grouped.background)).toEqual(['old']);
  });

  it('groups the rest by year, then month, events known only to the year first', () => {
    expect(grouped.main.map((y) => [y.year, y.months.map((m) => [m.month, m.heading, ids(m.events)])])).toEqual([
      [
        '2023',
        [
          [null, 'Across the year', ['year']],
          ['2023-06', 'June', ['june']],
          ['2023-07', 'July', ['july']],
        ],
      ],
      ['2024', [['2024-01', 'January', ['january']]]],
    ]);
  });
});
