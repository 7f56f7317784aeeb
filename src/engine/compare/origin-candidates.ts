/**
 * Which pairs of articles the origin pass scores: every pair in a small
 * collection; in a large one, the candidates MinHash LSH proposes on shingles
 * (`minhash.ts`) and those that share rare facts, tried family by family
 * (`family-search.ts`), so the work grows with the collection, not with its square.
 */

/** Up to this many articles, every pair is scored; above it, only candidates LSH or the rare-fact index propose, until each joins a family. */
export const ALL_PAIRS_MAX = 60;
/**
 * LSH rows per band for shingles (42 bands): proposes a pair at Jaccard 0.5
 * with p ≈ 0.995, at 0.3 with p ≈ 0.68, and unrelated reports (0.01) almost
 * never. A lightly edited copy nearer the threshold also shares its rare facts,
 * so the fact index proposes it, and it is still scored (and named) as a copy.
 */
export const SHINGLE_ROWS = 3;
/** In a large collection, a fact more families' first members (anchors) than this give proposes no pair (it tells the story, not the report; it still counts in the score). A fixed bound keeps the work linear. */
export const FACT_CANDIDATE_MAX_DF = 30;
/** In a large collection, an article is scored against an anchor when they share at least this many facts that few anchors give. */
export const FACT_CANDIDATE_MIN_SHARED = 2;
