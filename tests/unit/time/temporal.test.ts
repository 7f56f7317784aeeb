/**
 * Relative dates: expression × reference date × tense → window and precision.
 * Each row is a sentence as a reporter would write it.
 */
import { describe, expect, it } from 'vitest';
import { directionFor, findTemporalExpressions, resolveExpression } from '../../../src/engine/time/temporal';

interface Row {
  sentence: string;
  expression: string;
  reference: string;
  tense: 'past' | 'future' | 'nearest';
  start: string;
  end: string;
  precision: string;
}

const rows: Row[] = [
  // Weekdays: the most recent one (the reference day itself counts), or the next one.
  {
    sentence: 'The mission concluded its withdrawal on Sunday.',
    expression: 'on Sunday',
    reference: '2023-12-31',
    tense: 'past',
    start: '2023-12-31',
    end: '2023-12-31',
    precision: 'day',
  },
  {
    sentence: 'As of Friday, more than 10,500 staff had left.',
    expression: 'As of Friday',
    reference: '2023-12-11',
    tense: 'past',
    start: '2023-12-08',
    end: '2023-12-08',
    precision: 'day',
  },
  {
    sentence: 'The ministers will meet on Friday.',
    expression: 'on Friday',
    reference: '2023-12-11',
    tense: 'future',
    start: '2023-12-15',
    end: '2023-12-15',
    precision: 'day',
  },
  {
    sentence: 'On Saturday, the spokesman thanked the staff.',
    expression: 'On Saturday',
    reference: '2023-12-31',
    tense: 'past',
    start: '2023-12-30',
    end: '2023-12-30',
    precision: 'day',
  },
  // Weeks run Monday to Sunday.
  {
    sentence: 'Last week, the camp was handed over.',
    expression: 'Last week',
    reference: '2023-12-11',
    tense: 'past',
    start: '2023-12-04',
    end: '2023-12-10',
    precision: 'week',
  },
  {
    sentence: 'Talks resume next week, officials said.',
    expression: 'next week',
    reference: '2023-12-13',
    tense: 'future',
    start: '2023-12-18',
    end: '2023-12-24',
    precision: 'week',
  },
  // Months without a year: the tense decides.
  {
    sentence: 'The junta demanded the departure in June.',
    expression: 'in June',
    reference: '2023-12-31',
    tense: 'past',
    start: '2023-06-01',
    end: '2023-06-30',
    precision: 'month',
  },
  {
    sentence: 'Elections will be held in June.',
    expression: 'in June',
    reference: '2023-12-31',
    tense: 'future',
    start: '2024-06-01',
    end: '2024-06-30',
    precision: 'month',
  },
  {
    sentence: 'Since July, the mission has been withdrawing.',
    expression: 'Since July',
    reference: '2023-12-31',
    tense: 'past',
    start: '2023-07-01',
    end: '2023-07-31',
    precision: 'month',
  },
  {
    sentence: 'In December, the last camps were closed.',
    expression: 'In December',
    reference: '2023-12-31',
    tense: 'past',
    start: '2023-12-01',
    end: '2023-12-31',
    precision: 'month',
  },
  // Month and day without a year.
  {
    sentence: 'The council terminated the mandate on June 30.',
    expression: 'on June 30',
    reference: '2023-12-11',
    tense: 'past',
    start: '2023-06-30',
    end: '2023-06-30',
    precision: 'day',
  },
  {
    sentence: 'Following January 1, a liquidation phase will begin.',
    expression: 'Following January 1',
    reference: '2023-12-11',
    tense: 'future',
    start: '2024-01-01',
    end: '2024-01-01',
    precision: 'day',
  },
  // A deadline takes the nearest occurrence even when the verb that set it is past.
  {
    sentence: 'It gave the mission a goal of leaving by December 31.',
    expression: 'by December 31',
    reference: '2023-12-11',
    tense: 'nearest',
    start: '2023-12-31',
    end: '2023-12-31',
    precision: 'day',
  },
  {
    sentence: 'The council set a deadline of March 1.',
    expression: 'March 1',
    reference: '2024-02-20',
    tense: 'nearest',
    start: '2024-03-01',
    end: '2024-03-01',
    precision: 'day',
  },
  // Seasons (northern, meteorological).
  {
    sentence: 'The decision came in the summer.',
    expression: 'in the summer',
    reference: '2023-12-31',
    tense: 'past',
    start: '2023-06-01',
    end: '2023-08-31',
    precision: 'season',
  },
  {
    sentence: 'The new force will deploy in the spring.',
    expression: 'in the spring',
    reference: '2023-12-31',
    tense: 'future',
    start: '2024-03-01',
    end: '2024-05-31',
    precision: 'season',
  },
  {
    sentence: 'Fighting grew worse in the winter of 2022.',
    expression: 'in the winter of 2022',
    reference: '2023-12-31',
    tense: 'past',
    start: '2022-12-01',
    end: '2023-02-28',
    precision: 'season',
  },
  // Years.
  {
    sentence: 'France withdrew its troops last year.',
    expression: 'last year',
    reference: '2023-12-31',
    tense: 'past',
    start: '2022-01-01',
    end: '2022-12-31',
    precision: 'year',
  },
  {
    sentence: 'The mission was deployed in 2013.',
    expression: 'in 2013',
    reference: '2023-12-31',
    tense: 'past',
    start: '2013-01-01',
    end: '2013-12-31',
    precision: 'year',
  },
  {
    sentence: 'Mali saw coups in 2020 and 2021.',
    expression: '2021',
    reference: '2023-12-31',
    tense: 'past',
    start: '2021-01-01',
    end: '2021-12-31',
    precision: 'year',
  },
  // Explicit dates need no reference.
  {
    sentence: 'The mission withdrew by December 31, 2023.',
    expression: 'by December 31, 2023',
    reference: '2023-06-01',
    tense: 'nearest',
    start: '2023-12-31',
    end: '2023-12-31',
    precision: 'day',
  },
  {
    sentence: 'Departure was complete today, officials said.',
    expression: 'today',
    reference: '2023-12-31',
    tense: 'past',
    start: '2023-12-31',
    end: '2023-12-31',
    precision: 'day',
  },
];

describe('resolving relative expressions', () => {
  for (const row of rows) {
    it(`“${row.expression}” in “${row.sentence}” on ${row.reference} → ${row.start}…${row.end} (${row.precision})`, () => {
      const expr = findTemporalExpressions(row.sentence).find((e) => e.text === row.expression);
      expect(
        expr,
        `found expressions: ${findTemporalExpressions(row.sentence)
          .map((e) => e.text)
          .join(' | ')}`,
      ).toBeDefined();
      const lead = row.sentence.slice(0, expr!.index);
      expect(directionFor(row.sentence, expr!, lead)).toBe(row.tense);
      const r = resolveExpression(expr!, row.reference, directionFor(row.sentence, expr!, lead));
      expect(r).toMatchObject({ start: row.start, end: row.end, precision: row.precision });
      expect(r!.resolution).toContain(row.expression);
    });
  }
});

describe('what is not a date', () => {
  it.each([
    'The 10-year mission is over.',
    'After a decade-long presence, the troops left.',
    'Over the past decade, 15,000 soldiers served.',
    'The council adopted resolution 2690.',
    'It supports the Agenda 2030 goals.',
    'About 13,800 staff served at the start.',
    'Three days later, the quay reopened.',
    'Repairs began a day after the collision.',
  ])('finds nothing in “%s”', (sentence) => {
    expect(findTemporalExpressions(sentence)).toEqual([]);
  });

  it('keeps a 2015 agreement as a year but not a resolution number', () => {
    expect(
      findTemporalExpressions('He upheld the 2015 peace agreement and resolution 2100.').map((e) => e.text),
    ).toEqual(['2015']);
  });
});

describe('references', () => {
  it('cannot resolve a relative expression without a reference date', () => {
    const [expr] = findTemporalExpressions('The camp closed on Monday.');
    expect(resolveExpression(expr!, null, 'past')).toBeNull();
  });
  it('resolves an explicit date without one', () => {
    const [expr] = findTemporalExpressions('The camp closed on March 3, 2022.');
    expect(resolveExpression(expr!, null, 'past')).toMatchObject({ start: '2022-03-03', precision: 'day' });
  });
});
