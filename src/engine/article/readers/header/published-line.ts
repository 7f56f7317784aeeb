/** The `Published:` line under the headline: the date, time and zone of publication. */
import { ambiguousDay, readStamp, type Stamp } from '../../../time/stamps.ts';
import { EN } from '../../furniture-words/en.ts';
import { alternationOf } from '../../furniture-words/index.ts';
import type { LineReader, ReadLine, Zone } from '../reader.ts';

// `Published:`, `Posted on`, `First published`: English's publication labels (other languages': `foreign-published.ts`).
const PUBLISHED = new RegExp(String.raw`^\s*${alternationOf(EN.published)}(?:\s+on)?\s*:?\s+(.+?)\s*$`, 'i');

// The time zones of the United States, and a numeric date that opens a field.
const US_ZONE = /\b(?:E|C|M|P|AK|H)[SD]?T\b/;
const NUMERIC_FIRST = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2,4})\b/;

/** Reads a `Published:` (or `Posted:`) line. Returns null when the line is not one; throws nothing. */
export function matchPublishedLine(line: string): { phrase: string; stamp: Stamp | null } | null {
  const m = PUBLISHED.exec(line);
  if (!m) return null;
  // The stamp is the first field that holds a date ("22.03.2022 - 10:30 | Updated: …", "by Admin | December 2, 2022");
  // numeric dates in it read day first unless a number over 12 says otherwise, or a zone of the United States, where
  // the month comes first, stands after it (`Posted: 1/9/24 4:12 PM CST` is 9 January).
  const stamp =
    m[1]!
      .split(/\s*\|\s*/)
      .map((f) => readStamp(US_ZONE.test(f) ? f.replace(NUMERIC_FIRST, '$3$2$1$2$4') : f, true))
      .find((x) => x) ?? null;
  return { phrase: m[1]!, stamp };
}

/** Takes each `Published:` line of the header; the first that dates the article is the publication line. */
export const publishedLineReader: LineReader<ReadLine, Zone> = (line, { found }) => {
  const published = matchPublishedLine(line.plain);
  if (!published) return null;
  // A date that reads two ways is kept with both its readings; one that cannot be read is warned about.
  const twoWays = published.stamp ? null : ambiguousDay(published.phrase);
  if (twoWays) found.ambiguous ??= { line: line.n, text: line.plain, days: twoWays };
  if (!published.stamp && !twoWays)
    found.warnings.push({
      line: line.n,
      message: `The “Published:” line “${published.phrase}” is not a date the parser can read; write it like “December 31, 2023 at 11:27 am EST”.`,
    });
  else found.publishedLine ??= { line: line.n, stamp: published.stamp, phrase: published.phrase };
  return 'published-line';
};
