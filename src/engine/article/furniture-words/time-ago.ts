/**
 * Stamps that tell only how long ago a page was posted or updated (`2 hours ago`, `il y a 3 jours`, `vor 2 Tagen`,
 * `36 minuten geleden`, `منذ ساعتين`), in every language with a furniture table. The phrases come from the runtime's
 * locale data (`Intl.RelativeTimeFormat`), not from typed lists; such a stamp dates nothing, so it is furniture.
 */
import { alternationOf, FURNITURE_WORDS, wordPattern } from './index.ts';

const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month'] as const;
// Counts that bring out each plural form a language has (one, two, few, many, other).
const COUNTS = [1, 2, 3, 5, 11, 21, 100];
const NUMBER = '\u0000';

/** Each language's "… ago" phrases with the count left open. */
function phrases(): string[] {
  const all = new Set<string>();
  for (const code of Object.keys(FURNITURE_WORDS))
    for (const style of ['long', 'short', 'narrow'] as const) {
      const format = new Intl.RelativeTimeFormat(`${code}-u-nu-latn`, { numeric: 'always', style });
      for (const unit of UNITS)
        for (const n of COUNTS) {
          const text = format.format(-n, unit).toLowerCase().replace(/\s+/g, ' ').replace(/\d+/g, NUMBER);
          all.add(text);
          // Arabic pages also say "since" for "ago" (`منذ ساعتين`).
          if (code === 'ar') all.add(text.replace('قبل', 'منذ'));
        }
    }
  return [...all];
}

/** Each language's words for yesterday and today (`gestern`, `hier`, `ayer`, `اليوم`). */
function dayWords(): string[] {
  const all = new Set<string>();
  for (const code of Object.keys(FURNITURE_WORDS)) {
    const format = new Intl.RelativeTimeFormat(code, { numeric: 'auto' });
    for (const n of [-1, 0]) all.add(format.format(n, 'day').toLowerCase().replace(/\s+/g, ' '));
  }
  return [...all];
}

let pattern: RegExp | null = null;
let dayPattern: RegExp | null = null;

/** True for a stamp that gives yesterday or today and a clock time (`Gestern, 17:45 Uhr`, `gisteren om 18.04 uur`). */
export function isDayWordStamp(line: string): boolean {
  const t = line.trim();
  if (t.length > 80) return false;
  dayPattern ??= new RegExp(
    String.raw`^(?:${wordPattern('updated')}\s*:?\s*)?${alternationOf(dayWords())}\s*,?\s*(?:${wordPattern('atTime')}\s*)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|uur|h|hrs))?(?:\s*[·|•]\s*.{0,50})?$`,
    'iu',
  );
  return dayPattern.test(t);
}

/** True when the whole line is a time-ago stamp, maybe after an update label (`Updated 2 hours ago`, `آخر تحديث: منذ ساعتين`). */
export function isTimeAgo(line: string): boolean {
  const t = line.trim();
  if (t.length > 80) return false;
  pattern ??= new RegExp(
    String.raw`^(?:(?:${wordPattern('updated')}|${wordPattern('published')}|posted)\s*:?\s*)?${alternationOf(phrases()).replaceAll(NUMBER, String.raw`\d{1,3}`)}\.?$`,
    'iu',
  );
  // `Posted 5h ago, updated 2h ago`: each field a time ago.
  return t.split(/\s*[,|·•]\s*/).every((field) => pattern!.test(field));
}
