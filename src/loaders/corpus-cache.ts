/**
 * Reads the seeds folder once per build and hands the engine's result to every
 * collection that needs it (articles, events, story).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SeedInput } from '../lib/article';
import { buildCorpus, type Corpus } from '../lib/corpus';
import { isArticleFile } from '../lib/seed-files';
import { parseStory, STORY_FILE } from '../lib/story';
import type { Story } from '../lib/schema';

/** The seeds folder's contents and the engine's output for them. */
export interface LoadedSeeds {
  /** Story data. */
  story: Story;
  /** The engine's output. */
  corpus: Corpus;
  /** Files in the folder that are not articles and were skipped. */
  skipped: string[];
}

const cache = new Map<string, Promise<LoadedSeeds>>();

async function readSeeds(dir: string): Promise<LoadedSeeds> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
  const story = parseStory(await readFile(join(dir, STORY_FILE), 'utf8').catch(() => {
    throw new Error(`${join(dir, STORY_FILE)} is missing. Fix: create it with title, description and focus (see README, “Story data”).`);
  }));
  const seeds: SeedInput[] = [];
  for (const name of names.filter(isArticleFile)) seeds.push({ file: name, bytes: new Uint8Array(await readFile(join(dir, name))) });
  return { story, corpus: buildCorpus(seeds, story), skipped: names.filter((n) => !isArticleFile(n) && n !== STORY_FILE) };
}

/** The seeds folder, read and built once per process. */
export function loadSeeds(dir: string): Promise<LoadedSeeds> {
  let entry = cache.get(dir);
  if (!entry) {
    entry = readSeeds(dir);
    cache.set(dir, entry);
  }
  return entry;
}

/** Forgets cached results (tests, and the dev server after a seed changes). */
export function forgetSeeds(): void {
  cache.clear();
}
