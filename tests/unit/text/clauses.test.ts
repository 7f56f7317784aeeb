/** Clauses: where a sentence splits inside, and shortening at those splits. */
import { describe, expect, it } from 'vitest';
import { shortenAtClause, splitClauses, withoutParentheticals } from '../../../src/engine/text/clauses.ts';

describe('splitClauses', () => {
  it.each([
    {
      sentence: 'On December 31, 2023, the mission ended.',
      clauses: [
        { text: 'On December 31, 2023,', start: 0, end: 21 },
        { text: 'the mission ended.', start: 22, end: 40 },
      ],
    },
    {
      sentence: 'The port, which reopened, was busy; boats left — slowly.',
      clauses: [
        { text: 'The port,', start: 0, end: 9 },
        { text: 'which reopened,', start: 10, end: 25 },
        { text: 'was busy;', start: 26, end: 35 },
        { text: 'boats left', start: 36, end: 46 },
        { text: '— slowly.', start: 47, end: 56 },
      ],
    },
    {
      sentence: 'Crowds gathered when the mayor spoke.',
      clauses: [
        { text: 'Crowds gathered', start: 0, end: 15 },
        { text: 'when the mayor spoke.', start: 16, end: 37 },
      ],
    },
    {
      sentence: 'About 15,000 people came.',
      clauses: [{ text: 'About 15,000 people came.', start: 0, end: 25 }],
    },
  ])('“$sentence”', ({ sentence, clauses }) => {
    expect(splitClauses(sentence)).toEqual(clauses);
  });
});

describe('withoutParentheticals', () => {
  it('drops asides and the space before them', () => {
    expect(withoutParentheticals('The agency (founded in 1990) met (twice).')).toBe('The agency met.');
  });
});

describe('shortenAtClause', () => {
  it.each([
    {
      sentence: 'The mission ended on December 31, after ten years of patrols along the river, officials said.',
      max: 40,
      short: 'The mission ended on December 31',
    },
    {
      sentence: 'The mission (known as the river patrol) ended on Monday when the last boat left port.',
      max: 40,
      short: 'The mission ended on Monday',
    },
    { sentence: 'Short one.', max: 140, short: 'Short one' },
    {
      sentence: 'A sentence with no clause breaks at all that goes on and on',
      max: 30,
      short: 'A sentence with no clause…',
    },
  ])('“$sentence” in $max characters → “$short”', ({ sentence, max, short }) => {
    expect(shortenAtClause(sentence, max)).toBe(short);
  });
});
