/** The coverage matrix and what each article alone contributes. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { buildCoverage } from '../../../src/engine/compare/coverage.ts';
import { sourceCount } from '../../../src/engine/timeline/sources.ts';
import { readStory, seedCorpus, textSeed } from '../../helpers.ts';
import { seedAnalysis, slugOf } from './helpers.ts';

describe('coverage of fixtures', () => {
  const corpus = buildCorpus(
    [
      textSeed(
        'a.txt',
        'date 2024-03-04\nThe pier closed on Monday after the storm. The ferry resumed on Sunday, March 3.\n',
      ),
      textSeed('b.txt', 'date 2024-03-05\nThe pier was closed on Monday, March 4, the authority said.\n'),
    ],
    readStory(),
  );
  const coverage = buildCoverage(corpus.articles, corpus.events);

  it('has one row per event and one column per article, marking the paragraphs that report it', () => {
    expect(coverage.columns).toEqual(corpus.articles.map((a) => a.slug));
    expect(coverage.rows).toHaveLength(corpus.events.length);
    const closed = coverage.rows.find((r) => r.start === '2024-03-04')!;
    expect(closed.cells).toEqual([['p-1'], ['p-1']]);
    expect(closed.count).toBe(2);
  });

  it('keeps the articles that report the most events when the columns are capped', () => {
    const capped = buildCoverage(corpus.articles, corpus.events, [], [], 1);
    expect(capped.columns).toEqual([corpus.articles[0]!.slug]);
    expect(capped.omitted).toBe(1);
    expect(capped.rows.find((r) => r.start === '2024-03-04')!.count).toBe(2);
  });

  it('credits an article alone with the events only it reports', () => {
    const ferry = coverage.rows.find((r) => r.start === '2024-03-03')!;
    expect(ferry.count).toBe(1);
    expect(coverage.contributions[0]!.events).toEqual([ferry.eventId]);
    expect(coverage.contributions[1]!.events).toEqual([]);
  });
});

describe('coverage of the seeds', () => {
  const { coverage } = seedAnalysis();
  const { events } = seedCorpus();

  it('matches the timeline’s source counts, so single-source events are the same on both', () => {
    for (const r of coverage.rows) expect(r.count).toBe(sourceCount(events.find((e) => e.id === r.eventId)!));
    expect(coverage.rows.filter((r) => r.count === 1)).toHaveLength(events.filter((e) => sourceCount(e) === 1).length);
  });

  it('shows what each article alone contributes', () => {
    const only = (prefix: string) => coverage.contributions.find((c) => c.slug === slugOf(prefix))!;
    expect(only('001').figures.map((f) => f.value)).toEqual(expect.arrayContaining([310, 12000]));
    expect(only('001').quotes).toHaveLength(1);
    expect(only('003').events).toEqual(
      expect.arrayContaining(['2023-07-01-month-minusma-gradually-withdrawing-personnel']),
    );
  });
});
