/** Bare years: after a word that makes them a year, never a figure, a range or a resolution number. */
import { describe, expect, it } from 'vitest';
import type { TemporalExpression } from '../../../src/engine/time/types.ts';
import { findYears } from '../../../src/engine/time/years.ts';

describe('findYears', () => {
  it.each([
    {
      sentence: 'The mine opened in 1998.',
      years: [{ kind: 'year', year: 1998, text: 'in 1998', index: 16, lead: 'in' }],
    },
    { sentence: 'It has grown since 2004.', years: [{ year: 2004, text: 'since 2004', lead: 'since' }] },
    { sentence: 'They signed the 2015 accord.', years: [{ year: 2015, text: '2015', lead: null }] },
    { sentence: 'Riots in 2020 and 2021.', years: [{ year: 2020 }, { year: 2021, text: '2021' }] },
  ])('“$sentence”', ({ sentence, years }) => {
    expect(findYears(sentence, [])).toMatchObject(years);
  });

  it.each([
    'The plan covers 2020-24.',
    'Resolution 2100 passed.',
    'It cost 2,050 dollars in total.',
    'The count reached 20234.',
  ])('finds no year in “%s”', (sentence) => {
    expect(findYears(sentence, [])).toEqual([]);
  });

  it('keeps clear of an expression found before it', () => {
    const found: TemporalExpression[] = [
      { kind: 'date', year: 2016, month: 5, day: 2, text: 'May 2, 2016', index: 11, lead: null },
    ];
    expect(findYears('Signed on May 2, 2016 in Oslo.', found)).toEqual([]);
  });
});
