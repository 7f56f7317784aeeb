/**
 * Resolving expressions: one row per kind of expression, as the resolver
 * receives it (expression × article date × direction → window), then the
 * reported sentences end to end and dates placed by an earlier full date.
 */
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../../src/engine/time/expressions.ts';
import { findForeignExpressions } from '../../../src/engine/time/foreign.ts';
import { anchorMonthDay, resolveExpression, spanStart } from '../../../src/engine/time/resolve.ts';
import type { Direction, TemporalExpression } from '../../../src/engine/time/types.ts';
import { REPORTED_DATES } from '../../fixtures/time/reported-dates.ts';

/** An expression as a finder would give it, at the start of its sentence. */
const expression = (text: string, fields: Omit<TemporalExpression, 'text' | 'index' | 'lead'>): TemporalExpression => ({
  text,
  index: 0,
  lead: null,
  ...fields,
});

interface Row {
  expr: TemporalExpression;
  reference: string | null;
  direction: Direction;
  window: [string, string, string] | null;
}

const rows: Row[] = [
  // Stated in full: no article date needed.
  {
    expr: expression('March 3, 2022', { kind: 'date', year: 2022, month: 3, day: 3 }),
    reference: null,
    direction: 'past',
    window: ['2022-03-03', '2022-03-03', 'day'],
  },
  {
    expr: expression('2013', { kind: 'year', year: 2013 }),
    reference: null,
    direction: 'past',
    window: ['2013-01-01', '2013-12-31', 'year'],
  },
  {
    expr: expression('February 2024', { kind: 'month', year: 2024, month: 2 }),
    reference: null,
    direction: 'past',
    window: ['2024-02-01', '2024-02-29', 'month'],
  },
  {
    expr: expression('winter 2022', { kind: 'season', season: 'winter', year: 2022 }),
    reference: null,
    direction: 'past',
    window: ['2022-12-01', '2023-02-28', 'season'],
  },
  // Counted from the article's date: nothing without one.
  ...(['relative-day', 'weekday', 'month-day', 'month', 'season', 'day-of-month'] as const).map((kind) => ({
    expr: expression(kind, { kind, offset: 0, weekday: 1, month: 6, day: 18, season: 'summer' as const }),
    reference: null,
    direction: 'past' as const,
    window: null,
  })),
  {
    expr: expression('yesterday', { kind: 'relative-day', offset: -1 }),
    reference: '2024-03-01',
    direction: 'past',
    window: ['2024-02-29', '2024-02-29', 'day'],
  },
  // A weekday: the most recent one told in the past (the article's day counts), else the next one.
  {
    expr: expression('Monday', { kind: 'weekday', weekday: 1 }),
    reference: '2024-03-01',
    direction: 'past',
    window: ['2024-02-26', '2024-02-26', 'day'],
  },
  {
    expr: expression('Monday', { kind: 'weekday', weekday: 1 }),
    reference: '2024-03-01',
    direction: 'future',
    window: ['2024-03-04', '2024-03-04', 'day'],
  },
  {
    expr: expression('Friday', { kind: 'weekday', weekday: 5 }),
    reference: '2024-03-01',
    direction: 'past',
    window: ['2024-03-01', '2024-03-01', 'day'],
  },
  // A day without a year: the tense picks last year's, this year's or next year's.
  {
    expr: expression('December 31', { kind: 'month-day', month: 12, day: 31 }),
    reference: '2024-01-05',
    direction: 'past',
    window: ['2023-12-31', '2023-12-31', 'day'],
  },
  {
    expr: expression('December 31', { kind: 'month-day', month: 12, day: 31 }),
    reference: '2024-01-05',
    direction: 'future',
    window: ['2024-12-31', '2024-12-31', 'day'],
  },
  {
    expr: expression('December 31', { kind: 'month-day', month: 12, day: 31 }),
    reference: '2024-01-05',
    direction: 'nearest',
    window: ['2023-12-31', '2023-12-31', 'day'],
  },
  {
    expr: expression('March 5 next year', { kind: 'month-day', month: 3, day: 5, yearOffset: 1 }),
    reference: '2024-07-01',
    direction: 'past',
    window: ['2025-03-05', '2025-03-05', 'day'],
  },
  // A month without a year: the article's own month counts as both past and future.
  {
    expr: expression('June', { kind: 'month', month: 6 }),
    reference: '2023-06-15',
    direction: 'past',
    window: ['2023-06-01', '2023-06-30', 'month'],
  },
  {
    expr: expression('June', { kind: 'month', month: 6 }),
    reference: '2023-06-15',
    direction: 'future',
    window: ['2023-06-01', '2023-06-30', 'month'],
  },
  {
    expr: expression('June last year', { kind: 'month', month: 6, yearOffset: -1 }),
    reference: '2023-06-15',
    direction: 'future',
    window: ['2022-06-01', '2022-06-30', 'month'],
  },
  // Seasons without a year, in the middle of winter 2023–24.
  {
    expr: expression('last winter', { kind: 'season', season: 'winter', offset: -1 }),
    reference: '2024-01-15',
    direction: 'past',
    window: ['2022-12-01', '2023-02-28', 'season'],
  },
  {
    expr: expression('this winter', { kind: 'season', season: 'winter', offset: 0 }),
    reference: '2024-01-15',
    direction: 'past',
    window: ['2023-12-01', '2024-02-29', 'season'],
  },
  {
    expr: expression('next winter', { kind: 'season', season: 'winter', offset: 1 }),
    reference: '2024-01-15',
    direction: 'past',
    window: ['2024-12-01', '2025-02-28', 'season'],
  },
  {
    expr: expression('summer', { kind: 'season', season: 'summer' }),
    reference: '2024-01-15',
    direction: 'future',
    window: ['2024-06-01', '2024-08-31', 'season'],
  },
  // A day of the month alone (Chinese and Japanese 18日): this month's, last month's or next month's.
  {
    expr: expression('18日', { kind: 'day-of-month', day: 18 }),
    reference: '2024-03-10',
    direction: 'past',
    window: ['2024-02-18', '2024-02-18', 'day'],
  },
  {
    expr: expression('18日', { kind: 'day-of-month', day: 18 }),
    reference: '2024-03-10',
    direction: 'nearest',
    window: ['2024-03-18', '2024-03-18', 'day'],
  },
  // Weeks run Monday to Sunday; months and years count from the article's.
  {
    expr: expression('this week', { kind: 'relative-week', offset: 0 }),
    reference: '2023-12-13',
    direction: 'past',
    window: ['2023-12-11', '2023-12-17', 'week'],
  },
  {
    expr: expression('next month', { kind: 'relative-month', offset: 1 }),
    reference: '2024-01-31',
    direction: 'future',
    window: ['2024-02-01', '2024-02-29', 'month'],
  },
  {
    expr: expression('last year', { kind: 'relative-year', offset: -1 }),
    reference: '2024-05-05',
    direction: 'past',
    window: ['2023-01-01', '2023-12-31', 'year'],
  },
];

describe('one resolver per kind', () => {
  it.each(rows)(
    '$expr.kind “$expr.text” on $reference, $direction → $window',
    ({ expr, reference, direction, window }) => {
      const r = resolveExpression(expr, reference, direction);
      if (!window) return expect(r).toBeNull();
      const [start, end, precision] = window;
      expect(r).toMatchObject({ start, end, precision });
    },
  );

  it('prefers the direction the words give over the tense', () => {
    const expr = expression('the past month of June', { kind: 'month', month: 6, direction: 'past' });
    expect(resolveExpression(expr, '2023-03-01', 'future')).toMatchObject({ start: '2022-06-01' });
  });
});

describe('resolutions say how, in words', () => {
  it.each([
    {
      expr: expression('winter 2022', { kind: 'season', season: 'winter', year: 2022 }),
      reference: null,
      direction: 'past' as const,
      resolution:
        '“winter 2022” is a season stated with its year (northern meteorological winter: December–February 2023).',
    },
    {
      expr: expression('yesterday', { kind: 'relative-day', offset: -1 }),
      reference: '2024-03-01',
      direction: 'past' as const,
      resolution: '“yesterday” in an article dated Fri 1 Mar 2024 means the day before, 2024-02-29.',
    },
    {
      expr: expression('Friday', { kind: 'weekday', weekday: 5 }),
      reference: '2024-03-01',
      direction: 'past' as const,
      resolution:
        'The article, dated Fri 1 Mar 2024, tells “Friday” in the past tense, so it means the most recent Friday: that same day, 2024-03-01.',
    },
    {
      expr: expression('June', { kind: 'month', month: 6 }),
      reference: '2023-12-31',
      direction: 'future' as const,
      resolution:
        'The article, dated Sun 31 Dec 2023, tells “June” in the future tense with no year, so it means the next June: June 2024.',
    },
    {
      expr: expression('this week', { kind: 'relative-week', offset: 0 }),
      reference: '2023-12-13',
      direction: 'past' as const,
      resolution:
        '“this week” in an article dated Wed 13 Dec 2023 means the same week, Mon 11 Dec 2023 – Sun 17 Dec 2023 (weeks start on Monday).',
    },
    {
      expr: expression('after January 1', { kind: 'month-day', month: 1, day: 1, openEnd: true }),
      reference: '2023-12-11',
      direction: 'future' as const,
      resolution:
        'The article, dated Mon 11 Dec 2023, tells “after January 1” in the future tense with no year, so it means the next January 1: 2024-01-01, a start with no end.',
    },
  ])('$expr.text → $resolution', ({ expr, reference, direction, resolution }) => {
    expect(resolveExpression(expr, reference, direction)!.resolution).toBe(resolution);
  });
});

describe('resolving reported dates', () => {
  it.each(REPORTED_DATES)(
    '“$expression” on $reference ($tense) → $start…$end ($precision)',
    ({ sentence, expression: text, reference, tense, start, end, precision }) => {
      const expr = findTemporalExpressions(sentence).find((e) => e.text === text)!;
      const r = resolveExpression(expr, reference, tense);
      expect(r).toMatchObject({ start, end, precision });
      expect(r!.resolution).toContain(text);
    },
  );
});

describe('references', () => {
  it('cannot resolve a relative expression without a reference date', () => {
    const [expr] = findTemporalExpressions('The camp closed on Monday.');
    expect(resolveExpression(expr!, null, 'past')).toBeNull();
  });
  it('finds no day for a leap day told as still to come where no leap year is near', () => {
    const expr = expression('February 29', { kind: 'month-day', month: 2, day: 29 });
    expect(resolveExpression(expr, '2025-03-01', 'future')).toBeNull();
    expect(resolveExpression(expr, '2025-03-01', 'past')).toMatchObject({ start: '2024-02-29' });
  });
  it('resolves an explicit date without one', () => {
    const [expr] = findTemporalExpressions('The camp closed on March 3, 2022.');
    expect(resolveExpression(expr!, null, 'past')).toMatchObject({ start: '2022-03-03', precision: 'day' });
  });
});

describe('anchorMonthDay: a yearless day placed by the full date before it', () => {
  const anchor = { date: '2025-02-28', text: 'February 28, 2025' };
  it.each([
    { day: expression('March 17', { kind: 'month-day', month: 3, day: 17 }), start: '2025-03-17' },
    { day: expression('August 20', { kind: 'month-day', month: 8, day: 20 }), start: '2025-08-20' },
    { day: expression('January 10', { kind: 'month-day', month: 1, day: 10 }), start: null },
    { day: expression('June', { kind: 'month', month: 6 }), start: null },
  ])('“$day.text” after “February 28, 2025” → $start', ({ day, start }) => {
    const r = anchorMonthDay(day, anchor);
    if (!start) return expect(r).toBeNull();
    expect(r).toMatchObject({ start, end: start, precision: 'day' });
    expect(r!.resolution).toContain('takes its year from “February 28, 2025”');
  });

  it('needs an anchor', () => {
    expect(anchorMonthDay(expression('March 17', { kind: 'month-day', month: 3, day: 17 }), null)).toBeNull();
  });
});

describe('spanStart: the first day of a span takes the year its last day gives', () => {
  const first = (sentence: string, language: string) => {
    const es = language === 'en' ? findTemporalExpressions(sentence) : findForeignExpressions(sentence, language);
    return spanStart(es[0]!, sentence, es[1])?.start ?? null;
  };
  it.each([
    ['Les objets remis entre le 1er janvier et le 31 mars 2024 seront vendus.', 'fr', '2024-01-01'],
    ['Les objets remis du 1er janvier au 31 mars 2024 seront vendus.', 'fr', '2024-01-01'],
    ['Items handed in between 1 January and 31 March 2024 will be sold.', 'en', '2024-01-01'],
    // A first day later in the year than the last belongs to the year before.
    ['Die Schau lief vom 15. Dezember bis 10. Januar 2024 im Rathaus.', 'de', '2023-12-15'],
  ])('%s', (sentence, language, start) => expect(first(sentence, language)).toBe(start));

  it('leaves a yearless day that opens no span to the article’s date', () => {
    expect(first('Le marché rouvre le 1er janvier, et la fête aura lieu le 31 mars 2024.', 'fr')).toBeNull();
  });
});

describe('a weekday with its day of the month', () => {
  const day = (sentence: string, language: string, pub: string) => {
    const [e] = findForeignExpressions(sentence, language);
    return resolveExpression(e!, pub, 'past')?.start ?? null;
  };
  it.each([
    // Brazilian pages write the day in brackets; the nearest day that is both, ahead or behind.
    ['Neste sábado (7), a prefeitura fará uma blitz educativa.', 'pt', '2023-10-06', '2023-10-07'],
    ['A ciclovia foi entregue nesta sexta-feira (6) pela prefeitura.', 'pt', '2023-10-06', '2023-10-06'],
    ['No domingo, dia 19, as crianças desfilam no corso.', 'pt', '2023-02-14', '2023-02-19'],
    ['El domingo, día 3, se celebró la feria del libro.', 'es', '2024-03-06', '2024-03-03'],
  ])('%s', (sentence, language, pub, start) => expect(day(sentence, language, pub)).toBe(start));

  it('gives no day where no day near the article is both', () => {
    expect(day('Neste sábado (31), a prefeitura fará uma blitz.', 'pt', '2023-10-06')).toBeNull();
  });
});

describe('a yearless day with its weekday', () => {
  it.each<[string, string]>([
    ['The deadline was extended to Sunday, October 20.', 'en'],
    ['De termijn werd verlengd tot en met zondag 20 oktober.', 'nl'],
    ["Le délai court jusqu'au dimanche 20 octobre.", 'fr'],
  ])('takes the nearest year in which the day falls on that weekday: %s', (sentence, language) => {
    const es = language === 'en' ? findTemporalExpressions(sentence) : findForeignExpressions(sentence, language);
    const e = es.find((x) => x.kind === 'month-day')!;
    // Told in the past tense, a bare "20 October" would be 2023's; the Sunday says 2024.
    expect(resolveExpression(e, '2024-10-16', 'past')?.start).toBe('2024-10-20');
  });
});
