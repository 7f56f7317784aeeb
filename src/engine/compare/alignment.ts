/**
 * Sentence alignment, the rewrite measure: a report retold in other words
 * keeps its sentences in order, and each keeps most of its words (the names,
 * the figures, the nouns and verbs of what happened). Two independent reports
 * of one event share the event's facts too, but in sentences of their own
 * making. The measure is the share of the shorter text's sentences that align,
 * in order, with a sentence of the other sharing most of its words.
 *
 * Words are compared by their first five letters, a stem that holds across
 * inflections in the languages news arrives in; a translation therefore does
 * not align here. Two languages are aligned on their figures and names instead,
 * and only where one article names the other's wire (`translation.ts`).
 */

/** A sentence as the measure reads it: the stems of its words of four letters or more, and its numbers. */
export type SentenceWords = ReadonlySet<string>;

const SENTENCE_END = /(?<=[.!?؟。»”"])\s+|\n+/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** A sentence with fewer stems than this says too little to align. */
const MIN_WORDS = 4;
/** Two sentences align when the Jaccard index of their stems is at least this. */
export const SENTENCE_MATCH = 0.3;

// Three words or more in quotation marks, of any language's marks. Each word is read one way (its letters, then its
// spaces), so that a sentence with an opening mark and no closing one costs a scan, not every split of its words.
const QUOTATION = /[“"«„»]\s*(?:[^“”"«»„\s]+\s+){2,}[^“”"«»„]*?[”"»“«]/gu;

/** The stems of each sentence of a text long enough to compare, in order, without the words it quotes. */
export function sentenceWords(text: string): SentenceWords[] {
  const out: SentenceWords[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    // Words in quotation marks are the speaker's, heard alike by every reporter: they align no two accounts.
    const own = sentence.replace(QUOTATION, ' ');
    const stems = new Set<string>();
    for (const [w] of own.matchAll(WORD))
      if (w.length >= 4 || /^\p{N}/u.test(w)) stems.add(w.toLowerCase().slice(0, 5));
    if (stems.size >= MIN_WORDS) out.push(stems);
  }
  return out;
}

/** True when two sentences share most of their stems (also how an undated report is matched to a dated act). */
export function sameSentence(a: SentenceWords, b: SentenceWords): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared) >= SENTENCE_MATCH;
}

/** How many sentences align in order, and their share of the shorter text's sentences. */
export function alignment(
  a: readonly SentenceWords[],
  b: readonly SentenceWords[],
): { aligned: number; share: number } {
  if (!a.length || !b.length) return { aligned: 0, share: 0 };
  // The longest chain of aligned sentence pairs in order: the longest common subsequence under `sameSentence`.
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++)
      cur[j + 1] = sameSentence(x, b[j]!) ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!);
    prev = cur;
  }
  const aligned = prev[b.length]!;
  return { aligned, share: aligned / Math.min(a.length, b.length) };
}
