/**
 * Finding English expressions: the finders in their order (chrono-node, then
 * seasons, then bare years), the quick test that skips sentences without a
 * date, and what is not a date at all.
 */
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../../src/engine/time/expressions.ts';
import { REPORTED_DATES } from '../../fixtures/time/reported-dates.ts';

const texts = (sentence: string) => findTemporalExpressions(sentence).map((e) => e.text);

describe('finding reported dates', () => {
  it.each(REPORTED_DATES)('finds “$expression” in “$sentence”', ({ sentence, expression }) => {
    const expr = findTemporalExpressions(sentence).find((e) => e.text === expression);
    expect(expr, `found expressions: ${texts(sentence).join(' | ')}`).toBeDefined();
  });
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

  it.each(['The ferry leaves at noon.', 'Nothing here names a day.', ''])(
    'skips “%s”, which names no month, weekday, season or year',
    (sentence) => {
      expect(findTemporalExpressions(sentence)).toEqual([]);
    },
  );
});

describe('the finders in order', () => {
  it('returns expressions in order of appearance, whichever finder found them', () => {
    expect(texts('In 2019 the pier was built, last winter it cracked and on March 3, 2022 it closed.')).toEqual([
      'In 2019',
      'last winter',
      'on March 3, 2022',
    ]);
  });

  it('reads a season with its year as one expression, not a season and a year', () => {
    expect(findTemporalExpressions('The dam burst in the summer of 2018.')).toEqual([
      { kind: 'season', season: 'summer', text: 'in the summer of 2018', index: 14, lead: 'in', year: 2018 },
    ]);
  });

  it('leaves the year of a full date to chrono-node', () => {
    expect(findTemporalExpressions('The bridge opened on May 2, 2016.')).toEqual([
      { kind: 'date', year: 2016, month: 5, day: 2, text: 'on May 2, 2016', index: 18, lead: 'on' },
    ]);
  });

  it('reads the month abbreviations a reporter writes, “Sept” among them', () => {
    expect(texts('The levy rose on Sept. 4.')).toEqual(['on Sept. 4']);
  });
});

describe('a month used as a given name', () => {
  it('is no date before a capitalised surname, and a date before a clause', () => {
    expect(findTemporalExpressions('Photograph by June Okafor')).toEqual([]);
    expect(findTemporalExpressions('April Ryan said the vote was close.')).toEqual([]);
    expect(findTemporalExpressions('In June the council voted.').map((e) => e.text)).toEqual(['In June']);
  });
});

describe('a part of today', () => {
  it('reads “this morning”, “this afternoon” and “this evening” as the article’s own day', () => {
    for (const part of ['morning', 'afternoon', 'evening'])
      expect(findTemporalExpressions(`The crew reached the quay this ${part}.`)).toMatchObject([
        { text: `this ${part}`, kind: 'relative-day', offset: 0 },
      ]);
    expect(findTemporalExpressions('The crew met in the morning.')).toEqual([]);
  });
});
