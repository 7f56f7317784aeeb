/** The day and month a dateline gives without a year (`Dec. 12`, `12 abr`). */
import * as chrono from 'chrono-node';
import { readForeignDate } from '../time/foreign.ts';

/** The day and month a dateline gives (`Dec. 12`, `12 abr`), or null when it does not give both for certain. */
export function datelineDayMonth(dateText: string): { month: number; day: number } | null {
  const [r] = chrono.parse(dateText, new Date(Date.UTC(2000, 0, 1)));
  if (r && r.start.isCertain('month') && r.start.isCertain('day'))
    return { month: r.start.get('month')!, day: r.start.get('day')! };
  // Other languages' month names and abbreviations (`12 abr`, `3 févr.`).
  const foreign = readForeignDate(dateText, null, true);
  return foreign ? { month: foreign.month, day: foreign.day } : null;
}
