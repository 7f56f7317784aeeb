/** The publication date the text states, in order of trust, and what a date that reads two ways leaves. */
import { describe, expect, it } from 'vitest';
import { decidePublication } from '../../../../src/engine/article/deciders/publication.ts';
import type { Findings } from '../../../../src/engine/article/findings.ts';
import { SeedError } from '../../../../src/engine/read/errors.ts';
import { findings } from './helpers.ts';

const stamp = (date: string, time: string | null = null) => ({ date, time, timezone: null });
const publishedLine = { line: 6, stamp: stamp('2023-12-31', '11:27'), phrase: 'December 31, 2023 at 11:27 am' };
const dateLine = { date: '2023-12-30', line: 1, language: null };
const datelineMatch = (date: { text: string; year: number | null; month: number; day: number } | null) => ({
  match: {
    text: 'KAMPALA, 29 December 2023 (Reuters)',
    length: 38,
    place: 'KAMPALA',
    date,
    agencies: ['Reuters'],
    outlets: [],
  },
  line: 8,
});
const dateline = datelineMatch({ text: '29 December 2023', year: 2023, month: 12, day: 29 });
const updated = { line: 5, verb: 'updated' as const, stamp: stamp('2023-12-28', '09:00'), phrase: 'Dec 28, 2023 9:00' };

describe('decidePublication', () => {
  it.each<[string, Partial<Findings>, object, object]>([
    [
      'front matter',
      { publishedLine, dateLine },
      { date: '2024-01-02' },
      { date: '2024-01-02', basis: 'stated', reason: 'Set in the seed’s front matter.', line: null },
    ],
    [
      'publication line',
      { publishedLine, dateLine, dateline, stamp: updated },
      {},
      {
        date: '2023-12-31',
        time: '11:27',
        basis: 'stated',
        line: 6,
        reason: 'The line “December 31, 2023 at 11:27 am” on line 6 gives the time of publication.',
      },
    ],
    [
      'date line',
      { dateLine, dateline, stamp: updated },
      {},
      { date: '2023-12-30', line: 1, reason: 'The date line on line 1 gives 2023-12-30.' },
    ],
    [
      'dateline with a year',
      { dateline, stamp: updated },
      {},
      {
        date: '2023-12-29',
        line: 8,
        reason: 'The dateline “KAMPALA, 29 December 2023 (Reuters)” on line 8 gives 2023-12-29.',
      },
    ],
    [
      'the page’s own date line over a dateline of the day before: a repost, dated by the page',
      {
        dateline,
        stamp: { line: 5, verb: 'date' as const, stamp: stamp('2023-12-30', '07:45'), phrase: '30.12.2023. u 07:45' },
      },
      {},
      {
        date: '2023-12-30',
        line: 5,
        reason:
          'Line 5, “30.12.2023. u 07:45”, is a date line under the headline; the article is dated to it. The dateline “KAMPALA, 29 December 2023 (Reuters)” on line 8 gives 2023-12-29, the day of the report the page carries.',
      },
    ],
    [
      'the page’s own date line over a dateline of the same day',
      { dateline, stamp: { line: 5, verb: 'date' as const, stamp: stamp('2023-12-29'), phrase: '29.12.2023.' } },
      {},
      { date: '2023-12-29', line: 8 },
    ],
    [
      'update stamp',
      { stamp: updated },
      {},
      // An update time bounds the publication from above; the text may narrow it (`timeline/corpus.ts`).
      {
        date: null,
        basis: 'inferred',
        latest: '2023-12-28',
        earliest: null,
        precision: 'open',
        line: 5,
        reason:
          'Line 5, “Dec 28, 2023 9:00”, is the only stamp, an update time: the article was published on 2023-12-28 or before.',
      },
    ],
    [
      'dateline without a year',
      { dateline: datelineMatch({ text: '29 December', year: null, month: 12, day: 29 }) },
      {},
      {
        date: null,
        basis: 'unknown',
        precision: 'unknown',
        reason:
          'The dateline “KAMPALA, 29 December 2023 (Reuters)” on line 8 gives a day without a year; the year has to come from the text.',
      },
    ],
    ['nothing', {}, {}, { date: null, basis: 'unknown', reason: 'The text states no publication date.' }],
    [
      'date that reads two ways',
      { ambiguous: { line: 3, text: '09/10/2022', days: ['2022-09-10', '2022-10-09'] } },
      {},
      { date: null, basis: 'inferred', earliest: '2022-09-10', latest: '2022-10-09', precision: 'window', line: 3 },
    ],
  ])('from the %s', (_, set, frontMatter, expected) => {
    expect(decidePublication('t.txt', findings(set), frontMatter).value).toMatchObject(expected);
  });

  it('warns when the date line or the dateline disagrees with the publication line', () => {
    const { warnings } = decidePublication('t.txt', findings({ publishedLine, dateLine, dateline }), {});
    expect(warnings).toEqual([
      {
        line: 6,
        message:
          'The “Published:” line says 2023-12-31 but the date line says 2023-12-30; the “Published:” line was used.',
      },
      {
        line: 8,
        message: 'The dateline says 2023-12-29 but the publication stamp says 2023-12-31; the stamp was used.',
      },
    ]);
  });

  it('says so when the date line agrees', () => {
    const agreeing = { ...dateLine, date: '2023-12-31' };
    expect(decidePublication('t.txt', findings({ publishedLine, dateLine: agreeing }), {}).value.reason).toBe(
      'The line “December 31, 2023 at 11:27 am” on line 6 gives the time of publication, and the date line on line 1 agrees.',
    );
  });

  it('reads a date that reads two ways day first on a page in a language that writes the day first', () => {
    const ambiguous = {
      line: 3,
      text: 'Le 09/10/2022 à 18:02',
      days: ['2022-09-10', '2022-10-09'] as [string, string],
    };
    expect(decidePublication('t.txt', findings({ ambiguous }), {}, 'fr').value).toMatchObject({
      date: '2022-10-09',
      time: '18:02',
      basis: 'stated',
    });
    expect(decidePublication('t.txt', findings({ ambiguous }), {}, 'en').value).toMatchObject({
      date: null,
      precision: 'window',
    });
  });

  it('reads a month two languages name differently in the page’s own language, and not at all without one', () => {
    const ambiguousMonth = { line: 2, text: '🕔09:30, 21.lis 2024' };
    expect(decidePublication('t.txt', findings({ ambiguousMonth }), {}, 'hr').value).toMatchObject({
      date: '2024-10-21',
      basis: 'stated',
      line: 2,
    });
    expect(decidePublication('t.txt', findings({ ambiguousMonth }), {}, 'cs').value).toMatchObject({
      date: '2024-11-21',
    });
    expect(decidePublication('t.txt', findings({ ambiguousMonth }), {}, null).value).toMatchObject({
      date: null,
      basis: 'unknown',
    });
  });

  it('bounds an undated article to the month a month stamp gives', () => {
    const monthStamp = { line: 4, year: 2024, month: 2, phrase: 'Februar 2024' };
    expect(decidePublication('t.txt', findings({ monthStamp }), {}).value).toMatchObject({
      date: null,
      basis: 'inferred',
      earliest: '2024-02-01',
      latest: '2024-02-29',
      precision: 'window',
      line: 4,
    });
    // An issue's months bound it to all of them.
    const issue = { line: 2, year: 2024, month: 4, toMonth: 6, phrase: 'Bulletin n° 58 – avril-mai-juin 2024' };
    expect(decidePublication('t.txt', findings({ monthStamp: issue }), {}).value).toMatchObject({
      earliest: '2024-04-01',
      latest: '2024-06-30',
    });
    // A stamp that gives the day wins; an update time only bounds it.
    const dated = { ...updated, verb: 'date' as const };
    expect(decidePublication('t.txt', findings({ monthStamp, stamp: dated }), {}).value.date).toBe('2023-12-28');
  });

  it('stops a seed whose front-matter date is no calendar date', () => {
    expect(() => decidePublication('t.txt', findings(), { date: '2023-02-30' })).toThrow(SeedError);
  });
});

describe('decidePublication’s provenance', () => {
  it('repeats the basis, reason and line of the date it settles', () => {
    const dateLine = { date: '2023-12-30', line: 1, language: null };
    expect(decidePublication('t.txt', findings({ dateLine }), {}).provenance).toEqual({
      basis: 'stated',
      reason: 'The date line on line 1 gives 2023-12-30.',
      line: 1,
    });
  });
});
