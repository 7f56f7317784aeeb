/**
 * The label a reader sees for an event: one sentence of a source, whole when
 * it is short enough, else the clauses that tell the act with every cut marked
 * by an ellipsis. Two kinds of addition are made, each in square brackets so
 * that nothing reads as the source's words: the person a leading pronoun
 * stands for, when the paragraph named one just before (`[Guterres] praised…`),
 * and the date a relative time word resolves to (`on Sunday [31 December 2023]`).
 */
import { MONTH_NAMES } from '../time/names.ts';
import { isCompleteClause } from './key-moments.ts';
import type { ResolvedWindow, TemporalExpression } from '../time/types.ts';

/** A sentence up to this length is its own label. */
export const WHOLE_SENTENCE_MAX = 220;

// A pronoun that opens a sentence and stands for a person or body named before it.
const LEADING_PRONOUN = /^(He|She|They|His|Her|Their)\b/;
// A name: two or more capitalised words in a row (`Antonio Guterres`, `Fatoumata Kaba`).
const NAME = /\p{Lu}[\p{L}’'-]+(?:\s+(?:de|da|van|von|al|bin|el)?\s*\p{Lu}[\p{L}’'-]+)+/gu;
// Words that open a capitalised run without being part of a name.
const NOT_NAME_START = /^(?:The|A|An|On|In|At|By|For|From|As|After|Before|Since|Last|This|Next|But|And|Mr|Mrs|Ms|Dr)$/;

// The rest of a list of names after its first item: ", Niger, and Burkina Faso".
const CAPITALISED = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*`;
const LIST_AFTER = new RegExp(String.raw`^(?:,\s*${CAPITALISED})*,?\s+(?:and|or)\s+${CAPITALISED}`, 'u');

/** The sentence without closing punctuation. */
function finish(s: string): string {
  return s
    .trim()
    .replace(/[.!?]+(?=[”"’]?$)/, '')
    .replace(/[\s,;:—–-]+$/, '');
}

/** The last name given in the paragraph before this sentence, or null. */
export function antecedent(before: string): string | null {
  const names = [...before.matchAll(NAME)].map((m) => {
    const words = m[0].split(/\s+/);
    while (words.length > 1 && NOT_NAME_START.test(words[0]!)) words.shift();
    return words.length > 1 ? words.join(' ') : null;
  });
  return names.filter((n): n is string => n !== null).at(-1) ?? null;
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
  // Never end inside a list of names ("established by Mali…" where the source names three countries).
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
