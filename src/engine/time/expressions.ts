/**
 * Finding the temporal expressions in an English sentence. Like chrono-node's own
 * configuration, it is an ordered list of finders; reasons for the order beside it.
 */
import { readChronoDates } from './chrono-readings.ts';
import { EXTRA_MONTH_SPELLINGS, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './names.ts';
import { findSeasons } from './seasons.ts';
import { byPosition } from './spans.ts';
import type { TemporalExpression } from './types.ts';
import { findYears } from './years.ts';

/** A step that finds expressions of one sort; it sees what the steps before it found, and keeps clear of them. */
type Finder = (sentence: string, found: readonly TemporalExpression[]) => TemporalExpression[];

const FINDERS: Finder[] = [
  // chrono-node first: it reads full dates, days, weekdays, months and relative words.
  readChronoDates,
  // Seasons next, so "the summer of 2023" is one season and its year is not read again on its own.
  findSeasons,
  // Bare years last: any year the steps above took as part of a date stays there.
  findYears,
];

// Cheap test that a sentence may hold a date at all; chrono is the costly step.
const NAMES = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...EXTRA_MONTH_SPELLINGS, ...WEEKDAY_NAMES];
const MAYBE_TEMPORAL = new RegExp(
  String.raw`\b(?:${NAMES.join('|')}|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|week|month|year|spring|summer|autumn|fall|winter)\b|\b(?:1[89]|20)\d\d\b|\d[/-]\d`,
  'i',
);

/** Finds the temporal expressions in one sentence, in order of appearance. Durations (`a decade`, `10-year`) are not dates and are not returned. */
export function findTemporalExpressions(sentence: string): TemporalExpression[] {
  if (!MAYBE_TEMPORAL.test(sentence)) return [];
  const found: TemporalExpression[] = [];
  for (const find of FINDERS) found.push(...find(sentence, found));
  return found.filter((e) => !isPersonalName(sentence, e)).sort(byPosition);
}

// Capitalised words after a month name that still date it: another date word, or a sentence's next clause.
const DATE_WORDS = new Set([...NAMES.map((n) => n.toLowerCase()), 'the', 'i', 'a']);

/**
 * A month name used as a given name (`Photograph by June Okafor`, `April Ryan said`): a month alone, with no day or
 * year, right before a capitalised word that is no date word.
 */
function isPersonalName(sentence: string, e: TemporalExpression): boolean {
  if (e.kind !== 'month' || e.year !== undefined) return false;
  const next = /^\s+(\p{Lu}[\p{Ll}'’-]+)/u.exec(sentence.slice(e.index + e.text.length))?.[1];
  return !!next && !DATE_WORDS.has(next.toLowerCase());
}
