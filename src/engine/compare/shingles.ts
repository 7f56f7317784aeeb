/**
 * The copy measure's material: an article's words in a normal form, and the
 * hashes of its five-word shingles. Two articles that share most shingles carry
 * the same copy, verbatim or lightly edited.
 */
import { words } from '../text/words.ts';
import { hashString, mix32 } from './minhash.ts';

/** Words per shingle. Five: long enough that unrelated reports share almost none, short enough that light edits leave most intact. */
export const SHINGLE_WORDS = 5;

/** The body's words in a normal form for copy detection: lowercase, accents folded, one apostrophe. */
export function copyTokens(text: string): string[] {
  return words(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'"));
}

/** The hash of the shingle of `size` words that starts at word `i`, from the words' own hashes. */
function shingleHashAt(wordHashes: readonly number[], i: number, size: number): number {
  let h = 0x9747b28c;
  for (let k = i; k < i + size; k++) h = mix32(Math.imul(h, 0x9e3779b1) ^ wordHashes[k]!);
  return h;
}

/** The sorted, distinct hashes of a token list's shingles. */
export function shingleHashes(tokens: readonly string[], size = SHINGLE_WORDS): Uint32Array {
  const wh = tokens.map(hashString);
  const out = new Set<number>();
  for (let i = 0; i + size <= wh.length; i++) out.add(shingleHashAt(wh, i, size));
  return Uint32Array.from(out).sort();
}

/** Jaccard index of two sorted arrays of distinct numbers. */
export function sortedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (!a.length && !b.length) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** A few shingles of `tokens` that `other` also has, as written, not overlapping, in reading order: the evidence of a copy. */
export function sharedShingleText(tokens: readonly string[], other: Uint32Array, max = 3): string[] {
  const inOther = new Set(other);
  const wh = tokens.map(hashString);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= wh.length && out.length < max; i++) {
    if (inOther.has(shingleHashAt(wh, i, SHINGLE_WORDS))) {
      out.push(tokens.slice(i, i + SHINGLE_WORDS).join(' '));
      i += SHINGLE_WORDS - 1;
    }
  }
  return out;
}
