/** Event dates that differ between sources. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { datedAct, findEventDateDifferences } from '../../../src/engine/compare/event-dates.ts';
import { readStory, textSeed } from '../../helpers.ts';
import { seedAnalysis, slugOf } from './helpers.ts';

describe('the dated act of a clause', () => {
  it('is the act word nearest the date', () => {
    expect(datedAct('Mali’s ruling junta demanded the mission’s departure in June', 'in June')).toBe('demand');
    expect(datedAct('The UN mission officially ended its mission on Monday', 'on Monday')).toBe('end');
    expect(datedAct('As of Friday, 10,500 personnel had left', 'As of Friday')).toBeNull();
  });
});

describe('event dates in fixtures', () => {
  const story = { ...readStory(), focus: { start: '2024-01-01', end: '2024-12-31' } };
  const seeds = [
    textSeed('a.txt', 'date 2024-03-11\nThe harbour strike officially ended on Monday, the union said.\n'),
    textSeed('b.txt', 'date 2024-03-31\nThe harbour strike concluded on Sunday after talks.\n'),
    textSeed('c.txt', 'date 2024-03-31\nThe new bridge opened on Saturday to traffic.\n'),
  ];
  const corpus = buildCorpus(seeds, story);

  it('flag two dates for the same act as a conflict, and leave unrelated events alone', () => {
    const diffs = findEventDateDifferences(corpus.events);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ kind: 'conflict', acts: ['end'] });
    expect(diffs[0]!.claims.map((c) => [c.start, c.sources.map((s) => s.slug)])).toEqual([
      ['2024-03-11', [corpus.articles[0]!.slug]],
      ['2024-03-31', [corpus.articles[1]!.slug]],
    ]);
  });
});

describe('event dates in the seeds', () => {
  const { eventDates } = seedAnalysis();

  it('find the end of the mission on 11 December against 31 December', () => {
    const end = eventDates.find((d) => d.kind === 'conflict' && d.acts.includes('end'))!;
    expect(end.claims.map((c) => c.start)).toEqual(['2023-12-11', '2023-12-31']);
    expect(end.claims[0]!.sources.map((s) => s.slug)).toEqual([slugOf('004')]);
    expect(end.claims[1]!.sources.map((s) => s.slug)).toEqual(
      expect.arrayContaining([slugOf('001'), slugOf('002'), slugOf('003')]),
    );
  });

  it('find “in the summer” against “in June” for the demand to leave', () => {
    const demand = eventDates.find((d) => d.acts.includes('demand'))!;
    expect(demand.kind).toBe('precision');
    expect(demand.claims.map((c) => c.precision)).toEqual(['season', 'month']);
    expect(demand.claims[0]!.sources.map((s) => s.expression)).toEqual(['in the summer']);
    expect(new Set(demand.claims[1]!.sources.map((s) => s.expression))).toEqual(new Set(['in June']));
  });

  it('find nothing else', () => {
    expect(eventDates).toHaveLength(2);
  });
});
