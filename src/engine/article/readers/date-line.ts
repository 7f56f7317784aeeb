/**
 * The date line: a seed's leading `date 2023-12-11` line, which may name the language (`date 2021-03-04 fr French`).
 * Not to be confused with a wire dateline (`lede/dateline.ts`).
 */
import { SeedError } from '../../read/errors.ts';
import { isRealDate } from '../../time/calendar.ts';
import type { FirstLineZone, PartReader } from './reader.ts';

/** A leading `date YYYY-MM-DD [code Language]` line. */
export interface DateLine {
  /** The date as written. */
  date: string;
  /** Year, month and day. */
  parts: [number, number, number];
  /** The language pair, when the line gives one and it is a real language. */
  language: { code: string; name: string } | null;
  /** How many characters of the line the date line takes; the rest is body text. */
  length: number;
}

// Without a fallback, an unknown code has no name, so a word pair that is no language is never taken for one.
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Reads a leading date line; any text after it on the same line is body text. */
export function matchDateLine(line: string): DateLine | null {
  const m = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  if (!m) return null;
  let length = m[0].length;
  let language: DateLine['language'] = null;
  const lang = /^\s+([a-z]{2,3}(?:-[A-Z]{2})?)\s+(\p{Lu}\p{Ll}+)(?=\s|$)/u.exec(line.slice(length));
  if (lang && LANGUAGE_NAMES.of(lang[1]!)?.toLowerCase() === lang[2]!.toLowerCase()) {
    language = { code: lang[1]!, name: lang[2]! };
    length += lang[0].length;
  }
  return {
    date: `${m[1]}-${m[2]}-${m[3]}`,
    parts: [Number(m[1]), Number(m[2]), Number(m[3])],
    language,
    length,
  };
}

/** Takes the date line off the head of the first line; a date that is no calendar date stops the seed. */
export const dateLineReader: PartReader<FirstLineZone> = (line, zone) => {
  const dateLine = matchDateLine(line.text);
  if (!dateLine) return null;
  const [y, m, d] = dateLine.parts;
  if (!isRealDate(y, m, d))
    throw new SeedError(
      zone.file,
      line.n,
      `states the date ${dateLine.date}, which is not a calendar date.`,
      'correct the date on the `date YYYY-MM-DD` line.',
    );
  zone.found.dateLine = { date: dateLine.date, line: line.n, language: dateLine.language };
  return { kind: 'date-line', text: line.text.slice(0, dateLine.length), rest: line.text.slice(dateLine.length) };
};
