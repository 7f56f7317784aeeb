/**
 * Calendar days as the records write them (`2023-12-31`), and the checks on them.
 * Written by hand: these run for every expression, and date-fns' format is many times slower.
 *
 * Imported natively by the site's date formatting (through the search-index integration), so this file imports nothing.
 */

/** A number written with at least two digits (`7` → `07`), as dates and clock times write months, days and hours. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A calendar day written YYYY-MM-DD from its year, month (1–12) and day; the year is written as given. */
export function isoDate(year: number | string, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The local calendar day of a Date, written YYYY-MM-DD. */
export function isoDay(d: Date): string {
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** The Date at local midnight of a calendar day (month 1–12), the way date-fns' parseISO reads `YYYY-MM-DD`. */
export function calendarDay(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day);
}

/** True when y-m-d is a real calendar date. */
export function isRealDate(y: number, m: number, d: number): boolean {
  const dt = calendarDay(y, m, d);
  return dt.getFullYear() === y && dt.getMonth() === m - 1 && dt.getDate() === d;
}

/** How many days a month (1–12) of a year has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
