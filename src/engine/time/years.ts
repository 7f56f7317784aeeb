/** English bare years ("in 2013", "the 2015 agreement"), which chrono-node does not read on their own. */
import { overlapsAny, withLead } from './spans.ts';
import type { TemporalExpression } from './types.ts';

// A year after a word that makes it one; not a range ("2020-21"), a figure ("2,500") or a longer number.
const YEAR =
  /(?<=\b(?:in|since|from|until|till|by|of|and|the|early|late|mid|during|before|after|to|between|around|throughout|year)\s)(1[89]\d\d|20\d\d)\b(?![-–]\w|,\d|\d)/gi;

/** Finds the bare years in a sentence, leaving out any that overlap an expression in `found`. */
export function findYears(sentence: string, found: readonly TemporalExpression[]): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  for (const m of sentence.matchAll(YEAR)) {
    if (overlapsAny(found, m.index, m[0].length) || overlapsAny(out, m.index, m[0].length)) continue;
    out.push({ kind: 'year', year: Number(m[1]), ...withLead(sentence, m.index, m[0]) });
  }
  return out;
}
