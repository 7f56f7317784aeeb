/**
 * The null model that sets the origin thresholds: articles of different
 * stories never share an origin, so how high their pairs score is how high
 * chance alone goes.
 */
import { factWeights } from './fact-weights.ts';
import { prepare, scorePair, type OriginDoc } from './origin.ts';

/** What the null model says: how high unrelated pairs score, and how many of them the thresholds flag. */
export interface NullModel {
  /** Pairs scored (each joins articles of two different collections). */
  pairs: number;
  /** The highest shingle Jaccard index among them. */
  copyMax: number;
  /** The highest fact score among them. */
  rewriteMax: number;
  /** How many of them the current thresholds flag. */
  flagged: number;
  /** flagged / pairs. */
  falsePositiveRate: number;
  /** The pair that reaches `rewriteMax`. */
  rewriteMaxPair: [string, string] | null;
}

/**
 * The null model: every pair of articles from two different collections
 * (different stories, so no pair shares an origin), scored as one collection
 * would be. Slugs are prefixed with the collection's index (`0/slug`).
 */
export function nullModel(collections: ReadonlyArray<ReadonlyArray<OriginDoc>>): NullModel {
  const docs = collections.flatMap((c, k) => c.map((d) => ({ ...d, slug: `${k}/${d.slug}` })));
  const owner = collections.flatMap((c, k) => c.map(() => k));
  const prepared = prepare(docs);
  const weights = factWeights(prepared.map((p) => p.facts));
  const out: NullModel = {
    pairs: 0,
    copyMax: 0,
    rewriteMax: 0,
    flagged: 0,
    falsePositiveRate: 0,
    rewriteMaxPair: null,
  };
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (owner[i] === owner[j]) continue;
      const p = scorePair(docs[i]!, docs[j]!, prepared[i]!, prepared[j]!, weights);
      out.pairs++;
      out.copyMax = Math.max(out.copyMax, p.copy);
      if (p.rewrite > out.rewriteMax) {
        out.rewriteMax = p.rewrite;
        out.rewriteMaxPair = [p.a, p.b];
      }
      if (p.kind) out.flagged++;
    }
  }
  out.falsePositiveRate = out.pairs ? out.flagged / out.pairs : 0;
  return out;
}
