/** How dates and windows are written on the site. */
// One module per function: importing the date-fns barrel makes Node resolve every one of its modules.
import { format } from 'date-fns/format';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { parseISO } from 'date-fns/parseISO';
import type { DatePrecision } from '../engine/schema/dates.ts';
import { pad2 } from '../engine/time/calendar.ts';

// Pages write the same few dates thousands of times (every citation dates its article), and
// date-fns' format() is slow next to a Map lookup: each result is kept, keyed by its arguments.
const written = new Map<string, string>();
function memo(key: string, write: () => string): string {
  let out = written.get(key);
  if (out === undefined) written.set(key, (out = write()));
  return out;
}

/** A date window written at its precision: `31 Dec 2023`, `Week of 4 Dec 2023`, `June 2023`, `Summer 2023`, `2013`. */
export function formatWindow(start: string, end: string, precision: DatePrecision): string {
  return memo(`w ${start} ${end} ${precision}`, () => writeWindow(start, end, precision));
}

function writeWindow(start: string, end: string, precision: DatePrecision): string {
  const s = parseISO(start);
  switch (precision) {
    case 'day':
      return format(s, 'd MMM yyyy');
    case 'week':
      return `Week of ${format(s, 'd MMM yyyy')}`;
    case 'month':
      return format(s, 'MMMM yyyy');
    case 'season': {
      const name = { 2: 'Spring', 5: 'Summer', 8: 'Autumn', 11: 'Winter' }[s.getMonth()] ?? 'Season';
      return `${name} ${format(s, 'yyyy')} (${format(s, 'MMM')}–${format(parseISO(end), 'MMM yyyy')})`;
    }
    case 'year':
      return format(s, 'yyyy');
  }
}

/** A valid HTML `datetime` value for a window at its precision (`2023-12-31`, `2023-W49`, `2023-06`, `2013`). */
export function machineWindow(start: string, precision: DatePrecision): string {
  const s = parseISO(start);
  switch (precision) {
    case 'day':
      return start;
    case 'week':
      return `${getISOWeekYear(s)}-W${pad2(getISOWeek(s))}`;
    case 'month':
    case 'season':
      return start.slice(0, 7);
    case 'year':
      return start.slice(0, 4);
  }
}

/** A window that gives only its start (`after January 1`): `From 1 Jan 2024`. */
export function formatOpenWindow(start: string, precision: DatePrecision): string {
  return `From ${formatWindow(start, start, precision)}`;
}

/** What is known of a publication date that is not a day: `On or after 11 Dec 2023`, `Between 1 and 9 Apr 2026`. */
export function formatPublicationWindow(earliest: string | null, latest: string | null): string | null {
  if (earliest && latest) return `Between ${formatShortDate(earliest)} and ${formatShortDate(latest)}`;
  if (earliest) return `On or after ${formatShortDate(earliest)}`;
  if (latest) return `On or before ${formatShortDate(latest)}`;
  return null;
}

/** A calendar date for reading: `Sunday 31 December 2023`. */
export function formatLongDate(date: string): string {
  return memo(`l ${date}`, () => format(parseISO(date), 'EEEE d MMMM yyyy'));
}

/** A calendar date, short: `31 Dec 2023`. */
export function formatShortDate(date: string): string {
  return memo(`s ${date}`, () => format(parseISO(date), 'd MMM yyyy'));
}

const NUMBERS = new Intl.NumberFormat('en-GB');

/** A number for reading, grouped in thousands: `5,000`, `10,500`. */
export function formatNumber(n: number): string {
  return NUMBERS.format(n);
}
