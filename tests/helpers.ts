/** Shared test helpers: the real seeds and the real story data. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedInput } from '../src/engine/read/decode.ts';
import { buildCorpus, type Corpus } from '../src/engine/timeline/corpus.ts';
import { isArticleFile } from '../src/engine/read/seed-files.ts';
import { parseStory } from '../src/engine/read/story.ts';
import type { Story } from '../src/engine/schema/story.ts';

/** The project's seeds folder. */
export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');

/** Every article seed, as bytes. */
export function readSeeds(dir = SEEDS_DIR): SeedInput[] {
  return readdirSync(dir)
    .filter(isArticleFile)
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }));
}

/** The story data next to the seeds. */
export function readStory(dir = SEEDS_DIR): Story {
  return parseStory(readFileSync(join(dir, 'story.yaml'), 'utf8'));
}

let cached: Corpus | null = null;
/** The engine's output for the real seeds (built once per test file). */
export function seedCorpus(): Corpus {
  cached ??= buildCorpus(readSeeds(), readStory());
  return cached;
}

/** A seed made from a string, for fixtures written inline. */
export function textSeed(file: string, text: string): SeedInput {
  return { file, bytes: new TextEncoder().encode(text) };
}
