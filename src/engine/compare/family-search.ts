/**
 * The origin pass in a large collection: families grown article by article, so
 * that an article is scored against one member of each family it may belong to,
 * not against every member.
 *
 * Articles are taken in slug order. Each is proposed candidates among the
 * articles before it: those MinHash LSH puts in one bucket with it on its
 * shingles (`minhash.ts`), and the families' first members ("anchors") that
 * share at least FACT_CANDIDATE_MIN_SHARED facts with it that few anchors give.
 * Candidates are grouped by the family they already belong to; within a group
 * they are scored, most likely first, until one pair is flagged, and the
 * article joins that family. A family is a connected component of flagged
 * pairs, so one flagged pair joins it as well as all of them would: the pairs
 * left unscored are pairs inside one family, which cannot change it.
 *
 * Each LSH bucket keeps one article per family: a copy of a report already in
 * the bucket adds nothing there, which keeps buckets (and the work) from
 * growing with the size of a family.
 */
import { bandKey, signature, SIGNATURE_SIZE } from './minhash.ts';
import { FACT_CANDIDATE_MAX_DF, FACT_CANDIDATE_MIN_SHARED, SHINGLE_ROWS } from './origin-candidates.ts';
import type { OriginPair } from '../schema/origin.ts';
import type { Prepared } from './origin.ts';

/** What the search finds: the pairs it scored, and for each article the root of its family. */
export interface FamilySearch {
  /** Every pair scored, as `score` returned it. */
  scored: OriginPair[];
  /** Per article (by index), the index of its family's root; an article of no family is its own root. */
  root: Int32Array;
  /** Per article, the article it was first flagged with (by index), or -1. */
  partner: Int32Array;
}

/** Union-find over article indices; the smaller index is the root, so roots do not depend on merge order. */
function unionFind(n: number) {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) [i, parent[i]] = [parent[i]!, r];
    return r;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

/** Candidates among earlier articles, each with its number of votes (LSH bands shared, plus rare facts shared with an anchor). */
function proposeCandidates(
  keys: readonly number[],
  buckets: Array<Map<number, number[]>>,
  facts: Uint32Array,
  anchorsByFact: Map<number, number[]>,
): Map<number, number> {
  const votes = new Map<number, number>();
  keys.forEach((key, band) => {
    for (const j of buckets[band]!.get(key) ?? []) votes.set(j, (votes.get(j) ?? 0) + 1);
  });
  const byFact = new Map<number, number>();
  for (const h of new Set(facts)) {
    const anchors = anchorsByFact.get(h);
    if (anchors && anchors.length <= FACT_CANDIDATE_MAX_DF)
      for (const a of anchors) byFact.set(a, (byFact.get(a) ?? 0) + 1);
  }
  for (const [a, count] of byFact) if (count >= FACT_CANDIDATE_MIN_SHARED) votes.set(a, (votes.get(a) ?? 0) + count);
  return votes;
}

/** Grows the families of a large collection article by article (see the file's comment). `score` decides a pair. */
export function searchFamilies(
  prepared: readonly Prepared[],
  score: (i: number, j: number) => OriginPair,
): FamilySearch {
  const n = prepared.length;
  const { find, union } = unionFind(n);
  const bands = Math.floor(SIGNATURE_SIZE / SHINGLE_ROWS);
  const buckets = Array.from({ length: bands }, () => new Map<number, number[]>());
  const anchorsByFact = new Map<number, number[]>();
  const partner = new Int32Array(n).fill(-1);
  const scored: OriginPair[] = [];
  for (let i = 0; i < n; i++) {
    const sig = prepared[i]!.shingles.length ? signature(prepared[i]!.shingles) : null;
    const keys = sig ? Array.from({ length: bands }, (_, band) => bandKey(sig, band, SHINGLE_ROWS)) : [];
    const votes = proposeCandidates(keys, buckets, prepared[i]!.factHashes, anchorsByFact);
    const groups = new Map<number, number[]>();
    for (const j of [...votes.keys()].sort((x, y) => votes.get(y)! - votes.get(x)! || x - y)) {
      const r = find(j);
      groups.set(r, [...(groups.get(r) ?? []), j]);
    }
    for (const members of groups.values())
      for (const j of members) {
        const p = score(j, i);
        scored.push(p);
        if (!p.kind) continue;
        union(i, j);
        if (partner[i] === -1) partner[i] = j;
        if (partner[j] === -1) partner[j] = i;
        break;
      }
    keys.forEach((key, band) => {
      const bucket = buckets[band]!.get(key);
      if (!bucket) buckets[band]!.set(key, [i]);
      else if (!bucket.some((j) => find(j) === find(i))) bucket.push(i);
    });
    if (find(i) === i)
      for (const h of new Set(prepared[i]!.factHashes)) anchorsByFact.set(h, [...(anchorsByFact.get(h) ?? []), i]);
  }
  return { scored, root: Int32Array.from({ length: n }, (_, i) => find(i)), partner };
}
