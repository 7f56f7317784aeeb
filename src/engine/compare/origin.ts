/**
 * Shared origin: which articles carry the same report. Two measures, each
 * named for what it detects:
 *   - copy: the Jaccard index of five-word shingles of the body text
 *     (verbatim or lightly edited copy, whatever the furniture around it;
 *     `shingles.ts`);
 *   - rewrite: sentence alignment (`alignment.ts`): a rewrite or a
 *     translation keeps the report's sentences in order, each with its
 *     figures and names, while independent reports of one event share the
 *     facts but not the sentences. The idf-weighted Jaccard index of the
 *     specific facts (`facts.ts`, `fact-weights.ts`) is kept as a gate and as
 *     the evidence shown: shared facts alone never make a rewrite.
 * Above ALL_PAIRS_MAX articles, candidate pairs come from MinHash LSH over the
 * shingles and from an inverted index of rare facts (`origin-candidates.ts`),
 * so the pass grows with the collection, not with its square; every candidate
 * is then scored exactly. Flagged pairs join into families (connected
 * components), and a family's likely origin is the wire service its members credit.
 *
 * The thresholds are calibrated on a null model, not tuned: see the constants.
 */
import { alignment, sentenceWords, type SentenceWords } from './alignment.ts';
import { extractFacts, type Fact } from './facts.ts';
import { factScore, factWeights } from './fact-weights.ts';
import { hashString } from './minhash.ts';
import { originCandidates } from './origin-candidates.ts';
import { copyTokens, sharedShingleText, shingleHashes, sortedJaccard } from './shingles.ts';
import type { OriginFamily, OriginKind, OriginPair } from '../schema/origin.ts';

/** The records of the pass, defined once in ./schema (zod) and re-exported for callers of `originFamilies`. */
export type { OriginFamily, OriginKind, OriginPair };

/** One article as the origin pass reads it: body text only (no masthead, byline or footer), and the wire services it credits. */
export interface OriginDoc {
  /** The article's slug. */
  slug: string;
  /** The body text (the parser's blocks joined by blank lines). */
  text: string;
  /** Names of the wire services the article credits (`AFP`). */
  credits: string[];
}

/** The result of the origin pass. */
export interface OriginResult {
  /** Scored pairs: flagged first (copy, then rewrite, strongest first), then the rest by score. */
  pairs: OriginPair[];
  /** Families of two or more articles. */
  families: OriginFamily[];
  /** The family id of every article in a family; articles of no family are absent. */
  familyOf: Map<string, number>;
}

/*
 * Thresholds, from a null model (`null-model.ts`), not tuned on the pairs they
 * must find. The null model is what independent reports of the SAME story
 * score: the `independent` and `related` pairs of the calibration part of
 * tests/fixtures/origin-pairs (reports of one event by different outlets,
 * sharing its figures, dates, names and sometimes a quote; and reports that
 * share a background paragraph). Each threshold is the null model's highest
 * score plus its margin, rounded up to the next 0.01; the `test` part is never
 * used to set them. tests/unit/compare/null-model.test.ts recomputes the model
 * and fails when a threshold no longer clears it.
 */
/** The margin the copy threshold keeps above the null model's highest shingle score. */
export const NULL_MARGIN = 0.08;
/** The margin the alignment threshold keeps above the null model's highest share (as the copy threshold's). */
export const ALIGN_MARGIN = 0.08;
/** At or above this shingle Jaccard index two articles carry the same copy. */
export const COPY_THRESHOLD = 0.28;
/** At or above this share of aligned sentences (and ALIGN_MIN_SENTENCES of them) two articles carry the same report in other words. */
export const ALIGN_THRESHOLD = 0.7;
/** A rewrite aligns at least this many sentences: two short notes that share one line are not one report. */
export const ALIGN_MIN_SENTENCES = 4;
/** A rewrite's fact score is at least this: the aligned sentences carry the same specific facts. */
export const REWRITE_THRESHOLD = 0.12;
/** A rewrite must share at least this many facts (`extractFacts`). */
export const REWRITE_MIN_SHARED_FACTS = 4;

/** Scores are kept to three decimals, so that a pair's numbers read the same on every page and export. */
const round = (x: number) => Math.round(x * 1000) / 1000;

/** One document made ready for scoring. */
export interface Prepared {
  /** Its words, normalised for copy detection. */
  tokens: string[];
  /** Sorted distinct hashes of its five-word shingles. */
  shingles: Uint32Array;
  /** Its specific facts. */
  facts: Fact[];
  /** Hashes of the facts' keys. */
  factHashes: Uint32Array;
  /** The stems of each sentence, in order, for aligning sentences. */
  sentences: SentenceWords[];
}

/** Prepares the shingles and facts of every document (exported for the benchmark's timing). */
export function prepare(docs: readonly OriginDoc[]): Prepared[] {
  return docs.map((d) => {
    const tokens = copyTokens(d.text);
    const facts = extractFacts(d.text);
    return {
      tokens,
      shingles: shingleHashes(tokens),
      facts,
      factHashes: Uint32Array.from(facts, (f) => hashString(f.key)),
      sentences: sentenceWords(d.text),
    };
  });
}

/** Scores one pair on both measures and decides its kind: copy, rewrite, or neither (null). */
export function scorePair(
  x: OriginDoc,
  y: OriginDoc,
  px: Prepared,
  py: Prepared,
  weights: ReadonlyMap<string, number>,
): OriginPair {
  const copy = round(sortedJaccard(px.shingles, py.shingles));
  const { score, shared } = factScore(px.facts, py.facts, weights);
  const rewrite = round(score);
  const order = alignment(px.sentences, py.sentences);
  const aligned = round(order.share);
  const kind: OriginKind | null =
    copy >= COPY_THRESHOLD
      ? 'copy'
      : aligned >= ALIGN_THRESHOLD &&
          order.aligned >= ALIGN_MIN_SENTENCES &&
          rewrite >= REWRITE_THRESHOLD &&
          shared.length >= REWRITE_MIN_SHARED_FACTS
        ? 'rewrite'
        : null;
  return {
    a: x.slug,
    b: y.slug,
    kind,
    copy,
    rewrite,
    aligned,
    sharedShingles: kind ? sharedShingleText(px.tokens, py.shingles) : [],
    sharedFacts: [...new Set(shared.map((f) => f.label))].slice(0, 12),
  };
}

/** Connected components over flagged pairs, largest first, each with the wire service most of its members credit. */
export function familiesOf(docs: readonly OriginDoc[], pairs: readonly OriginPair[]): OriginFamily[] {
  const parent = new Map<string, string>();
  const find = (s: string): string => {
    let r = s;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(s, r);
    return r;
  };
  for (const p of pairs) {
    if (!p.kind) continue;
    for (const s of [p.a, p.b]) if (!parent.has(s)) parent.set(s, s);
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const s of [...parent.keys()].sort()) {
    const r = find(s);
    groups.set(r, [...(groups.get(r) ?? []), s]);
  }
  const credits = new Map(docs.map((d) => [d.slug, d.credits]));
  return [...groups.values()]
    .sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!))
    .map((members, k) => ({ id: k + 1, members, origin: likelyOrigin(members, credits) }));
}

/** The wire service most members of a family credit (ties by name), with the members that credit it. */
function likelyOrigin(
  members: readonly string[],
  credits: ReadonlyMap<string, readonly string[]>,
): OriginFamily['origin'] {
  const by = new Map<string, string[]>();
  for (const m of members) for (const name of new Set(credits.get(m) ?? [])) by.set(name, [...(by.get(name) ?? []), m]);
  const best = [...by].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]))[0];
  return best ? { name: best[0], creditedBy: best[1] } : null;
}

/** Flagged pairs first (copy, then rewrite), then by the higher of the two scores, then by slugs. */
function byStrength(x: OriginPair, y: OriginPair): number {
  const rank = (p: OriginPair) => (p.kind === 'copy' ? 0 : p.kind === 'rewrite' ? 1 : 2);
  return (
    rank(x) - rank(y) ||
    Math.max(y.copy, y.rewrite) - Math.max(x.copy, x.rewrite) ||
    (x.a < y.a ? -1 : x.a > y.a ? 1 : 0) ||
    (x.b < y.b ? -1 : x.b > y.b ? 1 : 0)
  );
}

/**
 * The origin pass: scored pairs, families of articles that carry one report,
 * and each article's family. Pure and deterministic (fixed hash seeds; the
 * result does not depend on the order of `docs`). The corpus pass dates an
 * undated article from a dated one whose pair with it is flagged (`pairs`).
 */
export function originFamilies(docs: ReadonlyArray<OriginDoc>): OriginResult {
  const sorted = [...docs].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const prepared = prepare(sorted);
  const weights = factWeights(prepared.map((p) => p.facts));
  const pairs = originCandidates(prepared).map(([i, j]) =>
    scorePair(sorted[i]!, sorted[j]!, prepared[i]!, prepared[j]!, weights),
  );
  pairs.sort(byStrength);
  const families = familiesOf(sorted, pairs);
  const familyOf = new Map<string, number>();
  for (const f of families) for (const m of f.members) familyOf.set(m, f.id);
  return { pairs, families, familyOf };
}
