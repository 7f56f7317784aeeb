/**
 * Translation, the third origin measure: one report in two languages. A
 * translation keeps the report's sentences in order, and each keeps its
 * figures and its names, which no translator changes; the words around them
 * share no stem, so the rewrite measure (`alignment.ts`) cannot see it.
 *
 * Independent reports of one story in two languages share the figures and the
 * names too, and a careful reporter may tell them in the same order (the
 * null model's highest pairs do). What they lack is a common wire: a
 * translation names the service it translates (`avec Tidewater`, `com
 * Meridian`, the dateline's `(AFP)`). So a pair in two languages is one report
 * when one article names the other's wire service and their sentences align,
 * in order, on figures and names, above what independent reports in two
 * languages that name a common service reach (`TRANSLATION_THRESHOLD`).
 */
import { escapeRegExp } from '../text/regexp.ts';

/** A sentence as the measure reads it: its figures (digits only) and the names written inside it (capitalised, not first). */
export type Anchors = ReadonlySet<string>;

const SENTENCE_END = /(?<=[.!?؟。»”"])\s+|\n+/u;
const FIGURE = /\p{N}(?:[\p{N}.,\u00a0\u202f ]*\p{N})?/gu;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** A name is this long at least: shorter capitalised words are articles, pronouns and abbreviations of every kind. */
const NAME_MIN = 4;
/** Names are compared on their first letters, so that a declined or possessive form still matches. */
const NAME_STEM = 6;
/** A sentence with fewer anchors says too little to align. */
const MIN_ANCHORS = 2;
/** Two sentences align when they share at least this many anchors, */
const SHARED_MIN = 2;
/** and the Jaccard index of their anchors is at least this. */
const ANCHOR_MATCH = 0.4;

/** Arabic-Indic and Persian digits as ASCII digits, so that a figure reads alike in every script. */
const asciiDigits = (s: string) => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));

/** The anchors of one sentence: each figure as its digits (`4,3` and `4.3` alike), each inner capitalised word's stem. */
function anchorsOf(sentence: string): Set<string> {
  const s = asciiDigits(sentence);
  const out = new Set<string>();
  for (const [figure] of s.matchAll(FIGURE)) out.add(`#${figure.replace(/\D/g, '')}`);
  let first = true;
  for (const [word] of s.matchAll(WORD)) {
    if (!first && /^\p{Lu}/u.test(word) && word.length >= NAME_MIN) out.add(word.slice(0, NAME_STEM));
    first = false;
  }
  return out;
}

/** The anchors of each sentence of a text that has enough of them, in order. */
export function anchorSentences(text: string): Anchors[] {
  return text
    .split(SENTENCE_END)
    .map(anchorsOf)
    .filter((a) => a.size >= MIN_ANCHORS);
}

function sameAnchors(a: Anchors, b: Anchors): boolean {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared >= SHARED_MIN && shared / (a.size + b.size - shared) >= ANCHOR_MATCH;
}

/** How many sentences align in order on their anchors, and their share of the shorter text's anchored sentences. */
export function anchorAlignment(a: readonly Anchors[], b: readonly Anchors[]): { aligned: number; share: number } {
  if (!a.length || !b.length) return { aligned: 0, share: 0 };
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++)
      cur[j + 1] = sameAnchors(x, b[j]!) ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!);
    prev = cur;
  }
  const aligned = prev[b.length]!;
  return { aligned, share: aligned / Math.min(a.length, b.length) };
}

const PARENTHESES = /\(([^()]{2,40})\)/gu;

/**
 * The wire services an article names as its source: the agencies it credits and the name in its dateline's brackets
 * (`(Tidewater)`), not a region the dateline's place holds (`Stung Treng (Cambodia)`).
 */
export function wireNames(
  credits: readonly string[],
  dateline: string | null | undefined,
  place: string | null | undefined = null,
): string[] {
  const names = new Set(credits);
  for (const [, inside] of (dateline ?? '').matchAll(PARENTHESES)) {
    const name = inside!.trim();
    if (/^\p{Lu}/u.test(name) && !(place ?? '').includes(`(${name})`)) names.add(name);
  }
  return [...names];
}

/** True when `text` names one of `wires` as a whole word. */
export function namesWire(text: string, wires: readonly string[]): boolean {
  return wires.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'u').test(text));
}

/** An article as the gate reads it: its body, its whole text as received, its credits and the wire names it gives. */
interface WireSide {
  text: string;
  original?: string;
  credits: readonly string[];
  wires?: readonly string[];
}

/** True when either article names, anywhere in its text, a wire service the other names as its source. */
export function namesWireOfOther(x: WireSide, y: WireSide): boolean {
  return namesWire(y.original ?? y.text, x.wires ?? x.credits) || namesWire(x.original ?? x.text, y.wires ?? y.credits);
}
