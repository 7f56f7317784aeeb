/**
 * Tense and direction: the verb that governs a date, the clauses around it,
 * and deadlines, which point to the nearest occurrence whatever the tense.
 */
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../../src/engine/time/expressions.ts';
import { directionAt, directionFor, tenseAround, tenseAt } from '../../../src/engine/time/tense.ts';
import { REPORTED_DATES } from '../../fixtures/time/reported-dates.ts';

/** The first expression in a sentence, for tests that need one. */
const first = (sentence: string) => findTemporalExpressions(sentence)[0]!;

describe('the direction of reported dates', () => {
  it.each(REPORTED_DATES)('“$expression” in “$sentence” points $tense', ({ sentence, expression, tense }) => {
    const expr = findTemporalExpressions(sentence).find((e) => e.text === expression)!;
    const lead = sentence.slice(0, expr.index);
    expect(directionFor(sentence, expr, lead)).toBe(tense);
  });
});

describe('tenseAt: the verb that governs a date', () => {
  it.each([
    { sentence: 'The harbour closed on Monday.', at: 'Monday', tense: 'past' },
    { sentence: 'The harbour will close on Monday.', at: 'Monday', tense: 'future' },
    { sentence: 'Berths go by a lottery to be held on Monday.', at: 'Monday', tense: 'future' },
    { sentence: 'The lottery, which was held on Monday, drew crowds.', at: 'Monday', tense: 'past' },
    { sentence: 'On Monday the harbour reopened.', at: 'Monday', tense: 'past' },
    { sentence: 'The mayor said on Monday that the harbour will close.', at: 'Monday', tense: 'past' },
    { sentence: 'The harbour is expected to be repaired by June.', at: 'June', tense: 'future' },
    { sentence: 'The harbour is open on Monday.', at: 'Monday', tense: null },
    { sentence: 'On June 2 the council agreed to sell the quay.', at: 'June', tense: 'past' },
    { sentence: 'The agreed sale of the quay is on June 2.', at: 'June', tense: null },
    {
      sentence: 'Since the first offer in February, fishermen have asked what a new owner would do.',
      at: 'February',
      tense: 'past',
    },
    { sentence: 'The owner said it hoped to finish the quay in May.', at: 'May', tense: 'future' },
    // A question clause ("why", "whether") has its own verb: the main clause's future is not the date's.
    {
      sentence: 'The review will ask why a sea wall approved by the port in 2019 was never built.',
      at: '2019',
      tense: 'past',
    },
    { sentence: 'The two ministers are expected at the quay on Friday.', at: 'Friday', tense: 'future' },
  ] as const)('“$at” in “$sentence” → $tense', ({ sentence, at, tense }) => {
    expect(tenseAt(sentence, sentence.indexOf(at))).toBe(tense);
  });

  it('counts a participle after a future marker as part of it, not as a past verb', () => {
    const sentence = 'The levy will be collected from March.';
    expect(tenseAt(sentence, sentence.indexOf('March'))).toBe('future');
  });
});

describe('tenseAround: the date’s clause, else the clauses beside it', () => {
  it('takes a future marker from the clause beside it when the date’s own clause has no verb', () => {
    const sentence = 'From March, the levy will apply.';
    expect(tenseAt(sentence, sentence.indexOf('March'))).toBeNull();
    expect(tenseAround(sentence, sentence.indexOf('March'))).toBe('future');
  });

  it('is null when no clause near the date tells', () => {
    const sentence = 'From March, a new levy.';
    expect(tenseAround(sentence, sentence.indexOf('March'))).toBeNull();
  });
});

describe('directionAt: which way an expression points', () => {
  it.each([
    { sentence: 'The quay reopened on Friday.', direction: 'past' },
    { sentence: 'The quay will reopen on Friday.', direction: 'future' },
    { sentence: 'The port must be cleared by June 30.', direction: 'nearest' },
    { sentence: 'Its lease ends on June 30.', direction: 'nearest' },
    { sentence: 'The lease was signed, and it ends on June 30.', direction: 'past' },
    { sentence: 'The quay was sold before the June 30 deadline set by the court.', direction: 'nearest' },
    // A fronted participle phrase takes the main verb's tense, not the future that verb reports.
    {
      sentence: 'Speaking to reporters on Tuesday, the mayor said the pier would reopen in the spring.',
      direction: 'past',
    },
    { sentence: 'Starting on Monday, the ferry will sail twice a day.', direction: 'future' },
  ] as const)('“$sentence” → $direction', ({ sentence, direction }) => {
    expect(directionAt(sentence, first(sentence))).toBe(direction);
  });
});

describe('directionFor: deadlines and the clauses’ tense', () => {
  it('the new day of something moved points to the nearest day whatever the tense', () => {
    const sentence = 'The hearing was moved to 14 May after the judge fell ill.';
    expect(directionAt(sentence, first(sentence))).toBe('nearest');
  });

  it('a deadline lead points to the nearest day whatever the tense', () => {
    const expr = first('The depot had to close by June 30.');
    expect(expr.lead).toBe('by');
    expect(directionFor('The depot had to close by June 30.', expr)).toBe('nearest');
  });

  it('“a deadline of” before the date makes it one too', () => {
    const sentence = 'They agreed a deadline of June 30.';
    const expr = first(sentence);
    expect(directionFor(sentence, expr, sentence.slice(0, expr.index))).toBe('nearest');
  });

  it('otherwise future words point forward and anything else back', () => {
    const expr = first('The quay opened on Friday.');
    expect(directionFor('The quay is due to open on Friday.', expr)).toBe('future');
    expect(directionFor('The quay opened on Friday.', expr)).toBe('past');
  });
});
