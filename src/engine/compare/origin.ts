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
 * Up to ALL_PAIRS_MAX articles every pair is scored. Above it, families are
 * grown article by article (`family-search.ts`): MinHash LSH over the shingles
 * and an index of rare facts propose candidates, and an article is scored
 * against one family member at a time until a pair is flagged, so the pass
 * grows with the collection, not with its square, however large a family is.
 * Flagged pairs join into families (connected components); each family names
 * the wire service its members credit, its likely first publication (the
 * representative) and each member's evidence against it (`families.ts`). The
 * pairs listed are every pair in a small collection; in a large one, the
 * flagged pairs scored and, per article, its few strongest unflagged ones, so
 * the output grows linearly too.
 *
 * The thresholds are calibrated on a null model, not tuned: see the constants.
 */
import { alignment, sentenceWords, type SentenceWords } from './alignment.ts';
import { extractFacts, type Fact } from './facts.ts';
import { factScore, factWeights } from './fact-weights.ts';
import { hashString } from './minhash.ts';
import { ALL_PAIRS_MAX } from './origin-candidates.ts';
import { searchFamilies } from './family-search.ts';
import { describeFamilies } from './families.ts';
import { copyTokens, sharedShingleText, shingleHashes, sortedJaccard } from './shingles.ts';
import { anchorAlignment, anchorSentences, namesWireOfOther, type Anchors } from './translation.ts';
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
  /** Its stated day of publication (YYYY-MM-DD), when the text states one: which member of a family came first. */
  published?: string | null;
  /** Its language, when known: two languages are compared as a translation, not as a rewrite. */
  language?: string | null;
  /** The wire services it names as its source: its credits and its dateline's bracketed name (`wireNames`). */
  wires?: string[];
  /** Its whole text as received, furniture included, where a translation names the service it translates. */
  original?: string;
  /** The outlet that published it, when known: the wire's own copy is its family's likely first publication. */
  publisher?: string | null;
}

/** The result of the origin pass. */
export interface OriginResult {
  /** Listed pairs, flagged first (copy, then rewrite, strongest first): every pair up to ALL_PAIRS_MAX articles, else the flagged pairs scored and at most RELATED_PER_ARTICLE unflagged ones per article. */
  pairs: OriginPair[];
  /** How many pairs were scored. */
  scored: number;
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
/**
 * At or above this share of sentences aligned on figures and names (and ALIGN_MIN_SENTENCES of them) two articles in
 * two languages, one naming the other's wire service, carry one report: the highest such pair of independent reports
 * in the calibration stories (0.50) plus ALIGN_MARGIN, rounded up. `tests/unit/compare/translation-null.test.ts`.
 */
export const TRANSLATION_THRESHOLD = 0.58;
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
  /** The figures and names of each sentence, in order, for aligning a translation. */
  anchors: Anchors[];
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
      anchors: anchorSentences(d.text),
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
  // Two languages share no stems: their sentences are aligned on figures and names instead.
  const twoLanguages = !!x.language && !!y.language && x.language.slice(0, 2) !== y.language.slice(0, 2);
  const order = twoLanguages ? anchorAlignment(px.anchors, py.anchors) : alignment(px.sentences, py.sentences);
  const aligned = round(order.share);
  const kind: OriginKind | null =
    copy >= COPY_THRESHOLD
      ? 'copy'
      : twoLanguages
        ? aligned >= TRANSLATION_THRESHOLD && order.aligned >= ALIGN_MIN_SENTENCES && namesWireOfOther(x, y)
          ? 'translation'
          : null
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

/** Flagged pairs first (copy, then rewrite), then by the higher of the two scores, then by slugs. */
function byStrength(x: OriginPair, y: OriginPair): number {
  const rank = (p: OriginPair) => (p.kind === 'copy' ? 0 : p.kind === 'rewrite' ? 1 : p.kind === 'translation' ? 2 : 3);
  return (
    rank(x) - rank(y) ||
    Math.max(y.copy, y.rewrite) - Math.max(x.copy, x.rewrite) ||
    (x.a < y.a ? -1 : x.a > y.a ? 1 : 0) ||
    (x.b < y.b ? -1 : x.b > y.b ? 1 : 0)
  );
}

/** Above ALL_PAIRS_MAX articles, unflagged pairs listed per article at most: its strongest few, so that the listing grows linearly. */
export const RELATED_PER_ARTICLE = 5;

/** The flagged pairs, then unflagged pairs by strength while both articles have fewer than RELATED_PER_ARTICLE listed. */
function listedPairs(scored: readonly OriginPair[]): OriginPair[] {
  const sorted = [...scored].sort(byStrength);
  const kept = new Map<string, number>();
  return sorted.filter((p) => {
    if (p.kind) return true;
    const [ka, kb] = [kept.get(p.a) ?? 0, kept.get(p.b) ?? 0];
    if (ka >= RELATED_PER_ARTICLE || kb >= RELATED_PER_ARTICLE) return false;
    kept.set(p.a, ka + 1);
    kept.set(p.b, kb + 1);
    return true;
  });
}

/** Every pair scored, the groups flagged pairs join and each article's first flagged partner, scoring all pairs (a small collection). */
function scoreAllPairs(n: number, score: (i: number, j: number) => OriginPair) {
  const scored: OriginPair[] = [];
  const root = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  const partner = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const p = score(i, j);
      scored.push(p);
      if (!p.kind) continue;
      const [ri, rj] = [find(i), find(j)];
      root[Math.max(ri, rj)] = Math.min(ri, rj);
      if (partner[i] === -1) partner[i] = j;
      if (partner[j] === -1) partner[j] = i;
    }
  return { scored, root: Int32Array.from({ length: n }, (_, i) => find(i)), partner };
}

/**
 * The origin pass: listed pairs, families of articles that carry one report
 * (with their representative and evidence), and each article's family. Pure and
 * deterministic (fixed hash seeds; the result does not depend on the order of
 * `docs`). The corpus pass dates an undated article from a dated one of its family.
 */
export function originFamilies(docs: ReadonlyArray<OriginDoc>): OriginResult {
  const sorted = [...docs].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const prepared = prepare(sorted);
  const weights = factWeights(prepared.map((p) => p.facts));
  const score = (i: number, j: number) => scorePair(sorted[i]!, sorted[j]!, prepared[i]!, prepared[j]!, weights);
  const small = sorted.length <= ALL_PAIRS_MAX;
  const found = small ? scoreAllPairs(sorted.length, score) : searchFamilies(prepared, score);
  const bySlugs = new Map(found.scored.map((p) => [`${p.a}\n${p.b}`, p]));
  const groups = new Map<number, number[]>();
  found.root.forEach((r, i) => groups.set(r, [...(groups.get(r) ?? []), i]));
  const families = describeFamilies({
    docs: sorted,
    words: prepared.map((p) => p.tokens.length),
    groups: [...groups.values()].filter((g) => g.length > 1),
    partner: found.partner,
    pair: (i, j) => bySlugs.get(`${sorted[i]!.slug}\n${sorted[j]!.slug}`) ?? score(i, j),
  });
  const familyOf = new Map<string, number>();
  for (const f of families) for (const m of f.members) familyOf.set(m, f.id);
  return {
    pairs: small ? [...found.scored].sort(byStrength) : listedPairs(found.scored),
    scored: found.scored.length,
    families,
    familyOf,
  };
}
