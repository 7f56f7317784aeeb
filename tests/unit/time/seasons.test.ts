/** Seasons used as dates: with a year, with “last/this/next”, or after a word that makes them a time. */
import { describe, expect, it } from 'vitest';
import { findSeasons } from '../../../src/engine/time/seasons.ts';
import type { TemporalExpression } from '../../../src/engine/time/types.ts';

describe('findSeasons', () => {
  it.each([
    {
      sentence: 'The dam burst in the summer of 2018.',
      seasons: [{ kind: 'season', season: 'summer', text: 'in the summer of 2018', index: 14, lead: 'in', year: 2018 }],
    },
    {
      sentence: 'Last winter the lake froze.',
      seasons: [{ kind: 'season', season: 'winter', text: 'Last winter', index: 0, lead: null, offset: -1 }],
    },
    {
      sentence: 'The road reopens next spring.',
      seasons: [{ kind: 'season', season: 'spring', text: 'next spring', index: 17, lead: null, offset: 1 }],
    },
    {
      sentence: 'Leaves fell during the fall, when it rained.',
      seasons: [{ kind: 'season', season: 'autumn', text: 'during the fall', index: 12, lead: 'during' }],
    },
  ])('“$sentence”', ({ sentence, seasons }) => {
    expect(findSeasons(sentence, [])).toMatchObject(seasons);
  });

  it.each(['The autumn floods came early.', 'Summer is warm.', 'The summer holidays ended.'])(
    'finds no date in “%s”',
    (sentence) => {
      expect(findSeasons(sentence, [])).toEqual([]);
    },
  );

  it('keeps clear of an expression found before it', () => {
    const found: TemporalExpression[] = [{ kind: 'month', month: 6, text: 'this summer', index: 10, lead: null }];
    expect(findSeasons('The pool, this summer, was closed.', found)).toEqual([]);
  });
});
