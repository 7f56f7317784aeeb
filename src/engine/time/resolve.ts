/**
 * Resolving an expression to a window of days against the article's date, with
 * date-fns. One resolver per kind of expression: full dates, years, and months
 * or seasons given with their year need no article date; the rest count from it.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfWeek } from 'date-fns/endOfWeek';
import { parseISO } from 'date-fns/parseISO';
import { startOfWeek } from 'date-fns/startOfWeek';
import { calendarDay, isoDate, isoDay, isRealDate } from './calendar.ts';
import { monthInAnyLanguage } from './foreign-names.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from './names.ts';
import type { Direction, ResolvedWindow, Season, TemporalExpression, TemporalKind } from './types.ts';

/** The article's date, as resolvers count from it and name it. */
interface ArticleDay {
  /** The date, at local midnight. */
  date: Date;
  /** Its calendar year. */
  year: number;
  /** How a resolution names it: `in an article dated Sun 31 Dec 2023`. */
  words: string;
  /** The day alone: `Sun 31 Dec 2023`. */
  day: string;
}

/** Resolves one kind of expression; `article` is null when the article has no date. */
type Resolver = (expr: TemporalExpression, article: ArticleDay | null, dir: Direction) => ResolvedWindow | null;

// A record keyed by kind, so that no kind is left without a resolver.
const RESOLVERS: Record<TemporalKind, Resolver> = {
  date: statedDate,
  year: statedYear,
  month: resolveMonth,
  season: resolveSeason,
  'relative-day': relativeDay,
  weekday: resolveWeekday,
  'month-day': monthDay,
  'day-of-month': dayOfMonth,
  'relative-week': relativeWeek,
  'relative-month': relativeMonth,
  'relative-year': relativeYear,
};

/** How far after a full date a yearless day may follow and still take its year from it. */
const NARRATIVE_DAYS = 183;

const WHICH: Record<Direction, string> = { past: 'most recent', future: 'next', nearest: 'nearest' };

/**
 * The plain sentence, up to its value, for an expression the tense places:
 * `The article, dated Mon 11 Dec 2023, tells “in June” in the past tense with no year, so it means the most recent June`.
 */
function toldAs(article: ArticleDay, expr: TemporalExpression, dir: Direction, noun: string, yearless = true): string {
  // `nearest` comes from a deadline, a present tense or `this`: no tense to name, so the sentence names none.
  const told = dir === 'nearest' ? `gives ${quote(expr)}` : `tells ${quote(expr)} in the ${dir} tense`;
  return `The article, dated ${article.day}, ${told}${yearless ? ' with no year' : ''}, so it means the ${WHICH[dir]} ${noun}`;
}

/** Resolves an expression against a reference date (the article's date); null when it needs one and there is none. */
export function resolveExpression(
  expr: TemporalExpression,
  reference: string | null,
  tenseDirection: Direction,
): ResolvedWindow | null {
  const article = reference ? articleDay(reference) : null;
  const window = RESOLVERS[expr.kind](expr, article, expr.direction ?? tenseDirection);
  if (!window || !expr.openEnd) return window;
  return {
    ...window,
    resolution: `${window.resolution.replace(/\.$/, '')}, a start with no end.`,
  };
}

// The words that join the first day of a span to its last (`du 1er janvier au 31 mars 2024`, `between 1 January and
// 31 March 2024`, `vom 1. Januar bis 31. März 2024`, `с 8 по 20 января 2024`).
const SPAN_JOIN =
  /^\s*(?:[-–—]|to|and|until|till|through|au|et(?: le)?|jusqu'(?:au|à)|bis(?: zum)?|und|al|y(?: el)?|hasta(?: el)?|a|e|ao|até|tot(?: en met)?|en|по|до|и|do|i|til|och|ve|ile)\s*$/iu;

/**
 * A yearless first day of a span whose last day gives the year (`entre le 1er janvier et le 31 mars 2024`): that
 * year, or the one before when the first day falls after the last. Null when no such span holds it.
 */
export function spanStart(
  expr: TemporalExpression,
  sentence: string,
  next: TemporalExpression | undefined,
): ResolvedWindow | null {
  if (expr.kind !== 'month-day') return null;
  // The span read as one expression (`1er janvier au 31 mars 2024`), or as two joined by a span's word.
  const own = /(?<!\d)((?:19|20)\d\d)\s*$/.exec(expr.text);
  const joined =
    next?.kind === 'date' && SPAN_JOIN.test(sentence.slice(expr.index + expr.text.length, next.index)) ? next : null;
  const endYear = own ? Number(own[1]) : joined?.year;
  if (!endYear) return null;
  // The last day's month, where the span was read as one expression: the name before its year.
  const lastMonth = /(\p{L}+)\.?\s+(?:de\s+)?(?:19|20)\d\d\s*$/u.exec(expr.text)?.[1];
  const endMonth = own ? ((lastMonth ? monthInAnyLanguage(lastMonth) : undefined) ?? 12) : joined!.month!;
  const year = expr.month! > endMonth ? endYear - 1 : endYear;
  if (!isRealDate(year, expr.month!, expr.day!)) return null;
  const end = own ? own[1]! : joined!.text;
  return dayWindow(
    calendarDay(year, expr.month!, expr.day!),
    `“${expr.text}” opens a span whose end, “${end}”, gives the year: ${isoDate(year, expr.month!, expr.day!)}.`,
  );
}

/** A yearless day in an article of unknown date, placed by the full date the text gave last before it. */
export function anchorMonthDay(
  expr: TemporalExpression,
  anchor: { date: string; text: string } | null,
): ResolvedWindow | null {
  if (expr.kind !== 'month-day' || !anchor) return null;
  const [y] = anchor.date.split('-').map(Number) as [number];
  // It takes that date's year, or the next, when it then falls within half a year after that date.
  for (const year of [y, y + 1]) {
    if (!isRealDate(year, expr.month!, expr.day!)) continue;
    const d = calendarDay(year, expr.month!, expr.day!);
    const gap = differenceInCalendarDays(d, parseISO(anchor.date));
    if (gap >= 0 && gap <= NARRATIVE_DAYS)
      return dayWindow(
        d,
        `The article has no date, so “${expr.text}” takes its year from “${anchor.text}”, given just before it in the text: ${isoDay(d)}.`,
      );
  }
  return null;
}

function articleDay(reference: string): ArticleDay {
  const date = parseISO(reference);
  return { date, year: date.getFullYear(), words: `in an article dated ${dayInWords(date)}`, day: dayInWords(date) };
}

const quote = (expr: TemporalExpression) => `“${expr.text}”`;

/** `Sun 31 Dec 2023`. */
const dayInWords = (d: Date) =>
  `${WEEKDAY_ABBREVIATIONS[d.getDay()]} ${d.getDate()} ${MONTH_ABBREVIATIONS[d.getMonth()]} ${d.getFullYear()}`;

/** `December 2023`, the year written with four digits. */
const monthInWords = (d: Date) => `${MONTH_NAMES[d.getMonth()]} ${String(d.getFullYear()).padStart(4, '0')}`;

function dayWindow(d: Date, resolution: string): ResolvedWindow {
  return { start: isoDay(d), end: isoDay(d), precision: 'day', resolution };
}

function monthWindow(first: Date, resolution: string): ResolvedWindow {
  return { start: isoDay(first), end: isoDay(endOfMonth(first)), precision: 'month', resolution };
}

function yearWindow(year: number, resolution: string): ResolvedWindow {
  return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31), precision: 'year', resolution };
}

function seasonWindow(season: Season, year: number): [Date, Date] {
  const startMonth = { spring: 3, summer: 6, autumn: 9, winter: 12 }[season];
  const start = calendarDay(year, startMonth, 1);
  return [start, endOfMonth(addMonths(start, 2))];
}

/** The candidate `score` puts nearest in the direction: score is signed days from the reference (negative = before). */
function pick<T>(candidates: T[], score: (c: T) => number, dir: Direction): T | undefined {
  if (dir === 'past') return candidates.filter((c) => score(c) <= 0).sort((a, b) => score(b) - score(a))[0];
  if (dir === 'future') return candidates.filter((c) => score(c) >= 0).sort((a, b) => score(a) - score(b))[0];
  return [...candidates].sort((a, b) => Math.abs(score(a)) - Math.abs(score(b)))[0];
}

function statedDate(expr: TemporalExpression): ResolvedWindow {
  return dayWindow(calendarDay(expr.year!, expr.month!, expr.day!), `${quote(expr)} is a date stated in full.`);
}

function statedYear(expr: TemporalExpression): ResolvedWindow {
  return yearWindow(expr.year!, `${quote(expr)} is a year stated in full.`);
}

function resolveMonth(expr: TemporalExpression, article: ArticleDay | null, dir: Direction): ResolvedWindow | null {
  if (expr.year !== undefined)
    return monthWindow(calendarDay(expr.year, expr.month!, 1), `${quote(expr)} is a month stated with its year.`);
  if (!article) return null;
  if (expr.yearOffset !== undefined) {
    const s = calendarDay(article.year + expr.yearOffset, expr.month!, 1);
    return monthWindow(s, `${quote(expr)} ${article.words} means ${monthInWords(s)}.`);
  }
  const ref = article.date;
  const candidates = [article.year - 1, article.year, article.year + 1].map((y) => calendarDay(y, expr.month!, 1));
  // The month the article is dated in counts both as past and as future.
  const distance = (c: Date) => {
    const toStart = differenceInCalendarDays(c, ref);
    const toEnd = differenceInCalendarDays(endOfMonth(c), ref);
    return toStart <= 0 && toEnd >= 0 ? 0 : toStart > 0 ? toStart : toEnd;
  };
  // Three years of one month always hold one on each side of the article's day.
  const s = pick(candidates, distance, dir)!;
  return monthWindow(s, `${toldAs(article, expr, dir, MONTH_NAMES[expr.month! - 1]!)}: ${monthInWords(s)}.`);
}

function resolveSeason(expr: TemporalExpression, article: ArticleDay | null, dir: Direction): ResolvedWindow | null {
  const season = expr.season!;
  if (expr.year !== undefined) {
    const [s, e] = seasonWindow(season, expr.year);
    return {
      start: isoDay(s),
      end: isoDay(e),
      precision: 'season',
      resolution: `${quote(expr)} is a season stated with its year (northern meteorological ${season}: ${MONTH_NAMES[s.getMonth()]}–${monthInWords(e)}).`,
    };
  }
  if (!article) return null;
  if (expr.yearOffset !== undefined) {
    const [s, e] = seasonWindow(season, article.year + expr.yearOffset);
    const span = `${MONTH_NAMES[s.getMonth()]}–${monthInWords(e)}`;
    return {
      start: isoDay(s),
      end: isoDay(e),
      precision: 'season',
      resolution: `${quote(expr)} ${article.words} means ${span}.`,
    };
  }
  const windows = [-2, -1, 0, 1].map((k) => seasonWindow(season, article.year + k));
  const [s, e] =
    expr.offset !== undefined
      ? countedSeason(windows, article.date, expr.offset)
      : seasonInDirection(windows, article.date, dir);
  const how =
    expr.offset !== undefined
      ? `The article, dated ${article.day}, counts ${quote(expr)} from its date, so it means`
      : `${toldAs(article, expr, dir, season)}:`;
  return {
    start: isoDay(s),
    end: isoDay(e),
    precision: 'season',
    resolution: `${how} ${MONTH_NAMES[s.getMonth()]}–${monthInWords(e)} (northern meteorological ${season}).`,
  };
}

/**
 * "last summer": the latest one over; "next summer": the first to come; "this summer": the one under
 * way, else the one of this calendar year (for winter, the one that ends this year or starts in it).
 */
function countedSeason(windows: Array<[Date, Date]>, ref: Date, offset: number): [Date, Date] {
  const over = windows.filter(([, e]) => differenceInCalendarDays(e, ref) < 0);
  const ahead = windows.filter(([s]) => differenceInCalendarDays(s, ref) > 0);
  const during = windows.find(
    ([s, e]) => differenceInCalendarDays(s, ref) <= 0 && differenceInCalendarDays(e, ref) >= 0,
  );
  // Outside the season, "this winter" is the nearer one: just over, or about to come.
  const gap = ([s, e]: [Date, Date]) =>
    Math.min(Math.abs(differenceInCalendarDays(s, ref)), Math.abs(differenceInCalendarDays(e, ref)));
  const thisYear = [...windows].sort((a, b) => gap(a) - gap(b))[0];
  if (offset < 0) return over.at(-1)!;
  if (offset > 0) return during ? ahead[0]! : (ahead.find((x) => x !== thisYear) ?? ahead[0]!);
  return during ?? thisYear!;
}

/** A season without a year or a "last"/"next": the one the tense points to. */
function seasonInDirection(windows: Array<[Date, Date]>, ref: Date, dir: Direction): [Date, Date] {
  if (dir === 'future') return windows.find(([, e]) => differenceInCalendarDays(e, ref) >= 0)!;
  if (dir === 'past') return windows.filter(([s]) => differenceInCalendarDays(s, ref) <= 0).at(-1)!;
  return pick(windows, ([s]) => differenceInCalendarDays(s, ref), 'nearest')!;
}

function relativeDay(expr: TemporalExpression, article: ArticleDay | null): ResolvedWindow | null {
  if (!article) return null;
  const d = addDays(article.date, expr.offset!);
  const rel = expr.offset === 0 ? 'that same day' : expr.offset! < 0 ? 'the day before' : 'the day after';
  return dayWindow(d, `${quote(expr)} ${article.words} means ${rel}, ${isoDay(d)}.`);
}

/** How far from the article's date a weekday with its day of the month is looked for: a month and a half either way. */
const PINNED_DAYS = 45;

function resolveWeekday(expr: TemporalExpression, article: ArticleDay | null, dir: Direction): ResolvedWindow | null {
  if (!article) return null;
  const ref = article.date;
  // That weekday of the week before or after the article's (`nächste Woche am Mittwoch`); weeks start on Monday.
  if (expr.offset !== undefined) {
    const d = addDays(ref, 7 * expr.offset - ((ref.getDay() + 6) % 7) + ((expr.weekday! + 6) % 7));
    const week = expr.offset < 0 ? 'the week before' : 'the week after';
    return dayWindow(
      d,
      `${quote(expr)} ${article.words} means the ${WEEKDAY_NAMES[expr.weekday!]} of ${week}, ${isoDay(d)}.`,
    );
  }
  // A weekday with its day of the month (`neste sábado (7)`, `domingo, dia 19`): the nearest day that is both.
  if (expr.day !== undefined) {
    const both = Array.from({ length: 2 * PINNED_DAYS + 1 }, (_, i) => addDays(ref, i - PINNED_DAYS)).filter(
      (d) => d.getDay() === expr.weekday && d.getDate() === expr.day,
    );
    const d = both.sort(
      (a, b) => Math.abs(differenceInCalendarDays(a, ref)) - Math.abs(differenceInCalendarDays(b, ref)),
    )[0];
    return d
      ? dayWindow(
          d,
          `${quote(expr)} ${article.words} names a ${WEEKDAY_NAMES[expr.weekday!]} the ${expr.day}th: the nearest such day, ${isoDay(d)}.`,
        )
      : null;
  }
  // The most recent such weekday (the reference day counts), or the next one.
  const back = (ref.getDay() - expr.weekday! + 7) % 7;
  const d = addDays(ref, dir === 'past' ? -back : (expr.weekday! - ref.getDay() + 7) % 7);
  const same = differenceInCalendarDays(d, ref) === 0 ? 'that same day, ' : '';
  const told = toldAs(article, expr, dir === 'nearest' ? 'future' : dir, WEEKDAY_NAMES[expr.weekday!]!, false);
  return dayWindow(d, `${told}: ${same}${isoDay(d)}.`);
}

function monthDay(expr: TemporalExpression, article: ArticleDay | null, dir: Direction): ResolvedWindow | null {
  if (!article) return null;
  const { year } = article;
  if (expr.yearOffset !== undefined && isRealDate(year + expr.yearOffset, expr.month!, expr.day!)) {
    const d = calendarDay(year + expr.yearOffset, expr.month!, expr.day!);
    return dayWindow(d, `${quote(expr)} ${article.words} means ${isoDay(d)}.`);
  }
  const candidates = [year - 1, year, year + 1]
    .filter((y) => isRealDate(y, expr.month!, expr.day!))
    .map((y) => calendarDay(y, expr.month!, expr.day!));
  // Its weekday written beside it (`zondag 20 oktober`) tells the year: the nearest year in which it falls so.
  const weekdayYear = candidates
    .filter((c) => expr.weekday !== undefined && c.getDay() === expr.weekday)
    .sort(
      (a, b) =>
        Math.abs(differenceInCalendarDays(a, article.date)) - Math.abs(differenceInCalendarDays(b, article.date)),
    )[0];
  if (weekdayYear)
    return dayWindow(
      weekdayYear,
      `${quote(expr)} ${article.words} names a ${WEEKDAY_NAMES[expr.weekday!]}: the nearest year in which ${MONTH_NAMES[expr.month! - 1]} ${expr.day} falls on one, ${isoDay(weekdayYear)}.`,
    );
  const d = pick(candidates, (c) => differenceInCalendarDays(c, article.date), dir);
  // "29 February" told as still to come, in a year after which no leap day is near: no such day.
  if (!d) return null;
  return dayWindow(d, `${toldAs(article, expr, dir, `${MONTH_NAMES[expr.month! - 1]} ${expr.day}`)}: ${isoDay(d)}.`);
}

function dayOfMonth(expr: TemporalExpression, article: ArticleDay | null, dir: Direction): ResolvedWindow | null {
  if (!article) return null;
  // "18日": a day of the article's month, or of the month before or after, as the tense points.
  const candidates = [-1, 0, 1]
    .map((k) => addMonths(calendarDay(article.year, article.date.getMonth() + 1, 1), k))
    .filter((m) => isRealDate(m.getFullYear(), m.getMonth() + 1, expr.day!))
    .map((m) => calendarDay(m.getFullYear(), m.getMonth() + 1, expr.day!));
  const d = pick(candidates, (c) => differenceInCalendarDays(c, article.date), dir);
  if (!d) return null;
  return dayWindow(d, `${toldAs(article, expr, dir, `day ${expr.day} of a month`)}: ${isoDay(d)}.`);
}

function relativeWeek(expr: TemporalExpression, article: ArticleDay | null): ResolvedWindow | null {
  if (!article) return null;
  const s = addWeeks(startOfWeek(article.date, { weekStartsOn: 1 }), expr.offset!);
  const e = endOfWeek(s, { weekStartsOn: 1 });
  const rel = expr.offset === 0 ? 'the same week' : expr.offset! < 0 ? 'the week before' : 'the week after';
  return {
    start: isoDay(s),
    end: isoDay(e),
    precision: 'week',
    resolution: `${quote(expr)} ${article.words} means ${rel}, ${dayInWords(s)} – ${dayInWords(e)} (weeks start on Monday).`,
  };
}

function relativeMonth(expr: TemporalExpression, article: ArticleDay | null): ResolvedWindow | null {
  if (!article) return null;
  const s = addMonths(calendarDay(article.year, article.date.getMonth() + 1, 1), expr.offset!);
  return monthWindow(s, `${quote(expr)} ${article.words} means ${monthInWords(s)}.`);
}

function relativeYear(expr: TemporalExpression, article: ArticleDay | null): ResolvedWindow | null {
  if (!article) return null;
  const y = article.year + expr.offset!;
  return yearWindow(y, `${quote(expr)} ${article.words} means ${y}.`);
}
