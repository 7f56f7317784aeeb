/**
 * Event labels: the clause of a sentence that names what happened on a date,
 * and the penalty by which the best of an event's labels is chosen.
 */
import { splitClauses } from '../text/clauses.ts';
import { countTokens } from '../text/words.ts';
import type { TemporalExpression } from '../time/types.ts';
import type { Mention } from './mentions.ts';

/** A sentence up to this length is its own label. */
const LABEL_WHOLE_SENTENCE = 120;
/** The longest label built from whole clauses. */
const LABEL_MAX = 140;
/** A label shorter than this (or without a verb) takes in a neighbouring clause. */
const LABEL_MIN_WORDS = 6;

// A finite verb, roughly: enough to tell "The mission’s withdrawal, beginning January 1"
// (no verb yet) from a clause that says what happened.
const VERBISH =
  /\b(?:\w{3,}ed|will|would|shall|is|are|was|were|has|have|had|began|begun|took|left|came|gave|went|made|said|says|told|remains?|marks?|ends?|begins?|became|held|met|won|lost|fell|rose|sent|set|led)\b/i;

/** A label's text without closing punctuation or a dangling connector (“, and”, “ of the”). */
function finish(s: string): string {
  return s
    .replace(/[.!?]+(?=[”"’]?$)/, '')
    .replace(/(?:[\s,;:—–-]+|\s+(?:that|which|who|and|or|but|the|a|an|of|to|in|as))+$/i, '')
    .trim();
}

/** The clause-level label for an expression: the whole sentence when short, else the clauses around the expression (`others`: the sentence's other expressions). */
export function labelFor(
  sentence: string,
  expr: TemporalExpression,
  others: readonly TemporalExpression[] = [],
): string {
  if (sentence.length <= LABEL_WHOLE_SENTENCE) return finish(sentence);
  const clauses = splitClauses(sentence);
  const k = Math.max(
    0,
    clauses.findIndex((c) => expr.index >= c.start && expr.index < c.end),
  );
  const span = (a: number, b: number) => sentence.slice(clauses[a]!.start, clauses[b]!.end);
  let a = 0;
  let b = k;
  if (span(a, b).length > LABEL_MAX) a = k;
  const short = () => countTokens(span(a, b)) < LABEL_MIN_WORDS || !VERBISH.test(span(a, b));
  // Never reach forward into a clause that dates something else ("in power since 2020, demanded … in June").
  const datesOther = (c: number) =>
    others.some((o) => o !== expr && o.index >= clauses[c]!.start && o.index < clauses[c]!.end);
  while (short() && b < clauses.length - 1 && !datesOther(b + 1) && span(a, b + 1).length <= LABEL_MAX) b++;
  while (short() && a > 0 && span(a - 1, b).length <= LABEL_MAX) a--;
  const label = finish(span(a, b));
  if (label.length <= LABEL_MAX + 20) return label;
  return cutAround(sentence, clauses[a]!.start, expr.index);
}

/** One clause longer than a label: the words around the expression, marked as cut (`…`). */
function cutAround(sentence: string, clauseStart: number, index: number): string {
  const from = Math.max(clauseStart, index - 60);
  const cutStart = from === clauseStart ? from : sentence.indexOf(' ', from) + 1;
  const cutEnd = sentence.lastIndexOf(' ', cutStart + LABEL_MAX);
  return `${cutStart > clauseStart ? '…' : ''}${finish(sentence.slice(cutStart, cutEnd))}…`;
}

/** Lower is a better label: a sentence that opens with its subject (not a pronoun left unresolved, not a cut), not too long or short, early in its article. */
export function labelPenalty(m: Pick<Mention, 'label' | 'anchor' | 'expression'>): number {
  const len = m.label.length;
  const paragraph = Number(/^p-(\d+)$/.exec(m.anchor)?.[1] ?? 1);
  const first = m.label.split(/\s/, 1)[0] ?? '';
  const dependent =
    !/^[\p{Lu}“"‘[]/u.test(m.label) || (/^\p{Lu}\p{Ll}+ing$/u.test(first) && !m.label.startsWith(m.expression));
  const pronoun = /^(?:He|She|It|They|His|Her|Its|Their|This|These)\b/.test(m.label);
  return (
    Math.max(0, len - 150) +
    Math.max(0, 40 - len) +
    10 * (paragraph - 1) +
    (dependent ? 40 : 0) +
    (pronoun ? 60 : 0) +
    (m.label.startsWith('…') ? 30 : 0) +
    (m.label.includes('…') ? 20 : 0)
  );
}
