/**
 * The null model that sets the origin thresholds: how high independent
 * reports of the same story score. Such reports share the story's figures,
 * dates, names and often a quoted line, so they are the pairs a threshold must
 * clear; reports of different stories share nothing and would set it too low.
 */
import { factWeights } from './fact-weights.ts';
import { prepare, scorePair, type OriginDoc } from './origin.ts';

/** What the null model says: how high independent pairs score, and how many of them the thresholds flag. */
export interface NullModel {
  /** Pairs scored. */
  pairs: number;
  /** The highest shingle Jaccard index among them. */
  copyMax: number;
  /** The highest share of aligned sentences among them. */
  alignMax: number;
  /** How many of them the current thresholds flag. */
  flagged: number;
  /** The pair that reaches `alignMax`. */
  alignMaxPair: [string, string] | null;
}

/**
 * The null model over pairs known to carry two origins, scored as one
 * collection would score them (fact weights over all their articles).
 */
export function nullModel(pairs: ReadonlyArray<readonly [OriginDoc, OriginDoc]>): NullModel {
  const docs = pairs.flat();
  const prepared = prepare(docs);
  const weights = factWeights(prepared.map((p) => p.facts));
  const out: NullModel = { pairs: 0, copyMax: 0, alignMax: 0, flagged: 0, alignMaxPair: null };
  pairs.forEach(([x, y], k) => {
    const p = scorePair(x, y, prepared[2 * k]!, prepared[2 * k + 1]!, weights);
    out.pairs++;
    out.copyMax = Math.max(out.copyMax, p.copy);
    if (p.aligned > out.alignMax) {
      out.alignMax = p.aligned;
      out.alignMaxPair = [p.a, p.b];
    }
    if (p.kind) out.flagged++;
  });
  return out;
}
