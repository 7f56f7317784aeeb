/**
 * Dates in languages other than English. Full dates come from chrono-node's
 * parser for the language where it has one, else from the runtime's month
 * names; months, weekdays, seasons and "last/next week, month, year" from those
 * names and a few words listed here for the languages the site meets most.
 */
import type * as chrono from 'chrono-node';
import { findCjkExpressions } from './cjk.ts';
import { dayAfterWeekday, firstOfList, joinSideBySide } from './foreign-joins.ts';
import { numericDays } from './foreign-numeric.ts';
import {
  bare,
  fold,
  monthNameAt,
  monthFirstDate,
  monthOf,
  monthsNamedBy,
  namesFor,
  toAsciiDigits,
  tokensOf,
  weekdayOf,
  type NameTable,
} from './foreign-names.ts';
import { chronoParserFor, NAMED_LANGUAGES } from './locales.ts';
import { directionIn, foreignFuture, tensedSentence, tenseUnread, weekdayPointsBy } from './present-tense.ts';
import { findRelativeDays } from './relative-days.ts';
import { findForeignYears } from './foreign-years.ts';
import { inProperName } from './proper-names.ts';
import * as W from './relative-words.ts';
import { byPosition, overlapsAny } from './spans.ts';
import type { Direction, TemporalExpression } from './types.ts';

/** A foreign date as read: its parts and where it stands in the text. */
export interface ForeignDate {
  /** The year; null when the text gives only a day and a month. */
  year: number | null;
  /** Month 1–12. */
  month: number;
  /** Day of month. */
  day: number;
  /** Offset of the date in the text. */
  index: number;
  /** Its length in the text. */
  length: number;
}

/** A full date written with a month name in another language (`18 février 2020`, `2 نوفمبر 2023`); null when the text has none. */
export function readForeignDate(text: string, language: string | null, withoutYear = false): ForeignDate | null {
  const s = toAsciiDigits(text);
  const langs = language ? [language] : NAMED_LANGUAGES;
  for (const lang of langs) {
    const t = namesFor(lang);
    if (!t) continue;
    const tokens = tokensOf(s);
    for (let i = 0; i < tokens.length; i++) {
      const found = dateAround(tokens, i, t, withoutYear);
      // In a text of unknown language, a name that is another month in another language dates nothing.
      if (found && (language || monthsNamedBy(tokens[i]![0]).size <= 1)) return found;
    }
  }
  return null;
}

/** The date whose month name is token `i`: day month year, month day year, or (`withoutYear`) day month. */
function dateAround(tokens: RegExpExecArray[], i: number, t: NameTable, withoutYear: boolean): ForeignDate | null {
  const name = monthNameAt(tokens, i, t);
  if (!name) return null;
  const m = name.month;
  let two = name.last - i;
  // A joining word after the day (`14 de novembro`) belongs to the date.
  const dayAt =
    /^(?:de|d)$/.test(tokens[i - 1]?.[0] ?? '') && /^\d{1,2}$/.test(tokens[i - 2]?.[0] ?? '') ? i - 2 : i - 1;
  const prev = tokens[dayAt]?.[0];
  // A joining word before the year (`23 d’octubre del 2025`, `14 de novembro de 2025`) is part of the date.
  const joined =
    /^(?:de|del|do|da|di)$/.test(tokens[i + 1 + two]?.[0] ?? '') && /^\d{4}$/.test(tokens[i + 2 + two]?.[0] ?? '');
  if (joined) two++;
  const next = tokens[i + 1 + two]?.[0];
  const after = tokens[i + 2 + two]?.[0];
  const [day, year, from, to] =
    prev && /^\d{1,2}$/.test(prev) && next && /^\d{4}$/.test(next)
      ? [Number(prev), Number(next), tokens[dayAt]!, tokens[i + 1 + two]!]
      : next && /^\d{1,2}$/.test(next) && after && /^\d{4}$/.test(after)
        ? [Number(next), Number(after), tokens[i]!, tokens[i + 2 + two]!]
        : [0, 0, null, null];
  if (from && to && day >= 1 && day <= 31)
    return { year, month: m, day, index: from.index, length: to.index + to[0].length - from.index };
  const first = t.yearFirst || t.monthFirst ? monthFirstDate(tokens, i, t, two) : null;
  if (first && (first.year !== null || withoutYear)) return first;
  // "30 حزيران الجاري": a day and a month, no year.
  if (withoutYear && prev && /^\d{1,2}$/.test(prev) && Number(prev) >= 1 && Number(prev) <= 31) {
    const end = tokens[i + two]!;
    // A full name's full stop ends the sentence (`el 14 de novembre.`); an abbreviation's is its own.
    const word = t.longMonths.has(fold(end[0])) ? bare(end[0]) : end[0];
    return {
      year: null,
      month: m,
      day: Number(prev),
      index: tokens[dayAt]!.index,
      length: end.index + word.length - tokens[dayAt]!.index,
    };
  }
  return null;
}

/** Finds calendar dates, months, weekdays, seasons, relative weeks, months and years, and introduced years in a sentence of another language. */
export function findForeignExpressions(sentence: string, language: string): TemporalExpression[] {
  const code = language.split('-')[0]!;
  const parser = chronoParserFor(code);
  // Calendar days from chrono's parser for the language, else from the runtime's month names.
  const found = parser ? chronoDays(sentence, parser, code) : namedDays(sentence, language);
  if (code === 'zh' || code === 'ja') found.push(...findCjkExpressions(sentence));
  if (!parser) found.push(...numericDays(sentence, found));
  // Yesterday, today and tomorrow from the language's own words.
  for (const e of findRelativeDays(sentence, language, (s) => tensedSentence(code, s)))
    if (!overlapsAny(found, e.index, e.text.length)) found.push(e);
  // Months, weekdays and relative weeks from the locale's own names, then introduced years, where no date stands.
  for (const e of findForeignNames(sentence, language)) if (!overlapsAny(found, e.index, e.text.length)) found.push(e);
  for (const e of findForeignYears(sentence, language)) if (!overlapsAny(found, e.index, e.text.length)) found.push(e);
  return joinSideBySide(found.filter((e) => !inProperName(sentence, e, language)).sort(byPosition), sentence);
}

/** The calendar days (with month and day, maybe a year) chrono's parser for the language reads in a sentence. */
function chronoDays(sentence: string, parser: chrono.Chrono, code: string): TemporalExpression[] {
  const found: TemporalExpression[] = [];
  for (const r of parser.parse(sentence, new Date(Date.UTC(2000, 0, 1)))) {
    // A relative day ("hoy", "ayer", "ce matin") is no calendar day: chrono fills it in from the reference date.
    if ([...r.tags()].some((t) => t === 'result/relativeDate' || t.startsWith('casualReference/'))) continue;
    if (movesWithReference(parser, r)) continue;
    const s = r.start;
    if (!s.isCertain('month') || !s.isCertain('day') || !/\d/.test(r.text)) continue;
    // The date without a clock time after it ("le 3 mars à 10 heures").
    const text = r.text.replace(/[\s,;:.]+$/, '').replace(/\s+(?:à|a|um|alle|в)\s+.*$/i, '');
    const direction = foreignFuture(sentence, r.index, 1, code);
    found.push({
      text,
      index: r.index,
      lead: null,
      ...(s.isCertain('year')
        ? { kind: 'date' as const, year: s.get('year')! }
        : { kind: 'month-day' as const, ...(s.isCertain('weekday') ? { weekday: s.get('weekday')! } : {}) }),
      month: s.get('month')!,
      day: s.get('day')!,
      ...(direction ? { direction } : {}),
    });
  }
  return found;
}

/**
 * Whether chrono filled a reading in from the reference date: read again against another day, it names another
 * day. Not every locale tags its relative words ("Gestern um 11.42 Uhr" comes back as a plain date).
 */
function movesWithReference(parser: chrono.Chrono, r: chrono.ParsedResult): boolean {
  const [again] = parser.parse(r.text, new Date(Date.UTC(2003, 6, 15)));
  return !again || again.start.get('month') !== r.start.get('month') || again.start.get('day') !== r.start.get('day');
}

/** The calendar days written with the runtime's month names in a sentence, for languages chrono has no parser for. */
function namedDays(sentence: string, language: string): TemporalExpression[] {
  const found: TemporalExpression[] = [];
  let from = 0;
  for (
    let d = readForeignDate(sentence, language, true);
    d;
    d = readForeignDate(sentence.slice(from), language, true)
  ) {
    const code = language.split('-')[0]!;
    const direction = foreignFuture(sentence, from + d.index, 1, code) ?? (tenseUnread(code) ? 'nearest' : undefined);
    found.push({
      ...(d.year !== null
        ? { kind: 'date' as const, year: d.year }
        : { kind: 'month-day' as const, ...(direction ? { direction } : {}) }),
      month: d.month,
      day: d.day,
      text: sentence.slice(from + d.index, from + d.index + d.length),
      index: from + d.index,
      lead: null,
    });
    from += d.index + d.length;
  }
  return found;
}

/** One token of a sentence with what it is read against. */
interface TokenContext {
  /** The language's names. */
  t: NameTable;
  /** The sentence's tokens. */
  tokens: RegExpExecArray[];
  /** The token read. */
  i: number;
  /** The sentence, with ASCII digits. */
  text: string;
}

/** Reads a token as one sort of expression: undefined when it is not of that sort, null when it is but names no date. */
type TokenReader = (at: TokenContext) => TemporalExpression | null | undefined;

// A token is decided by the first reader that knows it: a month name is never also read as a weekday or a season.
const TOKEN_READERS: TokenReader[] = [monthAt, weekdayAt, seasonAt, relativeUnitAt];

/** Months, weekdays, seasons and "last/next week, month, year" in a sentence of another language. Calendar dates with a day are left to chrono. */
export function findForeignNames(sentence: string, language: string): TemporalExpression[] {
  const t = namesFor(language);
  if (!t) return [];
  const text = toAsciiDigits(sentence);
  const tokens = tokensOf(text);
  const out: TemporalExpression[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const read of TOKEN_READERS) {
      const e = read({ t, tokens, i, text });
      if (e === undefined) continue;
      if (e) out.push(e);
      // The words an expression takes in (a month's second word, its year) are not read again.
      while (e && i + 1 < tokens.length && tokens[i + 1]!.index < e.index + e.text.length) i++;
      break;
    }
  }
  return out;
}

/** The expression's text, offset and (no) lead for token `i`. */
function baseAt(tokens: RegExpExecArray[], i: number): Pick<TemporalExpression, 'text' | 'index' | 'lead'> {
  return { text: tokens[i]![0].replace(/\.$/, ''), index: tokens[i]!.index, lead: null };
}

/** A month name not beside a day number, with the year after it when there is one. */
function monthAt({ t, tokens, i, text }: TokenContext): TemporalExpression | undefined {
  const prev = bare(tokens[i - 1]?.[0]);
  const name = monthNameAt(tokens, i, t);
  const month = name?.month;
  let last = name?.last ?? i;
  // Another calendar's name for the same month in brackets (`كانون الثاني (يناير) 2022`) belongs to the name.
  const gloss = tokens[last + 1];
  const beforeGloss = gloss ? text.slice(tokens[last]!.index + tokens[last]![0].length, gloss.index) : '';
  if (gloss && /^\s*\(\s*$/.test(beforeGloss) && monthOf(gloss[0], t) === month) last++;
  const next = bare(tokens[last + 1]?.[0]);
  if (!month || /^\d{1,2}$/.test(prev) || /^\d{1,2}$/.test(next)) return undefined;
  // A capitalised word inside the sentence that only an inflected month's stem reads, where months are written small,
  // is a name (`Ing. Marek Hudec`: `marec`, March, in Slovak).
  if (t.lowerCaseMonths && i > 0 && /^\p{Lu}/u.test(tokens[i]![0]) && !t.months.has(fold(bare(tokens[i]![0]))))
    return undefined;
  const after = yearAfter(tokens, last, text);
  const year = after?.year;
  // A short name alone, without its full stop or a year, is too often a word (`sept` victims, `mar`): no month.
  // With a year, it still needs its full stop or the year right after it (`des. 2014`, `Dez 2014`): `des del 2014` is
  // Catalan for since 2014.
  // The name's own word may follow an article (`de set`, Catalan for September and for "of seven").
  const word = tokens[name?.last ?? i]![0];
  const short = /^[a-zà-ÿ]{3,4}$/i.test(word) && !t.longMonths.has(fold(word));
  if (short && (!after || !/^\p{L}+\s+\d{4}$/u.test(after.text))) return undefined;
  // "octubre del año pasado", "juin de l'année dernière", "Oktober letzten Jahres": the year counted from the article's.
  const lastEnd = tokens[last]!.index + bare(tokens[last]![0]).length;
  const relative = after ? null : W.relativeYearAfter(text, tokens[i]!.index, lastEnd);
  if (relative) return { ...baseAt(tokens, i), kind: 'month', month: month!, ...relative };
  const direction = year === undefined ? directionIn(tokens, i, text, tokens[i]!.index, t.code, true) : undefined;
  const from = tokens[i]!.index;
  let end = after ? tokens[last]!.index + after.text.length : tokens[last]!.index + bare(tokens[last]![0]).length;
  if (last > i && text[end] === ')') end++;
  const named = text.slice(from, end);
  return {
    ...baseAt(tokens, i),
    kind: 'month',
    month,
    text: last === i && !after ? baseAt(tokens, i).text : named,
    ...(after ? { year: after.year } : {}),
    ...(direction ? { direction } : {}),
  };
}

/**
 * The year written right after token `i`, maybe after a short joining word (`März 2024`, `marzo de 2022`, `setembro
 * de 2023`), with the text from the token to the year; undefined when none follows.
 */
function yearAfter(tokens: RegExpExecArray[], i: number, text: string): { year: number; text: string } | undefined {
  const next = tokens[i + 1];
  // A short joining word (`de`, `del`) or the word "year" (`صيف عام 2027`) may stand before the year.
  const joining = next && (/^\p{Ll}{1,3}$/u.test(next[0]) || /^(?:عام|سنة|العام)$/u.test(next[0]));
  const joined = joining ? tokens[i + 2] : next;
  if (!joined || !/^(?:1[89]|20)\d\d$/.test(joined[0])) return undefined;
  // Only blanks and the joining word stand between the name and the year (or the bracket closing another
  // calendar's name for the month: `كانون الثاني (يناير) 2022`).
  const from = tokens[i]!.index;
  const between = text.slice(from + tokens[i]![0].length, joined.index);
  if (!/^\)?\s+(?:(?:\p{Ll}{1,3}|عام|سنة|العام)\s+)?$/u.test(between)) return undefined;
  return { year: Number(joined[0]), text: text.slice(from, joined.index + joined[0].length) };
}

/** A weekday name; null in a span of every week (`du lundi au samedi`, `von Montag bis Freitag`). */
function weekdayAt({ t, tokens, i, text }: TokenContext): TemporalExpression | null | undefined {
  // A name written with a hyphen (`terça-feira`) is two tokens: read them together.
  const next = tokens[i + 1];
  const hyphened =
    next && text.slice(tokens[i]!.index + tokens[i]![0].length, next.index) === '-'
      ? weekdayOf(`${tokens[i]![0]}-${bare(next[0])}`, t)
      : undefined;
  const weekday = hyphened ?? weekdayOf(tokens[i]![0], t);
  if (weekday === undefined) return undefined;
  // Capitalised after a capitalised word inside the sentence, where weekdays are written small, it names a feast
  // (`w Wielki Piątek`, Good Friday), not a day of the week around the article's. Not after a month (`15 Mart
  // Cumartesi`), and not written small after a place (`à Lyon mercredi`).
  const prevWord = tokens[i - 1]?.[0] ?? '';
  const feast = /^\p{Lu}\p{Ll}/u.test(prevWord) && /^\p{Lu}/u.test(tokens[i]![0]) && monthOf(prevWord, t) === undefined;
  if (!t.capitalWeekdays && i > 1 && feast) return null;
  // Indonesian "Minggu" is both Sunday and the week: with "lalu" or "depan" after it, it is the week (written small,
  // `minggu` is the week only: `weekdayOf`).
  const after = bare(tokens[i + 1]?.[0]);
  if (W.WEEK.test(bare(tokens[i]![0])) && (W.LAST.test(after) || W.NEXT.test(after))) return undefined;
  const base = baseAt(tokens, i);
  if (hyphened !== undefined) base.text = text.slice(tokens[i]!.index, next!.index + bare(next![0]).length);
  const inRange =
    (W.RANGE_WORD.test(bare(tokens[i + 1]?.[0])) && weekdayOf(tokens[i + 2]?.[0] ?? '', t) !== undefined) ||
    (W.RANGE_WORD.test(bare(tokens[i - 1]?.[0])) && weekdayOf(tokens[i - 2]?.[0] ?? '', t) !== undefined);
  if (inRange) return null;
  // Every such weekday (`cada domingo`, `tous les lundis`, `ogni martedì`, `jeden Montag`, `los lunes`): no day of its
  // own; nor are those listed after it (`cada dimecres i divendres`, `los lunes, miércoles y viernes`).
  const first = firstOfList(tokens, i, t, text);
  if (
    W.EVERY.test(bare(tokens[first - 1]?.[0])) ||
    // With a short preposition between (`vždy v utorok a v piatok`, `immer am Montag`).
    (W.EVERY.test(bare(tokens[first - 2]?.[0])) && bare(tokens[first - 1]?.[0]).length <= 3) ||
    W.EVERY_TWO.test(`${bare(tokens[first - 2]?.[0])} ${bare(tokens[first - 1]?.[0])}`) ||
    (W.HABITUAL_ARTICLE[t.code]?.test(bare(tokens[first - 1]?.[0])) && !/^\d/.test(tokens[i + 1]?.[0] ?? '')) ||
    W.HABITUAL_PLURAL[t.code]?.test(`${bare(tokens[i - 1]?.[0])} ${bare(tokens[i]![0])}`)
  )
    return null;
  const pinned = dayAfterWeekday(text, tokens[i]!.index + tokens[i]![0].length);
  if (pinned)
    return { ...base, text: text.slice(tokens[i]!.index, pinned.end), kind: 'weekday', weekday, day: pinned.day };
  const direction =
    weekdayPointsBy(t.code, bare(tokens[i - 1]?.[0]), bare(tokens[i]![0]), text.slice(0, tokens[i]!.index)) ??
    directionIn(tokens, i, text, tokens[i]!.index);
  return { ...base, kind: 'weekday', weekday, ...(direction ? { direction } : {}) };
}

const SUMMER_INTRODUCED = /(?:(?<![\p{L}])(?:cet|en|le|un|chaque|tout|pendant|depuis|dès)\s+|(?<![\p{L}])[ld]['’])$/iu;

/** A season, counted from the article's date when "last" or "next" stands beside it. */
function seasonAt({ t, tokens, i, text }: TokenContext): TemporalExpression | undefined {
  const season = W.SEASONS.find(([re]) => re.test(tokens[i]![0]))?.[1];
  if (!season || W.seasonInName(tokens, i, text, t.code)) return undefined;
  // A season with its year (`im Herbst 2022`, `en el verano de 2021`) needs no article date.
  const after = yearAfter(tokens, i, text);
  // French "été" is also the participle of "être" ("a été relaxé"): the season has a determiner or a year.
  if (/^été$/i.test(tokens[i]![0]) && !after && !SUMMER_INTRODUCED.test(text.slice(0, tokens[i]!.index)))
    return undefined;
  if (after) return { ...baseAt(tokens, i), kind: 'season', season, year: after.year, text: after.text };
  // "la primavera del año pasado", "na primavera do ano passado": the year counted from the article's.
  const relative = W.relativeYearAfter(text, tokens[i]!.index, tokens[i]!.index + tokens[i]![0].length);
  if (relative) return { ...baseAt(tokens, i), kind: 'season', season, ...relative };
  const offset = offsetBeside(tokens, i);
  const direction = offset === undefined ? directionIn(tokens, i, text, tokens[i]!.index, t.code) : undefined;
  return {
    ...baseAt(tokens, i),
    kind: 'season',
    season,
    ...(offset !== undefined ? { offset } : {}),
    ...(direction ? { direction } : {}),
  };
}

/** "last week", "next month", "last year"; null for the unit word without "last" or "next" beside it. */
function relativeUnitAt({ t, tokens, i }: TokenContext): TemporalExpression | null | undefined {
  const word = bare(tokens[i]![0]);
  const unit = W.WEEK.test(word)
    ? 'relative-week'
    : W.MONTH_WORD.test(word)
      ? 'relative-month'
      : W.YEAR_WORD.test(word)
        ? 'relative-year'
        : null;
  // "شهر فبراير", "el mes de marzo": the word for month before a month's name names no month of its own.
  if (!unit || (unit === 'relative-month' && [1, 2].some((k) => monthOf(bare(tokens[i + k]?.[0]), t) !== undefined)))
    return undefined;
  const offset = offsetBeside(tokens, i);
  return offset !== undefined ? { ...baseAt(tokens, i), kind: unit, offset } : null;
}

/** -1 when a "last" word stands just before or after token `i`, +1 for a "next" word; undefined for neither. */
function offsetBeside(tokens: RegExpExecArray[], i: number): number | undefined {
  const around = [bare(tokens[i - 1]?.[0]), bare(tokens[i + 1]?.[0]), bare(tokens[i + 2]?.[0])];
  if (around.some((w) => W.LAST.test(w))) return -1;
  if (around.some((w) => W.NEXT.test(w))) return 1;
  // "cette semaine", "dit jaar", "tahun ini", "العام الحالي": the one the article is dated in.
  return W.THIS_BEFORE.test(around[0]!) || W.THIS_AFTER.test(around[1]!) ? 0 : undefined;
}
