/**
 * Numbers the engine decides by that pages also state (`/about/`). They live
 * in a module of their own, so a page that only names them does not load the
 * parsers that use them.
 */

/** Two sentences of one date window are one event when they share at least this share of the smaller one's weighted content words (merge.ts). */
export const MERGE_THRESHOLD = 0.25;

/** Two clusters of one date window told in different languages are one event when two of their sentences share at least this share of the smaller one's weighted figures and word stems (cross-language.ts). */
export const CROSS_LANGUAGE_THRESHOLD = 0.25;

/** A sentence dating an act less precisely joins the finer event it tells when it shares at least this share of the smaller one's weighted content words with the event's label sentence (merge.ts). */
export const ABSORB_THRESHOLD = 0.5;

/** How many key moments to show: at least `min` when there are that many events, at most `max` (key-moments.ts). */
export const KEY_MOMENTS = { min: 3, max: 6 } as const;
