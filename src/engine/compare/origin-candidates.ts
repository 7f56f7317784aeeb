/**
 * Which pairs of articles the origin pass scores: every pair in a small
 * collection; in a large one, the pairs MinHash LSH proposes on shingles
 * (`minhash.ts`) and those that share rare facts, so the work grows with the
 * collection, not with its square.
 */
import { lshCandidates, signature } from './minhash.ts';
import type { Prepared } from './origin.ts';

/** Up to this many articles, every pair is scored (and listed); above it, only the pairs LSH or the rare-fact index propose. */
export const ALL_PAIRS_MAX = 60;
/**
 * LSH rows per band for shingles (42 bands): proposes a pair at Jaccard 0.5
 * with p ≈ 0.995, at 0.3 with p ≈ 0.68, and unrelated reports (0.01) almost
 * never. A lightly edited copy nearer the threshold also shares its rare facts,
 * so the fact index proposes it, and it is still scored (and named) as a copy.
 */
export const SHINGLE_ROWS = 3;
/** In a large collection, a fact more articles than this give proposes no pair (it tells the story, not the report; it still counts in the score). A fixed bound keeps the work linear. */
export const FACT_CANDIDATE_MAX_DF = 30;
/** In a large collection, two articles are scored on facts when they share at least this many facts that few articles give. */
export const FACT_CANDIDATE_MIN_SHARED = 2;

/** The pairs worth scoring, as [i, j] with i < j, sorted: every pair in a small collection, else those LSH proposes on shingles and those that share rare facts. */
export function originCandidates(prepared: readonly Prepared[]): Array<[number, number]> {
  const n = prepared.length;
  if (n <= ALL_PAIRS_MAX) return allPairs(n);
  const byShingles = lshCandidates(
    prepared.map((p) => (p.shingles.length ? signature(p.shingles) : null)),
    SHINGLE_ROWS,
  );
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [i, j] of [...byShingles, ...rareFactCandidates(prepared)]) {
    if (seen.has(i * n + j)) continue;
    seen.add(i * n + j);
    out.push([i, j]);
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Every pair of `n` documents, in order. */
function allPairs(n: number): Array<[number, number]> {
  const all: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) all.push([i, j]);
  return all;
}

/**
 * Pairs that share at least FACT_CANDIDATE_MIN_SHARED facts few articles give, through an inverted index.
 * (MinHash over fact sets would not do: unrelated reports share common figures often enough to swamp the bands.)
 */
function rareFactCandidates(prepared: readonly Prepared[]): Array<[number, number]> {
  const n = prepared.length;
  const postings = new Map<number, number[]>();
  prepared.forEach((p, d) => {
    for (const h of p.factHashes) {
      const list = postings.get(h);
      if (list) list.push(d);
      else postings.set(h, [d]);
    }
  });
  const sharedRare = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > FACT_CANDIDATE_MAX_DF) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const id = list[x]! * n + list[y]!;
        sharedRare.set(id, (sharedRare.get(id) ?? 0) + 1);
      }
  }
  const byFacts: Array<[number, number]> = [];
  for (const [id, count] of sharedRare)
    if (count >= FACT_CANDIDATE_MIN_SHARED) byFacts.push([Math.floor(id / n), id % n]);
  return byFacts;
}
