/**
 * Publication dates the text does not state. What counts, strongest first:
 * a wire dateline's day and month with the year the text gives; a past
 * weekday together with an explicit date, told in the past, that falls on it;
 * another article of the same origin, or one that reports several of the same
 * facts and whose date a past weekday here agrees with; and, failing a day, the
 * window the text's own past and future events leave. Anything else is unknown.
 */
import { addDays } from 'date-fns/addDays';
import { parseISO } from 'date-fns/parseISO';
import { splitClauses } from '../text/clauses.ts';
import type { Passage } from './passages.ts';
import { datelineDayMonth } from './dateline-day.ts';
import { statementKind } from './statement-kinds.ts';
import type { Published } from '../schema/article.ts';
import { isoDay } from '../time/calendar.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../time/names.ts';
import { anchorMonthDay, resolveExpression } from '../time/resolve.ts';
import { sinceBefore } from '../time/present-tense.ts';
import { DEADLINE_LEAD, directionAt, tenseAround } from '../time/tense.ts';
import type { ResolvedWindow, TemporalExpression } from '../time/types.ts';

/** The clause of a sentence that holds the character at `index`, for quoting the evidence. */
const clauseAround = (sentence: string, index: number) =>
  splitClauses(sentence).find((c) => index >= c.start && index < c.end)?.text ?? sentence;

/** A weekday told in the past tense: the kind of expression that pins a report to a day. */
function pastWeekdays(passages: readonly Passage[]): Array<{ p: Passage; e: TemporalExpression }> {
  const out: Array<{ p: Passage; e: TemporalExpression }> = [];
  for (const p of passages)
    for (const e of p.expressions)
      if (e.kind === 'weekday' && directionAt(p.sentence, e) === 'past' && !recurring(p.sentence, e))
        out.push({ p, e });
  return out;
}

/** True for a weekday of a habit, not of one day: "every Tuesday and Thursday", "each Monday", "on Fridays". */
function recurring(sentence: string, e: TemporalExpression): boolean {
  const before = sentence.slice(Math.max(0, e.index - 30), e.index);
  return (
    /\b(?:every|each)\s+(?:\p{L}+\s+(?:and|or)\s+)?$/iu.test(before) ||
    /^\s*s\b/.test(sentence.slice(e.index + e.text.length))
  );
}

/** An explicit, absolute date window of the text, with the tense of the clause that gives it. */
interface DatedFact {
  /** The sentence. */
  p: Passage;
  /** The expression. */
  e: TemporalExpression;
  /** Its dates, resolved without the article's date. */
  window: ResolvedWindow;
  /** Whether it is told as past or future, or neither. */
  tense: 'past' | 'future' | 'other';
  /** The tense of the verb that governs it, deadlines included ("withdrew by December 31"). */
  verbTense: 'past' | 'future' | null;
  /** The sentence says the time did not come to pass, or may come ("had been due to open in June 2027"). */
  unreal: boolean;
}

const UNREAL: ReadonlySet<string> = new Set(['counterfactual', 'hypothetical', 'conditional']);

/** Every explicit date window of the text (a month-day takes its year from a full date told just before it). */
function absoluteFacts(passages: readonly Passage[]): DatedFact[] {
  const out: DatedFact[] = [];
  let anchor: { date: string; text: string } | null = null;
  for (const p of passages) {
    for (const e of p.expressions) {
      const dir = directionAt(p.sentence, e);
      const window: ResolvedWindow | null =
        resolveExpression(e, null, 'past') ?? (dir === 'past' ? anchorMonthDay(e, anchor) : null);
      if (e.kind === 'date' && window) anchor = { date: window.start, text: e.text };
      if (!window || e.openEnd) continue;
      const verbTense =
        e.direction === 'future' || e.direction === 'past' ? e.direction : tenseAround(p.sentence, e.index);
      // A deadline under a future verb ("must leave by 1 April 2025") bounds the date from above like any future event.
      // A time the sentence says did not come to pass or may come ("had been due to open in June 2027", "if it
      // opens in 2026") is neither before nor after the day it was written.
      const unreal = UNREAL.has(statementKind(p.sentence, e));
      // A start counted "since" (`the first full repainting since 1989`, `depuis 2011`) is a time gone by, whatever
      // the tense of the verb: it never bounds the day from above (nor, read on its own, from below).
      const since = e.lead === 'since' || sinceBefore(p.sentence.slice(0, e.index));
      const tense = unreal
        ? 'other'
        : since
          ? 'other'
          : dir === 'nearest'
            ? verbTense === 'future' && e.kind !== 'month-day'
              ? 'future'
              : 'other'
            : (verbTense ?? 'other');
      out.push({ p, e, window, tense, verbTense, unreal });
    }
  }
  return out;
}

/** Infers the date from a past weekday and an explicit date, told in the past, that falls on that weekday. */
export function inferFromWeekday(passages: readonly Passage[]): Published | null {
  const weekdays = pastWeekdays(passages);
  if (!weekdays.length) return null;
  // A date the text puts in the future cannot be the day a past-tense weekday happened.
  // A deadline counts only when a past verb governs it ("withdrew by the deadline of December 31").
  // A deadline ("by October 17") is a day the text looks toward, not one a weekday can name in the past.
  const explicit = absoluteFacts(passages).filter(
    (x) =>
      x.e.kind === 'date' &&
      !DEADLINE_LEAD.has(x.e.lead ?? '') &&
      (x.tense === 'past' || (x.tense === 'other' && x.verbTense === 'past')),
  );
  // Same sentence first, then anywhere in the text.
  const pairs = weekdays.flatMap((w) =>
    explicit.filter((x) => parseISO(x.window.start).getDay() === w.e.weekday).map((x) => ({ w, x, same: x.p === w.p })),
  );
  pairs.sort((a, b) => Number(b.same) - Number(a.same));
  const best = pairs[0];
  if (!best) return null;
  const { w, x } = best;
  const day = WEEKDAY_NAMES[w.e.weekday!];
  const date = x.window.start;
  const latest = isoDay(addDays(parseISO(date), WEEKDAY_REACH));
  return inferredWindow(
    date,
    latest,
    `The text states no date. It says “${clauseAround(w.p.sentence, w.e.index)}” and gives the date “${x.e.text}”, which was a ${day}; a report telling that ${day} as “${w.e.text}” appeared on one of the seven days from it, so between ${date} and ${latest}.`,
  );
}

/** Days after a weekday on which a report that names it bare ("on Tuesday", told in the past) may appear. */
export const WEEKDAY_REACH = 6;

/** A publication window inferred (not stated), with the reason and, when it rests on another article, that article. */
export function inferredWindow(
  earliest: string,
  latest: string,
  reason: string,
  corroboratedBy: string | null = null,
): Published {
  return {
    date: null,
    time: null,
    timezone: null,
    basis: 'inferred',
    line: null,
    corroboratedBy,
    earliest,
    latest,
    precision: 'window',
    reason,
  };
}

/**
 * An article whose only stamp is an update time was published that day or before. Its own text narrows that: a
 * dateline's day and month, on or before the update, is the day (a wire report is filed on its dateline's day);
 * else the latest event it tells in the past is the earliest day. Null when the text adds nothing.
 */
export function boundUpdateOnly(
  published: Published,
  passages: readonly Passage[],
  dateline: { text: string; line: number } | null,
  language: string | null = 'en',
): Published | null {
  // The English tense reader cannot read other languages' verbs; there a day told as done counts as past.
  const foreign = (language ?? 'en').split('-')[0] !== 'en';
  const toldInPast = (p: Passage, e: TemporalExpression) => {
    const dir = directionAt(p.sentence, e);
    return dir === 'past' || (foreign && dir === 'nearest' && statementKind(p.sentence, e, language) === 'happened');
  };
  const latest = published.latest!;
  const dayMonth = dateline ? datelineDayMonth(dateline.text) : null;
  if (dayMonth) {
    const y = Number(latest.slice(0, 4));
    const day = [y, y - 1]
      .map((year) => new Date(year, dayMonth.month - 1, dayMonth.day))
      .filter((d) => d.getMonth() === dayMonth.month - 1)
      .map(isoDay)
      .find((d) => d <= latest);
    if (day)
      return {
        ...published,
        date: day,
        earliest: day,
        latest: day,
        precision: 'day',
        reason: `${published.reason} The dateline on line ${dateline!.line} gives “${dateline!.text}” without a year: a wire report is filed on its dateline's day, here ${human(day)}, the last such day on or before the update.`,
      };
  }
  // A day and month told in the past ("acquitted him on April 22"): the last such day on or before the update, when
  // it falls within the month before it.
  const monthBefore = isoDay(addDays(parseISO(latest), -31));
  const told = passages
    .flatMap((p) =>
      p.expressions
        .filter((e) => e.kind === 'month-day' && toldInPast(p, e))
        .map((e) => ({ p, e, day: resolveExpression(e, latest, 'past')?.start ?? null })),
    )
    // Within the month before the update: a day a year back is more likely a day the text looks ahead to.
    .filter((x): x is typeof x & { day: string } => x.day !== null && x.day <= latest && x.day >= monthBefore)
    .sort((a, b) => b.day.localeCompare(a.day))[0];
  const events = boundFromEvents(passages);
  const fromEvents = events?.earliest && events.earliest <= latest ? events.earliest : null;
  const earliest = [told?.day ?? null, fromEvents]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  if (!earliest) return null;
  const oneDay = earliest === latest;
  const why =
    told && told.day === earliest
      ? `It tells “${clauseAround(told.p.sentence, told.e.index)}” (${told.e.text}) in the past, the last such day before the update being ${human(told.day)}, so it was published on or after that day.`
      : events!.reason
          .replace(/^The text states no date and no day can be inferred; /, 'And ')
          .replace(/; the earliest it tells in the future.*$/, '.');
  return {
    ...published,
    date: oneDay ? latest : null,
    earliest,
    precision: oneDay ? 'day' : 'window',
    reason: `${published.reason} ${why}`,
  };
}

/** A day as the reasons write it: `11 Dec 2023`. */
const human = (iso: string) => {
  const d = parseISO(iso);
  return `${d.getDate()} ${MONTH_ABBREVIATIONS[d.getMonth()]} ${d.getFullYear()}`;
};

/**
 * Bounds the date by the text's own events: a report is published on or after the
 * latest event it tells in the past, and on or before the earliest it tells in
 * the future. Null when no event bounds it, or when the bounds contradict.
 */
export function boundFromEvents(passages: readonly Passage[]): Published | null {
  const facts = absoluteFacts(passages);
  const past = facts.filter((f) => f.tense === 'past').sort((a, b) => b.window.start.localeCompare(a.window.start))[0];
  const future = facts.filter((f) => f.tense === 'future').sort((a, b) => a.window.end.localeCompare(b.window.end))[0];
  if (!past && !future) return null;
  const earliest = past?.window.start ?? null;
  const latest = future?.window.end ?? null;
  if (earliest && latest && earliest > latest) return null;
  const parts: string[] = [];
  if (past)
    parts.push(
      `the latest event it tells in the past is “${clauseAround(past.p.sentence, past.e.index)}” (${past.e.text}), so it was published on or after ${human(earliest!)}`,
    );
  if (future)
    parts.push(
      `the earliest it tells in the future is “${clauseAround(future.p.sentence, future.e.index)}” (${future.e.text}), so on or before ${human(latest!)}`,
    );
  const oneDay = earliest && latest && earliest === latest;
  return {
    date: oneDay ? earliest : null,
    time: null,
    timezone: null,
    basis: 'inferred',
    line: null,
    corroboratedBy: null,
    earliest,
    latest,
    precision: oneDay ? 'day' : earliest && latest ? 'window' : 'open',
    reason: `The text states no date and no day can be inferred; ${parts.join('; ')}.`,
  };
}

/**
 * A dateline's day and month narrow a window the text's events leave: the
 * article was published on the first such day on or after the window's start
 * (and on the last on or before its end, when it has one).
 */
export function narrowByDateline(window: Published, dateText: string, line: number): Published {
  const dayMonth = datelineDayMonth(dateText);
  if (!dayMonth || !window.earliest) return window;
  const { month, day } = dayMonth;
  const start = parseISO(window.earliest);
  let first: string | null = null;
  for (let y = start.getFullYear(); y <= start.getFullYear() + 1 && !first; y++) {
    const d = new Date(y, month - 1, day);
    if (d.getMonth() === month - 1 && isoDay(d) >= window.earliest) first = isoDay(d);
  }
  if (!first || (window.latest && first > window.latest)) return window;
  const nextYear = isoDay(new Date(Number(first.slice(0, 4)) + 1, month - 1, day));
  const single = window.latest !== null && nextYear > window.latest;
  return {
    ...window,
    date: single ? first : null,
    earliest: first,
    latest: single ? first : window.latest,
    precision: single ? 'day' : window.latest ? 'window' : 'open',
    reason: `${window.reason} The dateline on line ${line} gives “${dateText}” without a year, so the article was published on ${single ? '' : 'or after '}${human(first)}.`,
  };
}

/**
 * A dateline gives a day and a month but no year: the year is the one under which
 * the text's own dated events fit (nothing told in the past after it, nothing told
 * in the future before it) and that has an event within a year of the day.
 */
export function yearForDateline(dateText: string, line: number, passages: readonly Passage[]): Published | null {
  const dayMonth = datelineDayMonth(dateText);
  if (!dayMonth) return null;
  const facts = absoluteFacts(passages);
  const weekdays = pastWeekdays(passages).map((w) => w.e.weekday);
  const mentioned = namedYears(passages);
  const fits: Array<{ date: string }> = [];
  for (const y of [...candidateYears(mentioned, facts)].sort()) {
    const d = new Date(y, dayMonth.month - 1, dayMonth.day);
    if (d.getMonth() !== dayMonth.month - 1) continue;
    const date = isoDay(d);
    if (contradicts(facts, date)) continue;
    const near = supportingEvents(facts, d);
    // A past weekday that falls on the day (a same-day report) with a year the text names counts as support too,
    // unless the text names that year as the year of something told in the past ("was hit in 2019"): that places
    // the report after it, not in it.
    const sameWeekday = weekdays.includes(d.getDay());
    const toldAsPast = facts.some(
      (f) =>
        ['year', 'season', 'month'].includes(f.window.precision) &&
        f.window.start.startsWith(`${y}-`) &&
        f.tense === 'past' &&
        !SO_FAR.test(f.p.sentence.slice(0, f.e.index + f.e.text.length)),
    );
    // Nor does the year of a plan that fell through ("had been due to open in June 2027").
    const unreal = facts.some((f) => f.unreal && f.window.start.startsWith(`${y}-`));
    if (near || (sameWeekday && mentioned.has(y) && !toldAsPast && !unreal)) fits.push({ date });
  }
  // Only one year may fit: where two do, choosing the better supported one would be a guess told as a date.
  if (fits.length !== 1) return null;
  const { date } = fits[0]!;
  return {
    date,
    time: null,
    timezone: null,
    basis: 'stated',
    line,
    corroboratedBy: null,
    earliest: date,
    latest: date,
    precision: 'day',
    reason: `The dateline on line ${line} gives “${dateText}” without a year; ${date.slice(0, 4)} is the only year the text supports: the events it tells in the past and in the future fall before and after that day, and its weekdays and years agree with it.`,
  };
}

// "so far in 2019", "en lo que va de 2022": the year the report is written in.
const SO_FAR =
  /\b(?:so far|to date|thus far|year to date|en lo que va de|depuis le début de|bislang|bisher|até agora)\b[^.]{0,14}$/i;

/** Years the text names anywhere ("so far in 2022", "en lo que va de 2022"), dated or not. */
function namedYears(passages: readonly Passage[]): Set<number> {
  return new Set(
    passages.flatMap((p) =>
      [...p.sentence.matchAll(/(?<![\d.,])((?:19|20)\d\d)(?![\d%]|[.,]\d)/g)].map((m) => Number(m[1])),
    ),
  );
}

/** The years a dateline may belong to: those the text names, and a year either side of each dated event. */
function candidateYears(mentioned: ReadonlySet<number>, facts: readonly DatedFact[]): Set<number> {
  const years = new Set<number>(mentioned);
  for (const f of facts)
    for (const y of [Number(f.window.start.slice(0, 4)), Number(f.window.end.slice(0, 4))])
      for (const c of [y - 1, y, y + 1]) years.add(c);
  return years;
}

/** True when publication on `date` contradicts the text: an event told in the past after it, or in the future before it. */
function contradicts(facts: readonly DatedFact[], date: string): boolean {
  return facts.some(
    (f) => (f.tense === 'past' && f.window.start > date) || (f.tense === 'future' && f.window.end < date),
  );
}

// A past event places the day only where it names days: a report would tell its own month without the year.
const DAYS: ReadonlySet<string> = new Set(['day', 'week']);

/**
 * Whether the text's own events place the day in that year: an event of a day or a week told in the past within two
 * months before it, or one finer than a year told in the future within a year after it ("from July 1, 2025"). One
 * past event months earlier ("was last hit in May 2014") fits many years and is background, not a date.
 */
function supportingEvents(facts: readonly DatedFact[], d: Date): boolean {
  const date = isoDay(d);
  const within = (days: number) => ({ before: isoDay(addDays(d, -days)), after: isoDay(addDays(d, days)) });
  const fine = facts.filter((f) => f.window.precision !== 'year');
  const past = (w: { before: string }) =>
    fine.some(
      (f) => f.tense === 'past' && DAYS.has(f.window.precision) && f.window.end >= w.before && f.window.start <= date,
    );
  const future = (w: { after: string }) =>
    fine.some((f) => f.tense === 'future' && f.window.start <= w.after && f.window.end >= date);
  return past(within(62)) || future(within(366));
}
