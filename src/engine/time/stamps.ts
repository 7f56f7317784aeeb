/**
 * Publication stamps: a full date (year, month and day) with any time and zone,
 * in English, day-first numeric forms, other languages (chrono's locales and the
 * runtime's month names) and Chinese or Japanese; and numeric dates that read two ways.
 */
import * as chrono from 'chrono-node';
import { isoDate, pad2 } from './calendar.ts';
import { readForeignDate } from './foreign.ts';
import { readSolarHijriDate } from './solar-hijri.ts';
import { monthInAnyLanguage, monthsNamedBy, toAsciiDigits } from './foreign-names.ts';
import { FOREIGN_LOCALES } from './locales.ts';

/** The date, time and zone of a stamp. */
export interface Stamp {
  /** The day, YYYY-MM-DD. */
  date: string;
  /** The clock time, HH:MM, when given. */
  time: string | null;
  /** The time zone as written (`EST`, `UTC+3`), when given. */
  timezone: string | null;
}

// Chinese and Japanese dates: 2020年11月5日, and a clock time after them.
const CJK_STAMP = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const CJK_TIME = /(\d{1,2})\s*[時时:]\s*(\d{2})/;
// Numeric dates, day or month first: 23/08/2022, 23.08.2022, and a clock time after them.
// A day and a month in figures with a four-figure year, the same mark between them (`12.05.2024`, `12/05/2024`,
// `12-05-2024`).
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/;
// A numeric date with a two-figure year, not followed by more figures.
const SHORT_YEAR = /\b(\d{1,2})([./])(\d{1,2})\2(\d{2})\b(?![./:]?\d)/;
const NUMERIC_TIME = /\b(\d{1,2})[:h](\d{2})\b(?:\s*([ap])\.?\s?m\b\.?)?/i;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const ZONE =
  /\b(UTC|GMT|[ECMP][SD]T|CET|CEST|EAT|WAT|CAT|SAST|IST|BST|JST|AEST|AEDT|WIB|PKT|MSK)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\b/;

/** Reads a full date (with year, month and day) and any time and zone from a phrase; null when the phrase has no full date. */
export function readStamp(text: string, dayFirst = false): Stamp | null {
  // A labelled stamp of a day-first language may give its year in two figures (`Publicado em 05/06/24 às 08h12`), and
  // so may a dotted date, which is day first everywhere (`04.11.24, 17:35`).
  text = text.replace(SHORT_YEAR, (all, d, sep, m, y) =>
    dayFirst || sep === '.' ? `${d}${sep}${m}${sep}${Number(y) < 70 ? 20 : 19}${y}` : all,
  );
  // A Solar Hijri stamp (`شنبه ۸ اردیبهشت ۱۴۰۳ - ۱۱:۴۰`), as its Gregorian day.
  const solar = /[۰-۹]|(?<!\d)1[34]\d\d(?!\d)/.test(text) ? readSolarHijriDate(text) : null;
  if (solar) {
    const time = NUMERIC_TIME.exec(toAsciiDigits(text));
    return { date: solar, time: time ? `${pad2(Number(time[1]))}:${time[2]}` : null, timezone: null };
  }
  // A full date has a year: without one there is nothing to read, and the parsers below are costly.
  if (!/(?:19|20)\d\d/.test(text)) return null;
  // Hungarian writes the year first, each part closed by a full stop and a space (`2023. 09. 27. 13:45`).
  text = text.replace(/\b((?:19|20)\d\d)\.\s+(\d{1,2})\.\s+(\d{1,2})\.(?!\d)/, '$1.$2.$3');
  // Czech, Slovak and Croatian pages space the parts of a dotted date, day first (`12. 3. 2025 9:15`).
  text = text.replace(/\b(\d{1,2})\.\s+(\d{1,2})\.\s+((?:19|20)\d\d)\b/, '$1.$2.$3');
  const cjk = CJK_STAMP.exec(text);
  if (cjk) return cjkStamp(text, cjk);
  // "12 of March of 2024" (a translation's order) reads as "12 March 2024".
  const phrase = text
    // Colombian and Mexican pages put the month first (`febrero 18 de 2024`): read as `18 de febrero de 2024`.
    .replace(
      /(?<![\p{L}])(\p{L}{3,})\s+(\d{1,2})\s+de\s+((?:19|20)\d\d)/gu,
      (m, month: string, day: string, year: string) =>
        monthInAnyLanguage(month) ? `${day} de ${month} de ${year}` : m,
    )
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/\bof\s+(?=\d{4})/gi, '')
    .replace(/(\d)\s+of\s+(?=\p{Lu})/gu, '$1 ');
  const numeric = NUMERIC.exec(phrase);
  if (numeric && !ISO_DAY.test(phrase)) return numericStamp(phrase, numeric, dayFirst);
  return wordStamp(phrase);
}

/** A Chinese or Japanese stamp, with the clock time after the date. */
function cjkStamp(text: string, cjk: RegExpExecArray): Stamp {
  const time = CJK_TIME.exec(text.slice(cjk.index + cjk[0].length));
  return {
    date: isoDate(cjk[1]!, Number(cjk[2]), Number(cjk[3])),
    time: time ? `${pad2(Number(time[1]))}:${time[2]}` : null,
    timezone: null,
  };
}

/** The hour of a twelve-hour clock on the twenty-four-hour one (`4:12 PM` is 16:12, `12:05 AM` is 00:05). */
function clockHour(hour: number, half: string | undefined): number {
  if (!half) return hour;
  if (/p/i.test(half)) return hour < 12 ? hour + 12 : hour;
  return hour === 12 ? 0 : hour;
}

/** A numeric stamp; null when the order of day and month cannot be told or the date is impossible. */
function numericStamp(phrase: string, numeric: RegExpExecArray, dayFirst: boolean): Stamp | null {
  const [a, b] = [Number(numeric[1]), Number(numeric[3])];
  // A number over 12 gives the order away; otherwise dotted dates are day first everywhere, and
  // slashed or dashed ones only when the caller knows.
  const dayFirstHere = a > 12 || (b <= 12 && (dayFirst || numeric[2] === '.'));
  if (!dayFirstHere && a <= 12 && b <= 12 && a !== b) return null;
  const [day, month] = dayFirstHere ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = NUMERIC_TIME.exec(phrase.slice(numeric.index + numeric[0].length));
  return {
    date: isoDate(numeric[4]!, month, day),
    time: time ? `${pad2(clockHour(Number(time[1]), time[3]))}:${time[2]}` : null,
    timezone: null,
  };
}

/** A stamp with a month name: English, then chrono's other locales, then the runtime's month names. */
function wordStamp(phrase: string): Stamp | null {
  let results = chrono.parse(phrase, new Date(Date.UTC(2000, 0, 1)));
  let full = results.find((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  // Other languages' month names ("18 février 2020", "15 апреля 2021"), from chrono's own locales.
  for (const locale of FOREIGN_LOCALES) {
    if (full || !/\p{L}/u.test(phrase)) break;
    results = locale.parse(phrase, new Date(Date.UTC(2000, 0, 1)));
    full = results.find((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  }
  // A month's name that names another month in another language (`21.lis 2024`) dates nothing on a page of unknown
  // language.
  if (full && [...full.text.matchAll(/\p{L}{3,}/gu)].some((w) => monthsNamedBy(w[0]).size > 1)) return null;
  if (!full) {
    // Month names chrono has no locale for (Arabic, Persian, Turkish…), from the runtime's own locale data.
    const f = readForeignDate(phrase, null);
    return f ? { date: isoDate(f.year!, f.month, f.day), time: null, timezone: null } : null;
  }
  const s = full.start;
  const timed = s.isCertain('hour')
    ? full
    : results.find((r) => r.start.isCertain('hour') && !r.start.isCertain('day'));
  const time = timed ? `${pad2(timed.start.get('hour')!)}:${pad2(timed.start.get('minute') ?? 0)}` : null;
  const zone = time ? ZONE.exec(phrase) : null;
  return {
    date: isoDate(s.get('year')!, s.get('month')!, s.get('day')!),
    time,
    timezone: zone ? zone[0].replace(/\s+/g, '') : null,
  };
}

/** The two days a numeric date such as `09/10/2022` can mean, earlier first; null when it can mean only one (or is no such date). */
export function ambiguousDay(text: string): [string, string] | null {
  const m = /(?:^|[^\d.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?!\d)/.exec(text);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[3]), m[4]!];
  if (a > 12 || b > 12 || a === b || a < 1 || b < 1) return null;
  const d1 = isoDate(y, b, a);
  const d2 = isoDate(y, a, b);
  return d1 < d2 ? [d1, d2] : [d2, d1];
}
