/**
 * Pairwise similarity of articles: an idf-weighted containment of content
 * words (which catches a rewrite that keeps the reporting but changes the
 * wording), and the Jaccard index of three-word shingles (which measures
 * verbatim copying). Written out rather than taken from a library: both are a
 * few lines, and the tokenisation must be the one the rest of the engine uses.
 */
import type { Article } from '../schema';
import { STOPWORDS, words } from '../text';
import type { SimilarityPair } from './schema';

/**
 * At or above this weighted containment a pair shares much of its reporting.
 * Set from the seeds: two pairs that retell one source score 0.19 and 0.24;
 * independent coverage of the same story scores 0.13 or less.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.16;

/** Lowercase content words with light stemming (numbers kept: figures are reporting too). */
export function contentWords(text: string): string[] {
  return words(text.toLowerCase())
    .map((w) => w.replace(/[’']s$/, ''))
    .filter((w) => !STOPWORDS.has(w) && (w.length > 2 || /\d/.test(w)))
    .map((w) => w.replace(/(?<=\w{3})(?:ing|ed|es|s)$/, ''));
}

/** Three-word shingles of the whole text, stopwords included (verbatim reuse keeps them). */
export function shingles(text: string, size = 3): Set<string> {
  const w = words(text.toLowerCase());
  const out = new Set<string>();
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '));
  return out;
}

/** Jaccard index of two sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Inverse document frequency, ln(N / df): a word every article uses (the story's own vocabulary) weighs nothing. */
export function inverseFrequencies(docs: readonly ReadonlySet<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  return new Map([...df].map(([t, n]) => [t, Math.log(docs.length / n)]));
}

/**
 * Weighted containment: the idf-weighted share of the smaller vocabulary that
 * the other text also uses. Symmetric. A rewrite keeps the facts and the rare
 * words that carry them (ceremony, flag, the figures) while changing the
 * wording, so this finds it where shingles do not.
 */
export function weightedContainment(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: ReadonlyMap<string, number>): number {
  const weight = (terms: Iterable<string>) => {
    let w = 0;
    for (const t of terms) w += idf.get(t) ?? 0;
    return w;
  };
  const shared = [...a].filter((t) => b.has(t));
  const smaller = Math.min(weight(a), weight(b));
  return smaller > 0 ? Math.min(1, weight(shared) / smaller) : 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Up to this many articles, every pair is compared. */
export const ALL_PAIRS_MAX = 60;

/** In larger collections a word used by more articles than this does not propose a pair. */
export const CANDIDATE_WORD_MAX_DF = 50;

/**
 * The pairs to compare. Small collections: every pair. Larger ones: only pairs
 * that share a rare word, found through an inverted index, so the work grows
 * with the collection rather than with its square (a rewrite keeps the rare
 * words that carry its facts, so no near-duplicate is missed this way).
 */
export function candidatePairs(vocabularies: readonly ReadonlySet<string>[]): Array<[number, number]> {
  const n = vocabularies.length;
  if (n <= ALL_PAIRS_MAX) {
    const all: Array<[number, number]> = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) all.push([i, j]);
    return all;
  }
  const postings = new Map<string, number[]>();
  vocabularies.forEach((v, i) => {
    for (const t of v) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > CANDIDATE_WORD_MAX_DF) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([list[x]!, list[y]!]);
      }
    }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Pairs of articles with both measures, most similar first (every pair in a small collection; see `candidatePairs`); credited wire services become the likely common origin of near-duplicates. */
export function comparePairs(articles: readonly Pick<Article, 'slug' | 'blocks' | 'credits'>[], threshold = NEAR_DUPLICATE_THRESHOLD): SimilarityPair[] {
  const sorted = [...articles].sort((a, b) => a.slug.localeCompare(b.slug));
  const texts = sorted.map((a) => a.blocks.map((b) => b.text).join('\n'));
  const vocabularies = texts.map((t) => new Set(contentWords(t)));
  const idf = inverseFrequencies(vocabularies);
  const sh: Array<Set<string> | undefined> = [];
  const shinglesOf = (i: number) => (sh[i] ??= shingles(texts[i]!));
  const out: SimilarityPair[] = [];
  for (const [i, j] of candidatePairs(vocabularies)) {
    const c = round(weightedContainment(vocabularies[i]!, vocabularies[j]!, idf));
    const nearDuplicate = c >= threshold;
    const origin = nearDuplicate
      ? [sorted[i]!, sorted[j]!].flatMap((a) => a.credits.map((cr) => ({ name: cr.name, slug: a.slug, quote: cr.quote, anchor: cr.anchor })))
      : [];
    out.push({ a: sorted[i]!.slug, b: sorted[j]!.slug, score: c, shingles: round(jaccard(shinglesOf(i), shinglesOf(j))), nearDuplicate, origin });
  }
  return out.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
