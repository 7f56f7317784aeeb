/** Clause boundaries inside a sentence, used to shorten ledes into titles and sentences into event labels. */

/** A span of a sentence. */
export interface Clause {
  /** The clause text, verbatim. */
  text: string;
  /** Offset of its first character in the sentence. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

// A clause ends at , ; : or a spaced dash (but not in "December 31, 2023" or "15,000"),
// or just before a word that opens a subordinate clause.
const BOUNDARY =
  /[,;:](?=\s+(?!\d{4}\b))|\s[—–-](?=\s)|(?<=\S)\s(?=(?:when|which|who|whom|whose|where|while|after|following|leading|amid|although|though|because|despite|unlike|culminating|citing|prompting|highlighting|according)\b)/g;

/** Splits a sentence into clauses; concatenated, their texts plus the white space between them give the sentence back. */
export function splitClauses(sentence: string): Clause[] {
  const cuts: number[] = [];
  for (const m of sentence.matchAll(BOUNDARY)) {
    const at = m[0].trim() === '' ? m.index : m.index + (/^[,;:]/.test(m[0]) ? 1 : 0);
    if (at > 0 && at < sentence.length) cuts.push(at);
  }
  const clauses: Clause[] = [];
  let from = 0;
  for (const at of [...cuts, sentence.length]) {
    const raw = sentence.slice(from, at);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) clauses.push({ text, start: from + lead, end: from + lead + text.length });
    from = at;
  }
  return clauses;
}

const TRAILING = /[\s,;:—–-]+$/;

/** Removes parenthetical asides `( … )` and the space before them. */
export function withoutParentheticals(text: string): string {
  return text.replace(/\s*\([^()]*\)/g, '');
}

/** Shortens a sentence to at most `max` characters at a clause boundary, never adding words. */
export function shortenAtClause(sentence: string, max = 140): string {
  const trimEnd = (s: string) => s.replace(/[.!?]+$/, '').replace(TRAILING, '');
  // Candidates: the sentence, the sentence without its parenthetical asides, and every clause-boundary
  // prefix of either; the longest that fits wins.
  const candidates = new Set<string>();
  for (const variant of [sentence, withoutParentheticals(sentence)]) {
    candidates.add(trimEnd(variant.trim()));
    for (const c of splitClauses(variant)) candidates.add(trimEnd(variant.slice(0, c.end)));
  }
  const fitting = [...candidates].filter((c) => c.length > 0 && c.length <= max).sort((a, b) => b.length - a.length);
  if (fitting[0]) return fitting[0];
  // Only when no clause fits is the text cut at a word boundary, and the ellipsis says so.
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(TRAILING, '')}…`;
}
