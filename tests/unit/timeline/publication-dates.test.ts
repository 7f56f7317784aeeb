/**
 * Dates that must be sound, not just found: relative years and open-ended
 * windows, the tense that governs a date, other languages' month names, and
 * publication dates inferred only from tense-consistent evidence or bounded.
 */
import { describe, expect, it } from 'vitest';
import { readForeignDate, findForeignNames } from '../../../src/engine/time/foreign.ts';
import { readPassages } from '../../../src/engine/timeline/passages.ts';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { readStory, textSeed } from '../../helpers.ts';
import {
  boundFromEvents,
  inferFromWeekday,
  narrowByDateline,
  yearForDateline,
} from '../../../src/engine/timeline/publication-dates.ts';
import { findTemporalExpressions } from '../../../src/engine/time/expressions.ts';
import { resolveExpression } from '../../../src/engine/time/resolve.ts';
import { directionAt, tenseAt } from '../../../src/engine/time/tense.ts';

const passagesOf = (...paragraphs: string[]) =>
  readPassages(paragraphs.map((text, i) => ({ type: 'paragraph' as const, text, anchor: `p-${i + 1}`, line: i + 1 })));
const resolve = (sentence: string, reference: string) => {
  const [e] = findTemporalExpressions(sentence);
  return resolveExpression(e!, reference, directionAt(sentence, e!));
};

describe('expressions', () => {
  it('“June this year” is one month, not a year and a month', () => {
    const found = findTemporalExpressions('The board approved the plan in June this year after a long delay.');
    expect(found).toHaveLength(1);
    expect(resolveExpression(found[0]!, '2024-09-02', 'past')).toMatchObject({
      start: '2024-06-01',
      end: '2024-06-30',
      precision: 'month',
    });
    expect(resolve('The contract ended in March of last year.', '2024-09-02')).toMatchObject({
      start: '2023-03-01',
      end: '2023-03-31',
    });
  });

  it('“after January 1” and “following January 1” start on that day and have no end', () => {
    for (const s of [
      'A liquidation phase will begin after January 1.',
      'Following January 1, the depots will close.',
    ]) {
      const [e] = findTemporalExpressions(s);
      expect(e!.openEnd).toBe(true);
      expect(resolveExpression(e!, '2023-12-11', directionAt(s, e!))).toMatchObject({
        start: '2024-01-01',
        end: '2024-01-01',
      });
    }
  });

  it('a translation’s “the past month of June” is last June', () => {
    expect(resolve('Prices rose in the past month of June, the minister said.', '2022-07-05')).toMatchObject({
      start: '2022-06-01',
      end: '2022-06-30',
    });
  });

  it('“now”, “march” and “sat” in running text are not dates', () => {
    expect(findTemporalExpressions('Commuters said the journey now takes an hour.')).toEqual([]);
    expect(
      findTemporalExpressions('Fishers will march again if the river stays low, they said in a statement.'),
    ).toEqual([]);
    expect(findTemporalExpressions('Officials sat down with the farmers in the town hall.')).toEqual([]);
  });

  it('the verb that governs a date sets its tense, not the clause beside it', () => {
    const s = 'Laos will begin releasing water on Thursday, the ministry said on Monday.';
    const [thursday, monday] = findTemporalExpressions(s);
    expect(tenseAt(s, thursday!.index)).toBe('future');
    expect(tenseAt(s, monday!.index)).toBe('past');
    const t = 'The minister told an official ceremony Monday that the levy will begin on Sept. 2, 2024.';
    const [weekday] = findTemporalExpressions(t);
    expect(directionAt(t, weekday!)).toBe('past');
  });

  it('“ready to” and “preparing to” look ahead; common irregular past verbs look back', () => {
    // An article of Tuesday 29 November 2022.
    expect(
      resolve('Staff at the centre say they are ready to take over the building on Monday.', '2022-11-29'),
    ).toMatchObject({ start: '2022-12-05' });
    expect(resolve('Crews are preparing to lift the barge on Friday.', '2022-11-29')).toMatchObject({
      start: '2022-12-02',
    });
    // Past tense with no -ed form, beside a future clause: the verb that governs the day decides.
    expect(
      resolve('Divers found the wreck on Monday, and the salvage will begin in spring.', '2022-11-29'),
    ).toMatchObject({ start: '2022-11-28' });
    expect(
      resolve('Villagers heard the blast on Saturday; the inquiry will report next month.', '2022-11-29'),
    ).toMatchObject({ start: '2022-11-26' });
    // Said of the past, readiness stays in the past: only the present “is/are ready to” looks ahead.
    expect(resolve('The crews were ready to sail on Friday, but the storm came first.', '2022-11-29')).toMatchObject({
      start: '2022-11-25',
    });
  });
});

describe('other languages', () => {
  it('reads full dates with month names from the runtime’s locale data', () => {
    expect(readForeignDate('صفاقس – الخميس 2 نوفمبر 2023', null)).toMatchObject({ year: 2023, month: 11, day: 2 });
    expect(readForeignDate('Publié le 18 février 2020', 'fr')).toMatchObject({ year: 2020, month: 2, day: 18 });
  });

  it('finds months and weekdays with their direction', () => {
    const ar = findForeignNames('وأضاف أن التعاونية ستبدأ التصدير في ديسمبر المقبل.', 'ar');
    expect(ar).toMatchObject([{ kind: 'month', month: 12, direction: 'future' }]);
    const ru = findForeignNames('Власти в среду закрыли переправу, а на прошлой неделе появились трещины.', 'ru');
    expect(ru.map((e) => e.kind)).toEqual(['weekday', 'relative-week']);
    expect(ru[1]).toMatchObject({ offset: -1 });
  });
});

describe('publication dates', () => {
  it('a date the text puts in the future cannot date a past-tense weekday', () => {
    const ps = passagesOf(
      'The minister told an official ceremony Monday that the levy will begin on Jan. 1, 2024, for every ship.',
    );
    expect(inferFromWeekday(ps)).toBeNull();
    const past = passagesOf('The council met on Monday. It had voted on December 11, 2023 to close the depot.');
    // A past-tense Monday that falls on 11 December 2023 puts publication in the week from that day, not on it.
    expect(inferFromWeekday(past)).toMatchObject({
      date: null,
      earliest: '2023-12-11',
      latest: '2023-12-17',
      precision: 'window',
      basis: 'inferred',
    });
  });

  it('a weekday of a habit, or a deadline, never dates the article', () => {
    const habit = passagesOf(
      'The clinic opens every Tuesday and Thursday. Patients must re-register by October 17, 2024.',
    );
    expect(inferFromWeekday(habit)).toBeNull();
  });

  it('where the text only bounds the date, it says so', () => {
    const ps = passagesOf('The council closed the depot on December 11, 2023.', 'A vote will follow on March 4, 2024.');
    expect(boundFromEvents(ps)).toMatchObject({
      date: null,
      earliest: '2023-12-11',
      latest: '2024-03-04',
      precision: 'window',
      basis: 'inferred',
    });
    const open = passagesOf('The council closed the depot on December 11, 2023, and residents protested.');
    expect(boundFromEvents(open)).toMatchObject({ earliest: '2023-12-11', latest: null, precision: 'open' });
    expect(boundFromEvents(passagesOf('The depot is a place of quiet work.'))).toBeNull();
  });

  it('a dateline’s day and month narrow the window the events leave: to one day, or to a later start', () => {
    const council = 'The council voted on the new harbour fees on March 4, 2024.';
    const closed = boundFromEvents(passagesOf(council, 'The fees will take effect on June 1, 2024.'))!;
    expect(narrowByDateline(closed, 'March 20', 2)).toMatchObject({
      date: '2024-03-20',
      earliest: '2024-03-20',
      latest: '2024-03-20',
      precision: 'day',
    });
    const open = narrowByDateline(boundFromEvents(passagesOf(council))!, 'March 20', 2);
    expect(open).toMatchObject({ date: null, earliest: '2024-03-20', latest: null, precision: 'open' });
    expect(open.reason).toMatch(
      /The dateline on line 2 gives “March 20” without a year, so the article was published on or after 20 Mar 2024\.$/,
    );
  });

  it('a dateline without a year takes the year under which the text’s events fit', () => {
    const ps = passagesOf(
      'The cabinet approved the tariff on Nov. 28, 2024.',
      'The plant will deliver water by June 2025.',
    );
    expect(yearForDateline('Dec. 12', 3, ps)).toMatchObject({ date: '2024-12-12', basis: 'stated' });
    expect(yearForDateline('Dec. 12', 3, passagesOf('The mine opened in 1998 and closed in 2003.'))).toBeNull();
  });

  it('reads no bound and no year from a plan that fell through', () => {
    // 9 March 2027 is a Tuesday, but June 2027 is only when the ferry had been due to start.
    const ps = passagesOf('The quay gave way on Tuesday.', 'The new ferry had been due to start sailing in June 2027.');
    expect(boundFromEvents(ps)).toBeNull();
    expect(yearForDateline('March 9', 3, ps)).toBeNull();
  });

  it('takes no year from one past event months before the day, even where a weekday falls on it', () => {
    // 12 September was a Friday in 2014 and in 2025: a flood "last" seen in May 2014 is background, not the year.
    const ps = passagesOf(
      'The river broke through the dyke before dawn on Friday.',
      'The valley was last flooded in May 2014, when four villages were cut off.',
    );
    expect(yearForDateline('Sept 12', 3, ps)).toBeNull();
    // A date told in the past a few weeks before the day does place it.
    const close = passagesOf('The river broke through on Friday.', 'The rain began on Aug. 30, 2014.');
    expect(yearForDateline('Sept 12', 3, close)).toMatchObject({ date: '2014-09-12', basis: 'stated' });
  });

  it('takes no year from a past month that holds the day: a month names no day near it', () => {
    // "in October 2021" holds 19 October 2021, but a background month says nothing of the report's own year.
    const ps = passagesOf(
      'The ferry sailed again on Monday after a month in dry dock.',
      'The quay, which was rebuilt in October 2021, took no damage.',
    );
    expect(yearForDateline('Oct 19', 3, ps)).toBeNull();
  });

  it('takes no year the text tells as the past of something, even where a weekday falls on the day', () => {
    // 10 March 2019 is a Sunday: "on Sunday" and "in 2019" would fit, but 2019 is when the older attack was.
    const ps = passagesOf('The network went down on Sunday.', 'The hospital was hit by hackers in 2019.');
    expect(yearForDateline('March 10', 3, ps)).toBeNull();
    // "so far in 2019" names the year the report is written in.
    const sofar = passagesOf('The network went down on Sunday.', 'Records showed 11 attacks so far in 2019.');
    expect(yearForDateline('March 10', 3, sofar)).toMatchObject({ date: '2019-03-10' });
  });
});

describe('an article whose only stamp is an update time', () => {
  const corpus = buildCorpus(
    [
      textSeed(
        'a.txt',
        'Jury clears harbour treasurer\n\nUpdated April 23, 2025, 6:41 p.m. EDT\n\nA jury cleared the former harbour treasurer of all charges on April 22, ending a two-year case.\n',
      ),
      textSeed(
        'b.txt',
        'Huelga en el puerto\n\nActualizado: viernes, 12 abril 2024 14:32\n\nSevilla, 12 abr (EFE).- Los estibadores del puerto pararon este viernes durante seis horas.\n',
      ),
      textSeed(
        'c.txt',
        'Ferry back in service\n\nUpdated: March 3, 2024\n\nThe ferry is running again, the operator said.\n',
      ),
    ],
    readStory(),
  );
  const [jury, strike, ferry] = corpus.articles;

  it('was published on or before it, and on or after the day it tells in the past', () => {
    expect(jury!.published).toMatchObject({
      date: null,
      earliest: '2025-04-22',
      latest: '2025-04-23',
      basis: 'inferred',
    });
  });

  it('takes the dateline’s day on or before the update as the day', () => {
    expect(strike!.published).toMatchObject({ date: '2024-04-12', basis: 'inferred' });
  });

  it('stays open below when the text tells nothing dated', () => {
    expect(ferry!.published).toMatchObject({ date: null, earliest: null, latest: '2024-03-03', precision: 'open' });
  });
});

describe('a start counted "since" in a sentence about the future', () => {
  it('never bounds the day from above', () => {
    const text =
      'The water tower will be wrapped in scaffolding starting Monday as a contractor begins the first full repainting since 1989.';
    const bound = boundFromEvents(passagesOf(text));
    expect(bound?.latest ?? null).toBeNull();
  });
});
