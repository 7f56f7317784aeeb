/**
 * English month and weekday names, written once: taken from the runtime's own
 * locale data, which gives exactly the strings the site prints.
 *
 * Imported natively by the site's timeline pages (through the search-index integration), so this file imports nothing.
 */

function english(options: Intl.DateTimeFormatOptions, days: Date[]): readonly string[] {
  const names = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
  return days.map((d) => names.format(d));
}

// The middle of each month, and the week that begins on Sunday 1 March 2020, so index = getMonth() or getDay().
const MONTHS = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2020, m, 15)));
const WEEK = Array.from({ length: 7 }, (_, w) => new Date(Date.UTC(2020, 2, 1 + w)));

/** Month names, January first (index = `getMonth()`): `January` … `December`. */
export const MONTH_NAMES = english({ month: 'long' }, MONTHS);

/** Three-letter month abbreviations, January first: `Jan` … `Dec`. */
export const MONTH_ABBREVIATIONS = english({ month: 'short' }, MONTHS);

/** Weekday names, Sunday first (index = `getDay()`): `Sunday` … `Saturday`. */
export const WEEKDAY_NAMES = english({ weekday: 'long' }, WEEK);

/** Three-letter weekday abbreviations, Sunday first: `Sun` … `Sat`. */
export const WEEKDAY_ABBREVIATIONS = english({ weekday: 'short' }, WEEK);

/**
 * A weekday as people write it, as the source of a regular expression: in full, cut to three letters, or to the
 * stem before "day" (`Mon`, `Tue`, `Tues`, `Wed`, `Wednes`, `Thurs`, `Saturday`…).
 */
export const WEEKDAY_PATTERN = `(?:${WEEKDAY_NAMES.map((full, i) => {
  const short = WEEKDAY_ABBREVIATIONS[i]!;
  const stem = full.slice(0, -'day'.length);
  return stem === short ? short : `${short}(?:${stem.slice(short.length)})?`;
}).join('|')})(?:day)?`;

/**
 * Month spellings beyond the full name and the three-letter abbreviation that
 * may still mean a month in a sentence: `sept`, as people abbreviate September.
 * `sepember` is not a spelling anyone uses: the hand-written pattern these names
 * replaced (`sept?(?:ember)?`) let it through, and it is kept so that exactly the
 * same sentences reach chrono-node.
 */
export const EXTRA_MONTH_SPELLINGS: readonly string[] = ['sept', 'sepember'];
