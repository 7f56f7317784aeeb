/** The records the time stage passes between its steps: expressions as found, and the windows they resolve to. */
import type { DatePrecision } from '../schema/dates.ts';

/** The shapes of temporal expression the resolver knows. */
export type TemporalKind =
  | 'date'
  | 'month-day'
  | 'month'
  | 'weekday'
  | 'relative-day'
  | 'relative-week'
  | 'relative-month'
  | 'relative-year'
  | 'year'
  | 'season'
  | 'day-of-month';

/** A season of the (northern, meteorological) year. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Which way an incomplete expression points from the article's date. */
export type Direction = 'past' | 'future' | 'nearest';

/** The tense of the verb that governs a date, when the sentence gives one. */
export type Tense = 'past' | 'future';

/** A temporal expression found in a sentence, before resolution. */
export interface TemporalExpression {
  /** The expression as written (`on Sunday`, `last week`, `December 31, 2023`). */
  text: string;
  /** Offset of the expression in the sentence. */
  index: number;
  /** Its shape. */
  kind: TemporalKind;
  /** Calendar year, when written. */
  year?: number;
  /** Month 1–12, when written. */
  month?: number;
  /** Day of month, when written. */
  day?: number;
  /** Day of week, 0 = Sunday. */
  weekday?: number;
  /** Season name. */
  season?: Season;
  /** For relative expressions: -1 last, 0 this, +1 next (days for relative-day). */
  offset?: number;
  /** The word that introduces it (`by`, `since`, `as of`), lowercase, or null. */
  lead: string | null;
  /** For a month named with a relative year (`June this year`): -1 last year, 0 this year, +1 next year. */
  yearOffset?: number;
  /** A direction the words themselves give (`the past month of June`), overriding the tense. */
  direction?: Direction;
  /** True when the expression gives only a start (`after January 1`): the window runs on from it. */
  openEnd?: boolean;
}

/** A resolved date window. */
export interface ResolvedWindow {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
  /** How finely the window is known. */
  precision: DatePrecision;
  /** How the expression was resolved, in words. */
  resolution: string;
}
