/**
 * Calendar days written in figures, day first, in languages chrono has no parser for (`Senin (17/3/2025)`,
 * `17.03.2025 tarihinde`): every language the site reads but English writes the day first.
 */
import { isRealDate } from './calendar.ts';
import { overlapsAny } from './spans.ts';
import type { TemporalExpression } from './types.ts';

// The day, the month and a four-digit year, with one separator repeated; no figure or separator either side.
const NUMERIC_DAY = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-]|\.\d)/g;

const CLOCK_AFTER = /^[\s.,|–—-]*(?:\p{L}{1,6}\s+)?\d{1,2}[:.]\d{2}(?!\d)/u;

/** The day-first numeric dates in a sentence that no expression already found covers. */
export function numericDays(sentence: string, found: readonly TemporalExpression[]): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  for (const m of sentence.matchAll(NUMERIC_DAY)) {
    const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (!isRealDate(year, month, day) || overlapsAny(found, m.index, m[0].length)) continue;
    // A clock time after it (`objavljeno 17.05.2024. u 14:21`, `14/08/2023 13:21:40`): a page's stamp, not prose.
    if (CLOCK_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
    out.push({ kind: 'date', year, month, day, text: m[0], index: m.index, lead: null });
  }
  return out;
}
