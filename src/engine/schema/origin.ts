/** Shared origin: pairs of articles that carry one report, and their families. */
import { z } from 'astro/zod';

/** What a flagged pair shares: the same copy (verbatim or lightly edited), the same report in other words (a rewrite), or in another language (a translation). */
export const OriginKind = z.enum(['copy', 'rewrite', 'translation']);
export type OriginKind = z.infer<typeof OriginKind>;

/** Two articles scored for a shared origin (src/engine/compare/origin.ts). */
export const OriginPair = z.object({
  /** The first article (smaller slug). */
  a: z.string(),
  /** The second article. */
  b: z.string(),
  /** `copy`, `rewrite` or `translation` when flagged as carrying one report, null when not. */
  kind: OriginKind.nullable(),
  /** Jaccard index of their five-word shingles, 0–1: how much copy they share verbatim. */
  copy: z.number().min(0).max(1),
  /** Weighted Jaccard index of their specific facts (figures, dates, people, places, quoted words), 0–1. */
  rewrite: z.number().min(0).max(1),
  /** Share of the shorter article's fact-bearing sentences that align in order with the other's, 0–1: how closely one retells the other (in two languages, aligned on figures and names). */
  aligned: z.number().min(0).max(1),
  /** A few five-word shingles both carry, as written (lowercased) in `a`; only on flagged pairs. */
  sharedShingles: z.array(z.string()),
  /** The facts both give, as written in `a`, most specific first (at most twelve). */
  sharedFacts: z.array(z.string()),
});
export type OriginPair = z.infer<typeof OriginPair>;

/** A pair as the site shows it: the scores, and the wire services either article credits. */
export const SimilarityPair = OriginPair.extend({
  /** True when the pair is flagged (`kind` is not null). */
  nearDuplicate: z.boolean(),
  /** Wire services either article credits, on flagged pairs: the likely common origin. */
  origin: z.array(z.object({ name: z.string(), slug: z.string(), quote: z.string(), anchor: z.string() })),
});
export type SimilarityPair = z.infer<typeof SimilarityPair>;

/** One member of a family measured against the family's representative: the evidence that it carries the same report. */
export const FamilyEvidence = z.object({
  /** The member. */
  slug: z.string(),
  /** `copy`, `rewrite` or `translation` when the pair with the representative is flagged itself; null when the member joined through another. */
  kind: OriginKind.nullable(),
  /** Jaccard index of five-word shingles with the representative, 0–1. */
  copy: z.number().min(0).max(1),
  /** Weighted Jaccard index of specific facts with the representative, 0–1. */
  rewrite: z.number().min(0).max(1),
  /** Share of sentences aligned in order with the representative, 0–1. */
  aligned: z.number().min(0).max(1),
  /** Up to three five-word shingles it shares with the representative. */
  sharedShingles: z.array(z.string()).max(3),
  /** Up to six facts it shares with the representative, most specific first. */
  sharedFacts: z.array(z.string()).max(6),
  /** When `kind` is null: the member it was flagged with directly, through which it joined. */
  via: z.string().nullable(),
});
export type FamilyEvidence = z.infer<typeof FamilyEvidence>;

/** Articles that carry one report: a connected component of flagged pairs. */
export const OriginFamily = z.object({
  /** 1-based, largest family first. */
  id: z.number().int().positive(),
  /** Member slugs, sorted. */
  members: z.array(z.string()).min(2),
  /** The wire service most members credit and the members that credit it; null when none does. */
  origin: z.object({ name: z.string(), creditedBy: z.array(z.string()).min(1) }).nullable(),
  /**
   * The member most likely to be the first publication, which the others are measured against: the earliest stated
   * day of publication; among members of that day or when none states one, the longest body; then the first slug.
   */
  representative: z.object({
    /** Its slug. */
    slug: z.string(),
    /** `earliest-date` when a stated day decided, `wire` when the wire's own copy was among the earliest, `longest-text` when length did. */
    basis: z.enum(['earliest-date', 'wire', 'longest-text']),
    /** The reason in words. */
    reason: z.string(),
  }),
  /** Every other member against the representative, in member order. */
  evidence: z.array(FamilyEvidence),
});
export type OriginFamily = z.infer<typeof OriginFamily>;

/** The calibrated thresholds of the origin pass and the margin they keep above the null model. */
export const OriginThresholds = z.object({
  /** Shingle Jaccard index at or above which a pair is a copy. */
  copy: z.number(),
  /** Fact score a rewrite must also reach. */
  rewrite: z.number(),
  /** Share of aligned sentences at or above which a pair is a rewrite. */
  align: z.number(),
  /** Share of sentences aligned on figures and names at or above which a pair in two languages is a translation. */
  translation: z.number(),
  /** The margin each threshold keeps above the highest score of independent reports of one story. */
  margin: z.number(),
});
export type OriginThresholds = z.infer<typeof OriginThresholds>;
