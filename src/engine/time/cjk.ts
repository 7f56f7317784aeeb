/**
 * Chinese and Japanese dates: 2019年, 7月, 18日, 去年/明年/今年 (last/next/this year), 上个月/今月… (months),
 * 上周/先週… (weeks). Written without spaces, so read by pattern rather than by word.
 */
import { byPosition } from './spans.ts';
import type { Direction, TemporalExpression } from './types.ts';

// A day needs 日 or 号 right after its digits, so a count of days such as "3天" is not read as one.
const CJK_DATE =
  /(?:于|於|在|自|从|從)?(?:(\d{4})年|(今年|去年|明年|前年|来年|昨年|本年))?(?:(\d{1,2})月)?(?:(\d{1,2})[日号])?/gu;
const CJK_RELATIVE_UNIT: Array<[RegExp, TemporalExpression['kind'], number]> = [
  [/上个月|上月|先月/u, 'relative-month', -1],
  [/下个月|下月|来月/u, 'relative-month', 1],
  [/本月|这个月|今月/u, 'relative-month', 0],
  [/上周|上星期|先週/u, 'relative-week', -1],
  [/下周|下星期|来週/u, 'relative-week', 1],
  [/本周|这周|今週/u, 'relative-week', 0],
];
// Commas and full stops that end a clause.
const CLAUSE_MARKS = ['，', '。', '、', '；'];
const CJK_FUTURE = /将|預定|预定|预计|計画|计划|拟|予定|方針|見通し|还将|還將|即将/u;
const CJK_YEAR_OFFSET: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 昨年: -1, 前年: -2, 明年: 1, 来年: 1 };

/** Finds the dates in a Chinese or Japanese sentence, in order of appearance. */
export function findCjkExpressions(sentence: string): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  for (const m of sentence.matchAll(CJK_DATE)) {
    const [text, year, rel, month, day] = m;
    if (!text || (!year && !rel && !month && !day)) continue;
    const direction = cjkDirection(sentence, m.index, text);
    const base = { text, index: m.index, lead: null, ...(direction ? { direction } : {}) };
    const date = cjkDate(base, year, rel, month, day);
    if (date) out.push(date);
  }
  for (const [re, kind, offset] of CJK_RELATIVE_UNIT) {
    const m = re.exec(sentence);
    if (m) out.push({ kind, offset, text: m[0], index: m.index, lead: null });
  }
  return out.sort(byPosition);
}

/** 'future' when a future marker stands in the clause of the date at `index` (or just after it). */
function cjkDirection(sentence: string, index: number, text: string): Direction | undefined {
  const clauseStart = Math.max(0, ...CLAUSE_MARKS.map((c) => sentence.lastIndexOf(c, index)));
  return CJK_FUTURE.test(sentence.slice(clauseStart, index + text.length + 8)) ? 'future' : undefined;
}

/** The expression for the parts a date gives: the fullest kind they make; null when they make none. */
function cjkDate(
  base: Pick<TemporalExpression, 'text' | 'index' | 'lead' | 'direction'>,
  year: string | undefined,
  rel: string | undefined,
  month: string | undefined,
  day: string | undefined,
): TemporalExpression | null {
  const yearOffset = rel ? CJK_YEAR_OFFSET[rel] : undefined;
  const relativeYear = yearOffset !== undefined ? { yearOffset } : {};
  if (year && month && day)
    return { ...base, kind: 'date', year: Number(year), month: Number(month), day: Number(day) };
  if (year && month) return { ...base, kind: 'month', year: Number(year), month: Number(month) };
  if (year) return { ...base, kind: 'year', year: Number(year) };
  if (month && day) return { ...base, kind: 'month-day', month: Number(month), day: Number(day), ...relativeYear };
  if (month) return { ...base, kind: 'month', month: Number(month), ...relativeYear };
  if (day) return { ...base, kind: 'day-of-month', day: Number(day) };
  return yearOffset !== undefined ? { ...base, kind: 'relative-year', offset: yearOffset } : null;
}
