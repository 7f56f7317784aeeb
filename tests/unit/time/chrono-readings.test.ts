/**
 * chrono-node's readings of English dates and the steps that refine them: what
 * each reading becomes, and the readings the sentence around them rules out.
 */
import { describe, expect, it } from 'vitest';
import { readChronoDates } from '../../../src/engine/time/chrono-readings.ts';

const texts = (sentence: string) => readChronoDates(sentence).map((e) => e.text);

describe('what a reading becomes', () => {
  it.each([
    {
      sentence: 'The ferry sank on April 9, 2021.',
      record: { kind: 'date', year: 2021, month: 4, day: 9, text: 'on April 9, 2021', lead: 'on' },
    },
    { sentence: 'The ferry sank on April 9.', record: { kind: 'month-day', month: 4, day: 9, text: 'on April 9' } },
    { sentence: 'The ferry sank in April.', record: { kind: 'month', month: 4, text: 'in April', lead: 'in' } },
    { sentence: 'The ferry sank in April 2021.', record: { kind: 'month', year: 2021, month: 4 } },
    { sentence: 'The ferry sank on Tuesday.', record: { kind: 'weekday', weekday: 2, text: 'on Tuesday' } },
    {
      sentence: 'The ferry sank yesterday.',
      record: { kind: 'relative-day', offset: -1, text: 'yesterday', lead: null },
    },
    { sentence: 'The ferry sails tonight.', record: { kind: 'relative-day', offset: 0 } },
    {
      sentence: 'The ferry docked this morning.',
      record: { kind: 'relative-day', offset: 0, text: 'this morning' },
    },
    { sentence: 'The ferry sails this evening.', record: { kind: 'relative-day', offset: 0 } },
    // A part of the day names a date's part, never a day of its own.
    {
      sentence: 'The ferry sank on the night of 11 September.',
      record: { kind: 'month-day', month: 9, day: 11, text: '11 September' },
    },
    { sentence: 'The ferry sank last week.', record: { kind: 'relative-week', offset: -1 } },
    { sentence: 'The ferry sails next month.', record: { kind: 'relative-month', offset: 1 } },
    { sentence: 'The ferry was built this year.', record: { kind: 'relative-year', offset: 0 } },
    {
      sentence: 'As of 12 May, 212 ferries were waiting.',
      record: { kind: 'month-day', month: 5, day: 12, text: 'As of 12 May' },
    },
    { sentence: 'As of 2 May, 61 ferries were waiting.', record: { kind: 'month-day', month: 5, day: 2 } },
  ])('“$sentence” → $record.kind', ({ sentence, record }) => {
    const [first, ...rest] = readChronoDates(sentence);
    expect(rest).toEqual([]);
    expect(first).toMatchObject(record);
  });
});

describe('refinements, in order', () => {
  it('“the past month of June” is last June, as one expression', () => {
    expect(readChronoDates('Sales fell in the past month of June.')).toEqual([
      { kind: 'month', month: 6, direction: 'past', text: 'past month of June', index: 18, lead: null },
    ]);
  });

  it('“the end of January” is the month, not its last day', () => {
    expect(readChronoDates('Work stops by the end of January.')).toMatchObject([{ kind: 'month', month: 1 }]);
    expect(readChronoDates('Work stops by the end of January.')[0]).not.toHaveProperty('day');
  });

  it('a month counted from another event (“the previous October”) is left out', () => {
    expect(readChronoDates('The storm hit the previous October.')).toEqual([]);
  });

  it('weekdays in general are left out', () => {
    expect(texts('The market opens on a Saturday.')).toEqual([]);
    expect(texts('The market opens every Thursday.')).toEqual([]);
  });

  it('months named as a span of every year, with no tense, are left out with their second month', () => {
    expect(texts('Rainfall peaks between June and August.')).toEqual([]);
    expect(texts('Rainfall peaked between June and August.')).toEqual(['June', 'August']);
  });

  it('a relative year after a month joins it (“June this year”)', () => {
    expect(readChronoDates('The plan passed in June this year.')).toEqual([
      { kind: 'month', month: 6, yearOffset: 0, text: 'in June this year', index: 16, lead: 'in' },
    ]);
    expect(readChronoDates('The plan passed in March of last year.')[0]).toMatchObject({ yearOffset: -1 });
  });

  it('a direction inside a weekday’s reading sets it (“from next Monday”, “since last Friday”)', () => {
    expect(readChronoDates('The strike spreads to all routes from next Monday.')[0]).toMatchObject({
      kind: 'weekday',
      direction: 'future',
    });
    expect(readChronoDates('Trains have stood idle since last Friday.')[0]).toMatchObject({ direction: 'past' });
  });

  it('a direction written before a yearless day sets it (“the next 15 of April”)', () => {
    expect(readChronoDates('Voting closes the next 15 of April.')[0]).toMatchObject({ direction: 'future' });
  });

  it('a day introduced by “after” or “following” opens a window with no end', () => {
    expect(readChronoDates('The rule applies after May 1.')[0]).toMatchObject({ lead: 'after', openEnd: true });
    expect(readChronoDates('The rule applied on May 1.')[0]).not.toHaveProperty('openEnd');
  });
});

describe('ordinary words chrono reads as dates', () => {
  it.each([
    'Protesters will march to the square.',
    'Talks may resume.',
    'He sat down.',
    'Until now, nothing moved.',
    'The port is busy at weekends.',
  ])('finds nothing in “%s”', (sentence) => {
    expect(readChronoDates(sentence)).toEqual([]);
  });
});
