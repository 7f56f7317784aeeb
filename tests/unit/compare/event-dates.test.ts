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
    textSeed('a.txt', 'date 2024-04-02\nThe harbour strike officially ended on March 11, the union said.\n'),
    textSeed('b.txt', 'date 2024-03-31\nThe harbour strike concluded on Sunday after talks.\n'),
    textSeed('c.txt', 'date 2024-03-31\nThe new bridge opened on Saturday to traffic.\n'),
  ];
  const corpus = buildCorpus(seeds, story);

  it('flag two dates for the same act as a conflict, and leave unrelated events alone', () => {
    const diffs = findEventDateDifferences(
      corpus.events,
      new Map(corpus.articles.map((a) => [a.slug, a.published.date])),
    );
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ kind: 'conflict', acts: ['end'] });
    expect(diffs[0]!.claims.map((c) => [c.start, c.sources.map((s) => s.slug)])).toEqual([
      ['2024-03-11', [corpus.articles[0]!.slug]],
      ['2024-03-31', [corpus.articles[1]!.slug]],
    ]);
  });
});

describe('steps of one process', () => {
  it('are not a conflict when the earlier date comes from a report published before the later one', () => {
    const story = { ...readStory(), focus: { start: '2024-01-01', end: '2024-12-31' } };
    const corpus = buildCorpus(
      [
        textSeed('a.txt', 'date 2024-03-11\nThe harbour strike officially ended on Monday, the union said.\n'),
        textSeed('b.txt', 'date 2024-03-31\nThe harbour strike concluded on Sunday after talks.\n'),
      ],
      story,
    );
    const published = new Map(corpus.articles.map((a) => [a.slug, a.published.date]));
    expect(findEventDateDifferences(corpus.events, published)).toEqual([]);
  });
});

describe('event dates in the seeds', () => {
  const { eventDates } = seedAnalysis();

  it('show the ceremony of 11 December and the completion of 31 December as steps, not a conflict', () => {
    // The report of the 11 December ending was published that day: it cannot contradict a later day.
    expect(eventDates.filter((d) => d.kind === 'conflict')).toEqual([]);
  });

  it('find “in the summer” against “in June” for the demand to leave', () => {
    const demand = eventDates.find((d) => d.acts.includes('demand'))!;
    expect(demand.kind).toBe('precision');
    expect(demand.claims.map((c) => c.precision)).toEqual(['season', 'month']);
    expect(demand.claims[0]!.sources.map((s) => s.expression)).toEqual(['in the summer']);
    expect(new Set(demand.claims[1]!.sources.map((s) => s.expression))).toEqual(new Set(['in June']));
  });

  it('find nothing else', () => {
    expect(eventDates).toHaveLength(1);
  });
});
