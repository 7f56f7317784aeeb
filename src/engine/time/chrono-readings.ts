/**
 * English dates as chrono-node reads them. Each reading is classified, then the
 * sentence around it decides, in the order of `readResult`, whether it is a
 * date of its own and what the words beside it add.
 */
import * as chrono from 'chrono-node';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from './names.ts';
import { withLead } from './spans.ts';
import { tenseAt } from './tense.ts';
import type { Direction, TemporalExpression } from './types.ts';

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
// "this morning", "this evening": the article's own day, as "today" is (`classify`). Not chrono's reader of the parts
// of the day, which also takes "the night of 11 September" and then loses its date.
parser.parsers.push({
  pattern: () => /\bthis\s+(?:morning|afternoon|evening)\b/i,
  extract: (context) => ({
    day: context.reference.instant.getUTCDate(),
    month: context.reference.instant.getUTCMonth() + 1,
    year: context.reference.instant.getUTCFullYear(),
  }),
});

const lower = (names: readonly string[]) => names.map((n) => n.toLowerCase());

// Words chrono reads as dates that, in running English, are usually something else: "now", the verbs
// "march", "may" and "sat", weekday and month abbreviations without a capital.
const NOT_A_DATE = /^(?:now|right now|until now|just now|by now)$|weekends?\b/i;
const LOWERCASE_NAME = new RegExp(
  String.raw`\b(?:${['march', ...lower(WEEKDAY_ABBREVIATIONS), ...lower(MONTH_ABBREVIATIONS)].join('|')})\b`,
);

// "the past month of June" (a translation's way of saying "last June").
const RELATIVE_MONTH = /^(?:the\s+)?(past|last|previous|this|next|coming)\s+month$/i;
const MONTHS = lower(MONTH_NAMES);
const MONTH_OF = new RegExp(String.raw`^\s+of\s+(${MONTHS.join('|')})\b`, 'i');
const RELATIVE_UNIT = /\b(last|past|previous|this|next|coming)\s+(week|month|year)\b/;
const RELATIVE_DAY = /\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow)\b/;
// "by the end of January": the month, not its last day.
const PART_OF_BEFORE = /\b(?:end|beginning|start|middle)\s+of\s+$/i;
const PART_OF_WITHIN = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\b/i;
// "the previous October", "that June": a month counted from another event, not from the article's date.
const ANOTHER_EVENTS = /\b(?:the previous|the following|the next|that|the same)\s+$/i;
// "June this year", "in March of last year": a month whose year is counted from the article's.
const RELATIVE_YEAR_AFTER = /^,?\s+(?:of\s+)?(this|last|next|the previous|the coming|the current|the past)\s+year\b/i;
// "on a Monday", "every Thursday", "from Monday to Friday": weekdays in general, not a date.
const ANY_WEEKDAY_BEFORE = /\b(?:a|an|every|each|any|some|on\s+a)\s+$/i;
const WEEKDAY_RANGE_AFTER = new RegExp(
  String.raw`^\s*(?:to|through|till|until|-|–)\s*(?:${WEEKDAY_NAMES.join('|')})`,
  'i',
);
// "the past 3 of March", "the next 15 of April": a direction written before the date.
const DIRECTION_BEFORE = /\b(?:the\s+)?(past|last|previous|next|coming)\s+$/i;
const OPEN_LEADS = new Set(['after', 'following']);

/** An expression's shape as chrono read it, before the sentence around it is looked at. */
type Shape = Omit<TemporalExpression, 'text' | 'index' | 'lead'>;

/** What one chrono reading gives: maybe an expression, and maybe the offset up to which later readings belong to it. */
interface Reading {
  expression?: TemporalExpression;
  skipTo?: number;
}

/** Finds the English dates chrono-node reads in a sentence, in order of appearance. */
export function readChronoDates(sentence: string): TemporalExpression[] {
  const found: TemporalExpression[] = [];
  let skipUntil = -1;
  // A fixed reference: chrono's own guesses are ignored, only what it read is kept.
  for (const r of parser.parse(sentence, new Date(Date.UTC(2000, 0, 1)))) {
    if (r.index < skipUntil || !readsAsDate(r.text)) continue;
    withoutBareShortYear(r);
    const { expression, skipTo } = readResult(sentence, r);
    if (skipTo !== undefined) skipUntil = skipTo;
    if (expression) found.push(expression);
  }
  return found;
}

/**
 * A year written as one to three bare digits after a comma ("As of 2 May, 61% of shares", "As of 12 May, 212
 * ships were waiting") is a number of what follows, not a year: news writes years in full, or as '61 with an
 * apostrophe. The reading keeps its day and month.
 */
function withoutBareShortYear(r: chrono.ParsedResult): void {
  const bare = /,\s*\d{1,3}$/.exec(r.text);
  if (!bare || !r.start.isCertain('year')) return;
  (r as { text: string }).text = r.text.slice(0, bare.index);
  const known = (r.start as unknown as { knownValues: Record<string, number> }).knownValues;
  delete known.year;
}

/** False for chrono readings that are ordinary words in running text. */
function readsAsDate(text: string): boolean {
  return !NOT_A_DATE.test(text.trim()) && !LOWERCASE_NAME.test(text);
}

/** Reads one chrono result in its sentence, step by step. */
function readResult(sentence: string, r: chrono.ParsedResult): Reading {
  // First, before classify calls it a relative month: "the past month of June" names June.
  const named = monthOfRelativeMonth(sentence, r);
  if (named) return named;
  const shape = classify(r);
  if (!shape) return {};
  // A day that stands for its month becomes the month before the month rules below judge it.
  if (namesPartOfMonth(sentence, r, shape)) {
    delete shape.day;
    shape.kind = 'month';
  }
  // Readings that are no date of their own go before anything is added to them.
  if (countedFromAnotherEvent(sentence, r, shape) || weekdayInGeneral(sentence, r, shape)) return {};
  const span = everyYearSpanEnd(sentence, r, shape);
  if (span !== undefined) return { skipTo: span };
  const { text, skipTo } = withRelativeYear(sentence, r, shape);
  const e: TemporalExpression = { ...shape, ...withLead(sentence, r.index, text) };
  const said = directionWrittenBefore(sentence, r, shape);
  if (said) e.direction = said;
  if (e.lead && OPEN_LEADS.has(e.lead) && (e.kind === 'date' || e.kind === 'month-day')) e.openEnd = true;
  return { expression: e, ...(skipTo !== undefined ? { skipTo } : {}) };
}

/** "the past month of June": a month and the direction the words give it. */
function monthOfRelativeMonth(sentence: string, r: chrono.ParsedResult): Reading | null {
  const rel = RELATIVE_MONTH.exec(r.text);
  const monthOf = rel ? MONTH_OF.exec(sentence.slice(r.index + r.text.length)) : null;
  if (!rel || !monthOf) return null;
  const word = rel[1]!.toLowerCase();
  const text = r.text + monthOf[0];
  const direction: Direction = word === 'this' ? 'nearest' : word === 'next' || word === 'coming' ? 'future' : 'past';
  const month = MONTHS.indexOf(monthOf[1]!.toLowerCase()) + 1;
  return {
    skipTo: r.index + text.length,
    expression: { kind: 'month', month, direction, ...withLead(sentence, r.index, text) },
  };
}

/** The shape of a chrono result: what it says for certain; null when it is no date the resolver places. */
function classify(result: chrono.ParsedResult): Shape | null {
  const t = result.text.toLowerCase();
  const s = result.start;
  const rel = RELATIVE_UNIT.exec(t);
  if (rel) {
    const offset = rel[1] === 'this' ? 0 : rel[1] === 'next' || rel[1] === 'coming' ? 1 : -1;
    const kind = rel[2] === 'week' ? 'relative-week' : rel[2] === 'month' ? 'relative-month' : 'relative-year';
    return { kind, offset };
  }
  const relDay = RELATIVE_DAY.exec(t);
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
    return y !== undefined
      ? { kind: 'date', year: y, month: mo, day: d }
      : // A weekday written with the day (`Sunday, October 20`) tells its year (`resolve.ts`).
        { kind: 'month-day', month: mo, day: d, ...(s.isCertain('weekday') ? { weekday: s.get('weekday') ?? 0 } : {}) };
  if (mo !== undefined) return y !== undefined ? { kind: 'month', year: y, month: mo } : { kind: 'month', month: mo };
  if (s.isCertain('weekday') && !s.isCertain('day')) return { kind: 'weekday', weekday: s.get('weekday') ?? 0 };
  return null;
}

/** True for a day that stands for its month: "by the end of January". */
function namesPartOfMonth(sentence: string, r: chrono.ParsedResult, shape: Shape): boolean {
  if (shape.kind !== 'month-day' && shape.kind !== 'date') return false;
  return PART_OF_BEFORE.test(sentence.slice(Math.max(0, r.index - 16), r.index)) || PART_OF_WITHIN.test(r.text);
}

/** True for a month counted from another event ("the previous October"), which the article's date cannot place. */
function countedFromAnotherEvent(sentence: string, r: chrono.ParsedResult, shape: Shape): boolean {
  return (
    shape.kind === 'month' &&
    shape.year === undefined &&
    ANOTHER_EVENTS.test(sentence.slice(Math.max(0, r.index - 14), r.index))
  );
}

/** True for a weekday in general ("every Thursday", "from Monday to Friday") rather than a day. */
function weekdayInGeneral(sentence: string, r: chrono.ParsedResult, shape: Shape): boolean {
  if (shape.kind !== 'weekday') return false;
  const after = sentence.slice(r.index + r.text.length);
  return (
    ANY_WEEKDAY_BEFORE.test(sentence.slice(Math.max(0, r.index - 12), r.index)) ||
    WEEKDAY_RANGE_AFTER.test(after) ||
    (/\b(?:from|between)\s+$/i.test(sentence.slice(Math.max(0, r.index - 10), r.index)) &&
      /^\s*(?:to|and|-|–)\s*\p{Lu}/u.test(after))
  );
}

/**
 * "peaks between June and August": months named as a span of every year, in a
 * clause with no tense. Returns where the span ends, so its second month is
 * skipped too; undefined when the month is not such a span.
 */
function everyYearSpanEnd(sentence: string, r: chrono.ParsedResult, shape: Shape): number | undefined {
  if (
    shape.kind !== 'month' ||
    shape.year !== undefined ||
    !/\bbetween\s+$/i.test(sentence.slice(Math.max(0, r.index - 9), r.index)) ||
    tenseAt(sentence, r.index) !== null
  )
    return undefined;
  const and = /^\s+and\s+\p{Lu}\p{Ll}+/u.exec(sentence.slice(r.index + r.text.length));
  return r.index + r.text.length + (and?.[0].length ?? 0);
}

/** The reading's text, extended over a relative year after it ("June this year"), which sets the shape's yearOffset. */
function withRelativeYear(sentence: string, r: chrono.ParsedResult, shape: Shape): { text: string; skipTo?: number } {
  const text = r.text.replace(/[\s,;:.]+$/, '');
  if ((shape.kind !== 'month' && shape.kind !== 'month-day') || shape.year !== undefined) return { text };
  const ry = RELATIVE_YEAR_AFTER.exec(sentence.slice(r.index + text.length));
  if (!ry) return { text };
  const word = ry[1]!.toLowerCase();
  shape.yearOffset = /this|current/.test(word) ? 0 : /next|coming/.test(word) ? 1 : -1;
  return { text: text + ry[0], skipTo: r.index + text.length + ry[0].length };
}

/** The direction a word before a yearless day, weekday or month gives it ("the past 3 of March"). */
function directionWrittenBefore(sentence: string, r: chrono.ParsedResult, shape: Shape): Direction | undefined {
  const applies =
    shape.kind === 'month-day' || shape.kind === 'weekday' || (shape.kind === 'month' && shape.year === undefined);
  const said = applies ? DIRECTION_BEFORE.exec(sentence.slice(Math.max(0, r.index - 16), r.index)) : null;
  // Or inside the reading itself: "from next Monday", "since last Friday".
  const within =
    applies && shape.kind === 'weekday' ? /\b(next|coming|last|past|previous)\s+\p{L}+$/iu.exec(r.text) : null;
  if (within) return /next|coming/i.test(within[1]!) ? 'future' : 'past';
  if (!said) return undefined;
  return /next|coming/i.test(said[1]!) ? 'future' : 'past';
}
