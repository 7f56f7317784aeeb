/**
 * The label a reader sees for an event: one sentence of a source, whole when
 * it is short enough, else the clauses that tell the act with every cut marked
 * by an ellipsis. Two kinds of addition are made, each in square brackets so
 * that nothing reads as the source's words: the person a leading pronoun
 * stands for, when the paragraph named one just before (`[Ines Varga] praised…`),
 * and the date a relative time word resolves to (`on Sunday [31 December 2023]`).
 */
import { findPeople } from '../compare/people.ts';
import { MONTH_NAMES } from '../time/names.ts';
import { isCompleteClause } from './key-moments.ts';
import type { ResolvedWindow, TemporalExpression } from '../time/types.ts';

/** A sentence up to this length is its own label. */
export const WHOLE_SENTENCE_MAX = 220;

// A pronoun that opens a sentence and stands for a person or body named before it.
const LEADING_PRONOUN = /^(He|She|They|His|Her|Their)\b/;
// The rest of a list of names after its first item: ", Tomas Berg and Lina Ruiz".
const CAPITALISED = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*`;
const LIST_AFTER = new RegExp(String.raw`^(?:,\s*${CAPITALISED})*,?\s+(?:and|or)\s+${CAPITALISED}`, 'u');

/** The sentence without closing punctuation. */
function finish(s: string): string {
  return s
    .trim()
    .replace(/[.!?]+(?=[”"’]?$)/, '')
    .replace(/[\s,;:—–-]+$/, '');
}

/**
 * The one person the paragraph names before this sentence (`findPeople`, titles left out), or null when it names
 * none or several: with two names before it, which one "he" means is a guess.
 */
export function antecedent(before: string): string | null {
  const names = new Set(
    findPeople(before, () => false)
      .filter((p) => !p.surnameOnly)
      .map((p) => p.name),
  );
  return names.size === 1 ? [...names][0]! : null;
}

/** A window as a reader reads it: a day, a week, a month, a season or a year. */
export function windowWords(w: Pick<ResolvedWindow, 'start' | 'end' | 'precision'>): string {
  const [y, m, d] = w.start.split('-').map(Number) as [number, number, number];
  switch (w.precision) {
    case 'day':
      return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
    case 'week':
      return `week of ${d} ${MONTH_NAMES[m - 1]} ${y}`;
    case 'month':
      return `${MONTH_NAMES[m - 1]} ${y}`;
    case 'season':
      return `${MONTH_NAMES[m - 1]}–${MONTH_NAMES[Number(w.end.slice(5, 7)) - 1]} ${y}`;
    default:
      return String(y);
  }
}

/** True when the expression does not say its own year: a weekday, `last week`, `in June`, `on December 31`. */
function needsItsDate(e: TemporalExpression): boolean {
  return !/\b\d{4}\b/.test(e.text);
}

/** The part of the sentence the label shows: whole, or the verbatim clause label with its cuts marked. */
function shownSpan(sentence: string, clause: string): { text: string; from: number } {
  const whole = finish(sentence);
  const lead = sentence.length - sentence.trimStart().length;
  if (whole.length <= WHOLE_SENTENCE_MAX || !clause) return { text: whole, from: lead };
  let bare = clause.replace(/^…/, '').replace(/…$/, '');
  const from = sentence.indexOf(bare);
  if (from < 0) return { text: whole, from: lead };
  // Never end inside a list of names ("signed by Asha…" where the source names three signatories).
  const list = LIST_AFTER.exec(sentence.slice(from + bare.length));
  if (list) bare += list[0];
  const opens = (bare.match(/[“]/g) ?? []).length;
  const closes = (bare.match(/[”]/g) ?? []).length;
  const straight = (bare.match(/"/g) ?? []).length;
  // A cut inside quotation marks would put words together that the source did not say together.
  if (opens !== closes || straight % 2) return { text: whole, from: lead };
  const cutBefore = from > lead;
  const cutAfter = from + bare.length < lead + whole.length;
  // A cut that leaves no subject and verb tells less than the whole sentence, however long.
  if ((cutBefore || cutAfter) && !isCompleteClause(bare)) return { text: whole, from: lead };
  return { text: `${cutBefore ? '…' : ''}${bare}${cutAfter ? '…' : ''}`, from: from - (cutBefore ? 1 : 0) };
}

/**
 * The label of one mention: `sentence` with `clause` (the verbatim clause label) as the part shown when the
 * sentence is long, the dates of its relative expressions (`windows`, by expression) and the antecedent of a
 * leading pronoun from `before` (the paragraph up to the sentence).
 */
export function displayLabel(
  sentence: string,
  clause: string,
  expressions: readonly TemporalExpression[],
  windows: ReadonlyMap<TemporalExpression, ResolvedWindow | null>,
  before: string,
): string {
  const { text, from } = shownSpan(sentence, clause);
  let out = text;
  // Dates first, from the end, so earlier offsets stay valid.
  const inSpan = expressions
    .map((e) => ({ e, at: e.index - from }))
    .filter(
      ({ e, at }) => at >= 0 && at + e.text.length <= text.length && text.slice(at, at + e.text.length) === e.text,
    )
    .sort((a, b) => b.at - a.at);
  for (const { e, at } of inSpan) {
    const w = windows.get(e);
    if (!w || !needsItsDate(e)) continue;
    const end = at + e.text.length;
    out = `${out.slice(0, end)} [${windowWords(w)}]${out.slice(end)}`;
  }
  const pronoun = LEADING_PRONOUN.exec(out);
  const who = pronoun ? antecedent(before) : null;
  if (pronoun && who) {
    const possessive = /^(?:His|Her|Their)$/.test(pronoun[1]!);
    out = `[${who}${possessive ? '’s' : ''}]${out.slice(pronoun[1]!.length)}`;
  }
  return out;
}
