/**
 * Temporal expressions: finding them in a sentence (chrono-node, plus small
 * patterns for bare years and seasons, which chrono does not read) and
 * resolving them against an article's date with date-fns.
 */
import * as chrono from 'chrono-node';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfWeek } from 'date-fns/endOfWeek';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { startOfWeek } from 'date-fns/startOfWeek';
import { splitClauses } from '../text/clauses';
import { findCjkExpressions, findForeignNames, foreignFuture, readForeignDate } from './foreign';
import type { DatePrecision } from '../schema/dates';

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

/** Which way an incomplete expression points from the article's date. */
export type Direction = 'past' | 'future' | 'nearest';

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

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const LEAD =
  /(?:^|\s)(as of|no later than|by|until|till|before|after|following|beginning|starting|since|from|on|in|during|through|throughout|at)\s*$/i;
const YEAR =
  /(?<=\b(?:in|since|from|until|till|by|of|and|the|early|late|mid|during|before|after|to|between|around|throughout|year)\s)(1[89]\d\d|20\d\d)\b(?![-–]\w|,\d|\d)/gi;
const SEASON =
  /\b(?:(last|this|next|past)\s+)?(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(1[89]\d\d|20\d\d))?\b/gi;
// Words that may follow a season used as a date ("in the summer of 2023", "last autumn when …").
const SEASON_FOLLOWERS = new Set([
  'of',
  'when',
  'and',
  'or',
  'to',
  'as',
  'after',
  'before',
  'but',
  'the',
  'a',
  'an',
  'that',
  'which',
  'while',
  'until',
  'is',
  'was',
  'will',
  'has',
  'had',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'so',
  'they',
  'it',
  'he',
  'she',
  'we',
  'there',
]);
const SEASON_CONTEXT = /(?:\b(?:in|during|over|by|since|through|throughout|until|this|last|next|past|the)\s+)$/i;
// Cheap test that a sentence may hold a date at all; chrono is the costly step.
const MAYBE_TEMPORAL =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|week|month|year|spring|summer|autumn|fall|winter)\b|\b(?:1[89]|20)\d\d\b|\d[/-]\d/i;

// Only the parsers for calendar dates: clock times and offsets counted from some
// other moment ("three days later") are never placed on the timeline, and leaving
// their parsers out makes reading a sentence several times cheaper.
const DATE_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser',
  'ENCasualDateParser',
  'ENMonthNameParser',
  'ENRelativeDateFormatParser',
]);
const parser = chrono.casual.clone();
const dateParsers = parser.parsers.filter((p) => DATE_PARSERS.has(p.constructor.name));
if (dateParsers.length === DATE_PARSERS.size) parser.parsers = dateParsers;

/** Extends an expression back over the word that introduces it (`as of`, `in`, `by`), which also decides deadlines. */
function withLead(sentence: string, index: number, text: string): { text: string; index: number; lead: string | null } {
  const inner = /^(as of|on|in|by|since|until|from|following|after|before|beginning|during)\s+/i.exec(text);
  if (inner) return { text, index, lead: inner[1]!.toLowerCase() };
  const m = LEAD.exec(sentence.slice(Math.max(0, index - 20), index));
  if (!m?.[1]) return { text, index, lead: null };
  const spanStart = index - m[0].trimStart().length;
  return { text: sentence.slice(spanStart, index) + text, index: spanStart, lead: m[1].toLowerCase() };
}

function classify(result: chrono.ParsedResult): Omit<TemporalExpression, 'text' | 'index' | 'lead'> | null {
  const t = result.text.toLowerCase();
  const s = result.start;
  const rel = /\b(last|past|previous|this|next|coming)\s+(week|month|year)\b/.exec(t);
  if (rel) {
    const offset = rel[1] === 'this' ? 0 : rel[1] === 'next' || rel[1] === 'coming' ? 1 : -1;
    const kind = rel[2] === 'week' ? 'relative-week' : rel[2] === 'month' ? 'relative-month' : 'relative-year';
    return { kind, offset };
  }
  const relDay = /\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow)\b/.exec(t);
  if (relDay) {
    const offset = relDay[1] === 'yesterday' ? -1 : relDay[1] === 'tomorrow' ? 1 : 0;
    return { kind: 'relative-day', offset };
  }
  // Offsets counted from something other than the article's date ("a day after the
  // collision", "three weeks later") cannot be placed without knowing that something.
  if ([...result.tags()].includes('result/relativeDate')) return null;
  const y = s.isCertain('year') ? (s.get('year') ?? undefined) : undefined;
  const mo = s.isCertain('month') ? (s.get('month') ?? undefined) : undefined;
  const d = s.isCertain('day') ? (s.get('day') ?? undefined) : undefined;
  if (mo !== undefined && d !== undefined)
    return y !== undefined ? { kind: 'date', year: y, month: mo, day: d } : { kind: 'month-day', month: mo, day: d };
  if (mo !== undefined) return y !== undefined ? { kind: 'month', year: y, month: mo } : { kind: 'month', month: mo };
  if (s.isCertain('weekday') && !s.isCertain('day')) return { kind: 'weekday', weekday: s.get('weekday') ?? 0 };
  return null;
}

/** chrono's parsers for other languages, by language code; their readings keep only calendar dates, months and weekdays. */
const LOCALE_PARSERS: Record<string, chrono.Chrono> = {
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  de: chrono.de.casual,
  pt: chrono.pt.casual,
  it: chrono.it.casual,
  nl: chrono.nl.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
  sv: chrono.sv.casual,
  fi: chrono.fi.casual,
};
// A year after a word that introduces one, in the languages above and Arabic ("en 2015", "в 2019 году", "منذ عام 2021").
const FOREIGN_YEAR =
  /(?<=(?:^|[\s(])(?:en|depuis|dès|jusqu'en|avant|après|fin|début|desde|hasta|finales de|principios de|(?<!(?:más|menos|unos|unas|cerca|plus|moins|environ|mais|cerca di) )de|em|seit|bis|ende|anfang|mitte|im jahr|im|nel|dal|fino al|sinds|in|sedan|vuonna|в|с|до|к|عام|سنة|منذ عام|منذ)\s)(1[89]\d\d|20\d\d)(?![\d.,]\d)/giu;

/** Finds calendar dates, months, weekdays and introduced years in a sentence of another language; empty when chrono has no parser for it. */
export function findForeignExpressions(sentence: string, language: string): TemporalExpression[] {
  const code = language.split('-')[0]!;
  const p = LOCALE_PARSERS[code];
  const found: TemporalExpression[] = [];
  // Calendar days from chrono's parser for the language; months, weekdays and relative weeks from the locale's own names.
  if (p) {
    for (const r of p.parse(sentence, new Date(Date.UTC(2000, 0, 1)))) {
      if ([...r.tags()].includes('result/relativeDate')) continue;
      const s = r.start;
      if (!s.isCertain('month') || !s.isCertain('day') || !/\d/.test(r.text)) continue;
      const text = r.text.replace(/[\s,;:.]+$/, '').replace(/\s+(?:à|a|um|alle|в)\s+.*$/i, '');
      const direction = foreignFuture(sentence, r.index);
      found.push({
        text,
        index: r.index,
        lead: null,
        ...(s.isCertain('year') ? { kind: 'date' as const, year: s.get('year')! } : { kind: 'month-day' as const }),
        month: s.get('month')!,
        day: s.get('day')!,
        ...(direction ? { direction } : {}),
      });
    }
  } else {
    let from = 0;
    for (
      let d = readForeignDate(sentence, language, true);
      d;
      d = readForeignDate(sentence.slice(from), language, true)
    ) {
      const direction = foreignFuture(sentence, from + d.index);
      found.push({
        ...(d.year !== null
          ? { kind: 'date' as const, year: d.year }
          : { kind: 'month-day' as const, ...(direction ? { direction } : {}) }),
        month: d.month,
        day: d.day,
        text: sentence.slice(from + d.index, from + d.index + d.length),
        index: from + d.index,
        lead: null,
      });
      from += d.index + d.length;
    }
  }
  if (code === 'zh' || code === 'ja') found.push(...findCjkExpressions(sentence));
  const overlaps = (i: number, len: number) => found.some((f) => i < f.index + f.text.length && f.index < i + len);
  for (const e of findForeignNames(sentence, language)) if (!overlaps(e.index, e.text.length)) found.push(e);
  for (const m of sentence.matchAll(FOREIGN_YEAR)) {
    if (!overlaps(m.index, m[0].length))
      found.push({ kind: 'year', year: Number(m[1]), text: m[0], index: m.index, lead: null });
  }
  return found.sort((a, b) => a.index - b.index);
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// "June this year", "in March of last year": a month whose year is counted from the article's.
const RELATIVE_YEAR_AFTER = /^,?\s+(?:of\s+)?(this|last|next|the previous|the coming|the current|the past)\s+year\b/i;
// "the past month of June" (a translation's way of saying "last June").
const MONTH_OF = /^\s+of\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const OPEN_LEADS = new Set(['after', 'following']);
// Words chrono reads as dates that, in running English, are usually something else: "now", the verbs
// "march", "may" and "sat", weekday and month abbreviations without a capital.
const NOT_A_DATE = /^(?:now|right now|until now|just now|by now)$|weekends?\b/i;
const LOWERCASE_NAME = /\b(?:march|may|sat|sun|mon|wed|thu|fri|tue|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b/;

/** False for chrono readings that are ordinary words in running text. */
function readsAsDate(text: string): boolean {
  return !NOT_A_DATE.test(text.trim()) && !LOWERCASE_NAME.test(text);
}

// "the past 3 of March", "the next 15 of April": a direction written before the date.
const DIRECTION_BEFORE = /\b(?:the\s+)?(past|last|previous|next|coming)\s+$/i;

/** Finds the temporal expressions in one sentence, in order of appearance. Durations (`a decade`, `10-year`) are not dates and are not returned. */
export function findTemporalExpressions(sentence: string): TemporalExpression[] {
  if (!MAYBE_TEMPORAL.test(sentence)) return [];
  const found: TemporalExpression[] = [];
  let skipUntil = -1;
  // A fixed reference: chrono's own guesses are ignored, only what it read is kept.
  for (const r of parser.parse(sentence, new Date(Date.UTC(2000, 0, 1)))) {
    if (r.index < skipUntil || !readsAsDate(r.text)) continue;
    const after = sentence.slice(r.index + r.text.length);
    const rel = /^(?:the\s+)?(past|last|previous|this|next|coming)\s+month$/i.exec(r.text);
    const monthOf = rel ? MONTH_OF.exec(after) : null;
    if (rel && monthOf) {
      const word = rel[1]!.toLowerCase();
      const text = r.text + monthOf[0];
      skipUntil = r.index + text.length;
      const direction: Direction =
        word === 'this' ? 'nearest' : word === 'next' || word === 'coming' ? 'future' : 'past';
      found.push({
        kind: 'month',
        month: MONTH_NAMES.indexOf(monthOf[1]!.toLowerCase()) + 1,
        direction,
        ...withLead(sentence, r.index, text),
      });
      continue;
    }
    const shape = classify(r);
    if (!shape) continue;
    // "by the end of January": the month, not its last day.
    if (shape.kind === 'month-day' || shape.kind === 'date') {
      if (
        /\b(?:end|beginning|start|middle)\s+of\s+$/i.test(sentence.slice(Math.max(0, r.index - 16), r.index)) ||
        /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\b/i.test(r.text)
      ) {
        delete shape.day;
        shape.kind = 'month';
      }
    }
    // "the previous October", "that June": a month counted from another event, not from the article's date.
    if (
      shape.kind === 'month' &&
      shape.year === undefined &&
      /\b(?:the previous|the following|the next|that|the same)\s+$/i.test(
        sentence.slice(Math.max(0, r.index - 14), r.index),
      )
    )
      continue;
    let text = r.text.replace(/[\s,;:.]+$/, '');
    if ((shape.kind === 'month' || shape.kind === 'month-day') && shape.year === undefined) {
      const ry = RELATIVE_YEAR_AFTER.exec(sentence.slice(r.index + text.length));
      if (ry) {
        const word = ry[1]!.toLowerCase();
        shape.yearOffset = /this|current/.test(word) ? 0 : /next|coming/.test(word) ? 1 : -1;
        text += ry[0];
        skipUntil = r.index + text.length;
      }
    }
    // "peaks between June and August": months named as a span of every year, in a clause with no tense.
    if (
      shape.kind === 'month' &&
      shape.year === undefined &&
      /\bbetween\s+$/i.test(sentence.slice(Math.max(0, r.index - 9), r.index)) &&
      tenseAt(sentence, r.index) === null
    ) {
      skipUntil =
        r.index +
        r.text.length +
        (/^\s+and\s+\p{Lu}\p{Ll}+/u.exec(sentence.slice(r.index + r.text.length))?.[0].length ?? 0);
      continue;
    }
    // "on a Monday", "every Thursday", "from Monday to Friday": weekdays in general, not a date.
    if (
      shape.kind === 'weekday' &&
      (/\b(?:a|an|every|each|any|some|on\s+a)\s+$/i.test(sentence.slice(Math.max(0, r.index - 12), r.index)) ||
        /^\s*(?:to|through|till|until|-|–)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day/i.test(
          sentence.slice(r.index + r.text.length),
        ) ||
        (/\b(?:from|between)\s+$/i.test(sentence.slice(Math.max(0, r.index - 10), r.index)) &&
          /^\s*(?:to|and|-|–)\s*\p{Lu}/u.test(sentence.slice(r.index + r.text.length))))
    )
      continue;
    const e: TemporalExpression = { ...shape, ...withLead(sentence, r.index, text) };
    const said =
      shape.kind === 'month-day' || shape.kind === 'weekday' || (shape.kind === 'month' && shape.year === undefined)
        ? DIRECTION_BEFORE.exec(sentence.slice(Math.max(0, r.index - 16), r.index))
        : null;
    if (said) e.direction = /next|coming/i.test(said[1]!) ? 'future' : 'past';
    if (e.lead && OPEN_LEADS.has(e.lead) && (e.kind === 'date' || e.kind === 'month-day')) e.openEnd = true;
    found.push(e);
  }
  const overlaps = (i: number, len: number) => found.some((f) => i < f.index + f.text.length && f.index < i + len);
  for (const m of sentence.matchAll(SEASON)) {
    const [whole, rel, name, year] = m;
    if (!rel && !year && !SEASON_CONTEXT.test(sentence.slice(0, m.index))) continue;
    // "the autumn floods", "the summer holidays": the season names the thing, not its date.
    const next = /^\s+([a-z]+)/.exec(sentence.slice(m.index + whole.length))?.[1];
    if (!year && next && !SEASON_FOLLOWERS.has(next)) continue;
    if (overlaps(m.index, whole.length)) continue;
    const season = (name!.toLowerCase() === 'fall' ? 'autumn' : name!.toLowerCase()) as Season;
    const offset = rel ? (rel.toLowerCase() === 'next' ? 1 : rel.toLowerCase() === 'this' ? 0 : -1) : undefined;
    found.push({
      kind: 'season',
      season,
      ...withLead(sentence, m.index, whole),
      ...(year ? { year: Number(year) } : {}),
      ...(offset !== undefined ? { offset } : {}),
    });
  }
  for (const m of sentence.matchAll(YEAR)) {
    if (overlaps(m.index, m[0].length)) continue;
    found.push({ kind: 'year', year: Number(m[1]), ...withLead(sentence, m.index, m[0]) });
  }
  return found.sort((a, b) => a.index - b.index);
}

// Words that put a clause in the future: auxiliaries, modals and "due/set/scheduled to" phrases.
const FUTURE_WORDS = String.raw`will|shall|won't|'ll|would|could|might|should|must|(?:has|have|need|needs) to|going to|(?:is|are|was|were)(?: (?:now|still|also))? (?:set|due|expected|scheduled|going|planned|poised|slated|likely) (?:to|for|on)|(?:is|are)(?: (?:now|still|also))? (?:ready|preparing) to|(?:is|are) to|plans? to|intends? to|scheduled for|set for|due on|due in|slated for|pencill?ed in|upcoming`;
const FUTURE = new RegExp(String.raw`\b(?:${FUTURE_WORDS}|next)\b`, 'i');
const DEADLINE_LEAD = new Set(['by', 'until', 'till', 'before', 'no later than']);

// Tense markers, located: future auxiliaries and phrases, and past-tense verbs (auxiliaries, regular -ed
// forms, common irregular ones). Participles used as adjectives that point ahead do not count as past.
const FUTURE_MARKER = new RegExp(String.raw`\b(?:${FUTURE_WORDS})\b`, 'gi');
const PAST_MARKER =
  /\b(?:was|were|had|did|[a-z]{2,}ed|began|took|came|went|left|held|met|won|lost|fell|rose|sent|said|told|made|gave|became|saw|ran|fled|struck|broke|spoke|wrote|chose|drove|flew|grew|knew|led|paid|sold|stood|thought|brought|bought|caught|fought|sought|taught|withdrew|drew|threw|shot|sank|swore|tore|wore|woke|sat|hit|cut|put|set|quit|let|spent|built|lent|meant|kept|slept|felt|found|heard|got|hid|shook|dug|hung|rode|rang|sang|swam|stole|froze|swept|stuck|dealt|crept|clung|bled|wept|ate|drank|forgot|forgave|forbade|arose|overran|overtook|undertook|overthrew|oversaw|withheld|upheld|understood|rebuilt|rewrote|lit|slid|spun|sprang|strove)\b/g;
const NOT_PAST = new Set([
  'scheduled',
  'planned',
  'expected',
  'proposed',
  'agreed',
  'slated',
  'armed',
  'based',
  'related',
  'united',
  'concerned',
  'called',
  'alleged',
  'detailed',
  'limited',
  'advanced',
  'established',
  'needed',
  'required',
  'intended',
  'anticipated',
  'projected',
  'estimated',
  'designed',
  'aimed',
  'need',
  'speed',
  'seed',
  'feed',
  'indeed',
  'hundred',
  'shed',
  'red',
  'bed',
  'set',
  'due',
  'put',
  'cut',
  'hit',
  'let',
]);
// Subordinate clauses carry their own verb: "told a ceremony Monday that the levy will begin …".
const SUBCLAUSE = /\s(?=(?:that|which|who|when|where|while|after|before|once|until|because|as)\s)/g;

/**
 * The tense of the verb that governs a date in a sentence: the nearest tense
 * marker before it within its clause (a subordinate clause counts as its own),
 * else the nearest after it; null when the clause has no marker.
 */
export function tenseAt(sentence: string, index: number): 'past' | 'future' | null {
  const clauses = splitClauses(sentence);
  const clause = clauses.find((c) => index >= c.start && index < c.end) ?? {
    text: sentence,
    start: 0,
    end: sentence.length,
  };
  let from = clause.start;
  let to = clause.end;
  for (const m of clause.text.matchAll(SUBCLAUSE)) {
    const at = clause.start + m.index;
    // The expression's own lead word ("until 2017") opens no clause of its own.
    if (at + 1 < index) from = at;
    else if (at + 1 > index && at < to) to = at;
  }
  const span = sentence.slice(from, to);
  const at = index - from;
  const marks: Array<{ at: number; tense: 'past' | 'future' }> = [];
  for (const m of span.matchAll(FUTURE_MARKER)) marks.push({ at: m.index, tense: 'future' });
  for (const m of span.matchAll(PAST_MARKER)) {
    if (NOT_PAST.has(m[0])) continue;
    // A participle after a future marker belongs to it ("will be held", "is expected to be signed"); so does
    // a regular -ed form with no finite past verb between ("will switch on a plant powered by the sun").
    const weak = /ed$/.test(m[0]) && !/^(?:was|were|had|did)$/.test(m[0]);
    const future = marks.filter((x) => x.tense === 'future' && x.at < m.index);
    if (future.some((x) => m.index - x.at < 16)) continue;
    if (weak && future.length && !marks.some((x) => x.tense === 'past' && x.at > future.at(-1)!.at && x.at < m.index))
      continue;
    marks.push({ at: m.index, tense: 'past' });
  }
  const before = marks.filter((x) => x.at < at).sort((a, b) => b.at - a.at)[0];
  if (before) return before.tense;
  const after = marks.filter((x) => x.at > at).sort((a, b) => a.at - b.at)[0];
  return after?.tense ?? null;
}

/** The tense governing a date: its own clause's verb, else a future marker in the clauses around it; null when neither tells. */
export function tenseAround(sentence: string, index: number): 'past' | 'future' | null {
  const own = tenseAt(sentence, index);
  if (own) return own;
  const clauses = splitClauses(sentence);
  const k = clauses.findIndex((c) => index >= c.start && index < c.end);
  return FUTURE.test(
    clauses
      .slice(Math.max(0, k - 1), k + 2)
      .map((c) => c.text)
      .join(' '),
  )
    ? 'future'
    : null;
}

/**
 * Which way an expression in a sentence points: a deadline (`by December 31`)
 * takes the nearest occurrence; otherwise the tense of the verb that governs it,
 * and where that is unclear, the tense of the clauses around it (news is told in the past).
 */
export function directionAt(sentence: string, expr: TemporalExpression): Direction {
  const lead = sentence.slice(Math.max(0, expr.index - 40), expr.index);
  const clauses = splitClauses(sentence);
  const k = clauses.findIndex((c) => expr.index >= c.start && expr.index < c.end);
  const context = clauses
    .slice(Math.max(0, k - 1), k + 2)
    .map((c) => c.text)
    .join(' ');
  const byClauses = directionFor(context, expr, lead);
  if (byClauses === 'nearest') return byClauses;
  const tense = tenseAt(sentence, expr.index);
  if (tense) return tense;
  // "Its mandate ends on December 31": a day in the present tense is a date the text looks to, like a deadline.
  if (expr.kind === 'month-day' && !FUTURE.test(sentence) && !/\b(?:was|were|had|did)\b/i.test(sentence))
    return 'nearest';
  return byClauses;
}

/**
 * Decides which way an incomplete expression points. `lead` is the text just
 * before the expression. A deadline (`by December 31`, `a deadline of March 1`)
 * names a date the text looks toward whatever the tense of the verb that set it,
 * so it takes the nearest occurrence; otherwise a future-tense clause points
 * forward and anything else (news is told in the past) points back.
 */
export function directionFor(clauseContext: string, expr: TemporalExpression, lead = ''): Direction {
  if (expr.lead && DEADLINE_LEAD.has(expr.lead)) return 'nearest';
  if (/\b(?:deadline|goal)\s+(?:\w+\s+){0,3}$/i.test(lead)) return 'nearest';
  return FUTURE.test(clauseContext) ? 'future' : 'past';
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Written by hand: these run for every expression, and date-fns' format is many times slower.
const iso = (d: Date) => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
const human = (d: Date) => `${SHORT_DAYS[d.getDay()]} ${d.getDate()} ${SHORT_MONTHS[d.getMonth()]} ${d.getFullYear()}`;
const utcDate = (y: number, m: number, d: number) => new Date(y, m - 1, d);

/** How far after a full date a yearless day may follow and still take its year from it. */
const NARRATIVE_DAYS = 183;

/**
 * A yearless day told in the past (`On March 17 the ministry said`) in an article
 * of unknown date takes its year from the full date the text gave last before it
 * (`on February 28, 2025`), when it falls within half a year after that date.
 */
export function anchorMonthDay(
  expr: TemporalExpression,
  anchor: { date: string; text: string } | null,
): ResolvedWindow | null {
  if (expr.kind !== 'month-day' || !anchor) return null;
  const [y] = anchor.date.split('-').map(Number) as [number];
  for (const year of [y, y + 1]) {
    if (!isRealDate(year, expr.month!, expr.day!)) continue;
    const d = utcDate(year, expr.month!, expr.day!);
    const gap = differenceInCalendarDays(d, parseISO(anchor.date));
    if (gap >= 0 && gap <= NARRATIVE_DAYS) {
      return {
        start: iso(d),
        end: iso(d),
        precision: 'day',
        resolution: `“${expr.text}” has no year and the article no date; it takes its year from “${anchor.text}”, given just before it in the text: ${iso(d)}.`,
      };
    }
  }
  return null;
}

/** True when y-m-d is a real calendar date. */
export function isRealDate(y: number, m: number, d: number): boolean {
  const dt = utcDate(y, m, d);
  return dt.getFullYear() === y && dt.getMonth() === m - 1 && dt.getDate() === d;
}

function pick<T>(candidates: T[], score: (c: T) => number, dir: Direction): T {
  // score: signed days from the reference to the candidate (negative = before).
  if (dir === 'past') return candidates.filter((c) => score(c) <= 0).sort((a, b) => score(b) - score(a))[0]!;
  if (dir === 'future') return candidates.filter((c) => score(c) >= 0).sort((a, b) => score(a) - score(b))[0]!;
  return [...candidates].sort((a, b) => Math.abs(score(a)) - Math.abs(score(b)))[0]!;
}

const DIRECTION_WORDS: Record<Direction, string> = {
  past: 'told in the past tense, so the most recent one',
  future: 'told in the future tense, so the next one',
  nearest: 'a deadline, so the nearest one',
};

function seasonWindow(season: Season, year: number): [Date, Date] {
  const startMonth = { spring: 3, summer: 6, autumn: 9, winter: 12 }[season];
  const start = utcDate(year, startMonth, 1);
  return [start, endOfMonth(addMonths(start, 2))];
}

/**
 * Resolves an expression against a reference date (the article's date). Returns
 * null when the expression needs a reference and there is none.
 */
export function resolveExpression(
  expr: TemporalExpression,
  reference: string | null,
  tenseDirection: Direction,
): ResolvedWindow | null {
  const window = resolveWindow(expr, reference, expr.direction ?? tenseDirection);
  if (!window || !expr.openEnd) return window;
  return {
    ...window,
    resolution: `${window.resolution} The sentence gives only a start: from that day on, with no end.`,
  };
}

function resolveWindow(expr: TemporalExpression, reference: string | null, dir: Direction): ResolvedWindow | null {
  const quoted = `“${expr.text}”`;
  if (expr.kind === 'date') {
    const d = utcDate(expr.year!, expr.month!, expr.day!);
    return { start: iso(d), end: iso(d), precision: 'day', resolution: `${quoted} is a date stated in full.` };
  }
  if (expr.kind === 'year') {
    return {
      start: `${expr.year}-01-01`,
      end: `${expr.year}-12-31`,
      precision: 'year',
      resolution: `${quoted} is a year stated in full.`,
    };
  }
  if (expr.kind === 'month' && expr.year !== undefined) {
    const s = utcDate(expr.year, expr.month!, 1);
    return {
      start: iso(s),
      end: iso(endOfMonth(s)),
      precision: 'month',
      resolution: `${quoted} is a month stated with its year.`,
    };
  }
  if (expr.kind === 'season' && expr.year !== undefined) {
    const [s, e] = seasonWindow(expr.season!, expr.year);
    return {
      start: iso(s),
      end: iso(e),
      precision: 'season',
      resolution: `${quoted} is a season stated with its year (northern meteorological ${expr.season}: ${format(s, 'MMMM')}–${format(e, 'MMMM yyyy')}).`,
    };
  }
  if (!reference) return null;
  const ref = parseISO(reference);
  const refYear = ref.getFullYear();
  const from = `in an article dated ${human(ref)}`;
  switch (expr.kind) {
    case 'relative-day': {
      const d = addDays(ref, expr.offset!);
      const rel = expr.offset === 0 ? 'that same day' : expr.offset! < 0 ? 'the day before' : 'the day after';
      return { start: iso(d), end: iso(d), precision: 'day', resolution: `${quoted} ${from} means ${rel}, ${iso(d)}.` };
    }
    case 'weekday': {
      // The most recent such weekday (the reference day counts), or the next one.
      const back = (ref.getDay() - expr.weekday! + 7) % 7;
      const d = addDays(ref, dir === 'past' ? -back : (expr.weekday! - ref.getDay() + 7) % 7);
      const same = differenceInCalendarDays(d, ref) === 0;
      return {
        start: iso(d),
        end: iso(d),
        precision: 'day',
        resolution: `${quoted} ${from}, ${DIRECTION_WORDS[dir === 'nearest' ? 'future' : dir]}: ${same ? 'that same day, ' : ''}${WEEKDAYS[expr.weekday!]} ${iso(d)}.`,
      };
    }
    case 'month-day': {
      if (expr.yearOffset !== undefined && isRealDate(refYear + expr.yearOffset, expr.month!, expr.day!)) {
        const d = utcDate(refYear + expr.yearOffset, expr.month!, expr.day!);
        return { start: iso(d), end: iso(d), precision: 'day', resolution: `${quoted} ${from} means ${iso(d)}.` };
      }
      const candidates = [refYear - 1, refYear, refYear + 1]
        .filter((y) => isRealDate(y, expr.month!, expr.day!))
        .map((y) => utcDate(y, expr.month!, expr.day!));
      const d = pick(candidates, (c) => differenceInCalendarDays(c, ref), dir);
      return {
        start: iso(d),
        end: iso(d),
        precision: 'day',
        resolution: `${quoted} has no year; ${from}, it is ${DIRECTION_WORDS[dir]}: ${iso(d)}.`,
      };
    }
    case 'month': {
      if (expr.yearOffset !== undefined) {
        const s = utcDate(refYear + expr.yearOffset, expr.month!, 1);
        return {
          start: iso(s),
          end: iso(endOfMonth(s)),
          precision: 'month',
          resolution: `${quoted} ${from} means ${format(s, 'MMMM yyyy')}.`,
        };
      }
      const candidates = [refYear - 1, refYear, refYear + 1].map((y) => utcDate(y, expr.month!, 1));
      // The month the article is dated in counts both as past and as future.
      const distance = (c: Date) => {
        const toStart = differenceInCalendarDays(c, ref);
        const toEnd = differenceInCalendarDays(endOfMonth(c), ref);
        return toStart <= 0 && toEnd >= 0 ? 0 : toStart > 0 ? toStart : toEnd;
      };
      const s = pick(candidates, distance, dir);
      return {
        start: iso(s),
        end: iso(endOfMonth(s)),
        precision: 'month',
        resolution: `${quoted} has no year; ${from}, it is ${DIRECTION_WORDS[dir]}: ${format(s, 'MMMM yyyy')}.`,
      };
    }
    case 'season': {
      const windows = [refYear - 2, refYear - 1, refYear, refYear + 1].map((y) => seasonWindow(expr.season!, y));
      let w: [Date, Date];
      if (expr.offset !== undefined) {
        // "last summer": the latest one over; "next summer": the first to come; "this summer": the one under
        // way, else the one of this calendar year (for winter, the one that ends this year or starts in it).
        const over = windows.filter(([, e]) => differenceInCalendarDays(e, ref) < 0);
        const ahead = windows.filter(([s]) => differenceInCalendarDays(s, ref) > 0);
        const during = windows.find(
          ([s, e]) => differenceInCalendarDays(s, ref) <= 0 && differenceInCalendarDays(e, ref) >= 0,
        );
        // Outside the season, "this winter" is the nearer one: just over, or about to come.
        const gap = ([s, e]: [Date, Date]) =>
          Math.min(Math.abs(differenceInCalendarDays(s, ref)), Math.abs(differenceInCalendarDays(e, ref)));
        const thisYear = [...windows].sort((a, b) => gap(a) - gap(b))[0];
        w =
          expr.offset < 0
            ? over.at(-1)!
            : expr.offset > 0
              ? during
                ? ahead[0]!
                : (ahead.find((x) => x !== thisYear) ?? ahead[0]!)
              : (during ?? thisYear!);
      } else if (dir === 'future') {
        w = windows.find(([, e]) => differenceInCalendarDays(e, ref) >= 0)!;
      } else if (dir === 'past') {
        w = windows.filter(([s]) => differenceInCalendarDays(s, ref) <= 0).at(-1)!;
      } else {
        w = pick(windows, ([s]) => differenceInCalendarDays(s, ref), 'nearest');
      }
      return {
        start: iso(w[0]),
        end: iso(w[1]),
        precision: 'season',
        resolution: `${quoted} has no year; ${from}, it is ${expr.offset !== undefined ? 'counted from that date' : DIRECTION_WORDS[dir]}: ${format(w[0], 'MMMM')}–${format(w[1], 'MMMM yyyy')} (northern meteorological ${expr.season}).`,
      };
    }
    case 'day-of-month': {
      // "18日": a day of the article's month, or of the month before or after, as the tense points.
      const candidates = [-1, 0, 1]
        .map((k) => addMonths(utcDate(refYear, ref.getMonth() + 1, 1), k))
        .filter((m) => isRealDate(m.getFullYear(), m.getMonth() + 1, expr.day!))
        .map((m) => utcDate(m.getFullYear(), m.getMonth() + 1, expr.day!));
      const d = pick(candidates, (c) => differenceInCalendarDays(c, ref), dir);
      return {
        start: iso(d),
        end: iso(d),
        precision: 'day',
        resolution: `${quoted} names only a day of the month; ${from}, it is ${DIRECTION_WORDS[dir]}: ${iso(d)}.`,
      };
    }
    case 'relative-week': {
      const s = addWeeks(startOfWeek(ref, { weekStartsOn: 1 }), expr.offset!);
      const e = endOfWeek(s, { weekStartsOn: 1 });
      const rel = expr.offset === 0 ? 'the same week' : expr.offset! < 0 ? 'the week before' : 'the week after';
      return {
        start: iso(s),
        end: iso(e),
        precision: 'week',
        resolution: `${quoted} ${from} means ${rel}, ${human(s)} – ${human(e)} (weeks start on Monday).`,
      };
    }
    case 'relative-month': {
      const s = addMonths(utcDate(refYear, ref.getMonth() + 1, 1), expr.offset!);
      return {
        start: iso(s),
        end: iso(endOfMonth(s)),
        precision: 'month',
        resolution: `${quoted} ${from} means ${format(s, 'MMMM yyyy')}.`,
      };
    }
    case 'relative-year': {
      const y = refYear + expr.offset!;
      return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', resolution: `${quoted} ${from} means ${y}.` };
    }
    default:
      return null;
  }
}
