/**
 * Copies: articles that carry the same text (one wire story under different
 * furniture). Found through shared runs of words, indexed so that the cost
 * grows with the text, not with the square of the collection.
 */
import type { Passage } from './passages';

/** Words in a run; eight words in the same order are rarely shared by independent reports. */
const SHINGLE = 8;

/** The share of the shorter text's runs the other must carry to count as a copy. */
export const COPY_CONTAINMENT = 0.5;

/** A run of words occurring in more than this many articles is boilerplate, not evidence. */
const MAX_POSTINGS = 50;

function shingles(passages: readonly Passage[]): Set<string> {
  const words = passages.map((p) => p.sentence).join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** For each article, the others that carry the same copy (at least COPY_CONTAINMENT of the shorter's word runs). */
export function findCopies(docs: ReadonlyArray<{ slug: string; passages: readonly Passage[] }>): Map<string, Set<string>> {
  const sets = docs.map((d) => shingles(d.passages));
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = postings.get(s);
      if (!list) postings.set(s, [i]);
      else if (list.length <= MAX_POSTINGS) list.push(i);
    }
  });
  const out = new Map<string, Set<string>>();
  sets.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const s of set) {
      const list = postings.get(s)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      const smaller = Math.min(set.size, sets[j]!.size);
      if (smaller && n / smaller >= COPY_CONTAINMENT) {
        const own = out.get(docs[i]!.slug) ?? new Set<string>();
        own.add(docs[j]!.slug);
        out.set(docs[i]!.slug, own);
      }
    }
  });
  return out;
}
