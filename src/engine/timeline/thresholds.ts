/**
 * Numbers the engine decides by that pages also state (`/about/`), or that the
 * content loaders share with the engine's processes. They live in a module of
 * their own, so a page or loader that only names them does not load the
 * parsers that use them.
 */

/**
 * From this many articles (or seeds to parse) the engine uses its second
 * process (src/content/engine-process.ts): it parses half the seeds, compares
 * the articles for shared origin and picks the key moments. Below it, handing
 * work over costs more than it saves, and the engine's process does it all.
 * From it, too, the content sync waits for the analysis (src/content/loaders.ts),
 * so that both processes, which hold about 430 MB at 1,000 articles, exit
 * before Vite builds the pages: the build's processes together peaked at 1.75×
 * the minimal blog's memory when they stayed, against 1.34×. Below it they are
 * small, and the sync ends with the corpus while the engine finishes.
 */
export const SECOND_PROCESS_MIN = 64;

/** Two sentences of one date window are one event when they share at least this share of the smaller one's weighted content words (events.ts). */
export const MERGE_THRESHOLD = 0.25;

/** How many key moments to show: at least `min` when there are that many events, at most `max` (key-moments.ts). */
export const KEY_MOMENTS = { min: 3, max: 6 } as const;
