/** Where an expression sits in its sentence: the word that introduces it, and whether it overlaps one found already. */
import type { TemporalExpression } from './types.ts';

// A word just before an expression that introduces it ("as of Friday", "by December 31").
const LEAD =
  /(?:^|\s)(as of|no later than|by|until|till|before|after|following|beginning|starting|since|from|on|in|during|through|throughout|at)\s*$/i;
// The same kind of word when chrono already read it as part of the expression.
const INNER_LEAD = /^(as of|on|in|by|since|until|from|following|after|before|beginning|during)\s+/i;

/** Extends an expression back over the word that introduces it (`as of`, `in`, `by`), which also decides deadlines. */
export function withLead(
  sentence: string,
  index: number,
  text: string,
): { text: string; index: number; lead: string | null } {
  const inner = INNER_LEAD.exec(text);
  if (inner) return { text, index, lead: inner[1]!.toLowerCase() };
  const m = LEAD.exec(sentence.slice(Math.max(0, index - 20), index));
  if (!m?.[1]) return { text, index, lead: null };
  const spanStart = index - m[0].trimStart().length;
  return { text: sentence.slice(spanStart, index) + text, index: spanStart, lead: m[1].toLowerCase() };
}

/** True when the span at `index` of `length` characters overlaps an expression in `found`. */
export function overlapsAny(found: readonly TemporalExpression[], index: number, length: number): boolean {
  return found.some((f) => index < f.index + f.text.length && f.index < index + length);
}

/** Expressions in order of appearance (a stable sort: ties keep the order they were found in). */
export function byPosition(a: TemporalExpression, b: TemporalExpression): number {
  return a.index - b.index;
}
