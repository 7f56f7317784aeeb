/**
 * Reads the seeds folder once per build and hands the engine's result to every
 * collection that needs it (articles, events, story). Parse results are kept in
 * Astro's cache folder between builds, so unchanged seeds are not parsed again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SeedInput } from '../lib/article';
import { buildCorpus, type CachedParse, type Corpus, type ParseCache } from '../lib/corpus';
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

/** How to read the seeds. */
export interface LoadOptions {
  /** A JSON file that keeps parse results between builds; none when omitted. */
  cacheFile?: string;
  /** Changes whenever the engine's code changes, so stale results are never reused. */
  engineFingerprint?: string;
  /** The build day (YYYY-MM-DD), for flagging future-dated seeds. */
  today?: string | null;
  /** Largest seed in bytes. */
  maxBytes?: number;
}

// One engine run per seeds folder and process, shared through globalThis: the loaders run inside
// Vite's module graph, the search-index integration outside it, and both need the same run.
const REGISTRY = Symbol.for('single-story-desk.seeds');
const registry = globalThis as typeof globalThis & { [REGISTRY]?: Map<string, Promise<LoadedSeeds>> };
const cache = (registry[REGISTRY] ??= new Map<string, Promise<LoadedSeeds>>());

async function openParseCache(file: string | undefined, fingerprint: string): Promise<{ cache: ParseCache | undefined; save: () => Promise<void> }> {
  if (!file) return { cache: undefined, save: async () => {} };
  let entries: Record<string, CachedParse> = {};
  if (existsSync(file)) {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as { fingerprint: string; entries: Record<string, CachedParse> };
      if (stored.fingerprint === fingerprint) entries = stored.entries;
    } catch {
      // A damaged cache is only a slower build.
    }
  }
  const used: Record<string, CachedParse> = {};
  let changed = false;
  return {
    cache: {
      get: (key) => {
        const hit = entries[key];
        if (hit) used[key] = hit;
        return hit;
      },
      set: (key, value) => {
        used[key] = value;
        changed = true;
      },
    },
    // Only the entries of this build are kept, so deleted seeds leave the cache too.
    save: async () => {
      if (!changed && Object.keys(used).length === Object.keys(entries).length) return;
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify({ fingerprint, entries: used }));
    },
  };
}

async function readSeeds(dir: string, options: LoadOptions): Promise<LoadedSeeds> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
  const storyText = await readFile(join(dir, STORY_FILE), 'utf8').catch(() => {
    throw new Error(`${join(dir, STORY_FILE)} is missing. Fix: create it with title, description and focus (see README, “Story data”).`);
  });
  const story = parseStory(storyText);
  const seeds: SeedInput[] = [];
  for (const name of names.filter(isArticleFile)) seeds.push({ file: name, bytes: new Uint8Array(await readFile(join(dir, name))) });
  const parseCache = await openParseCache(options.cacheFile, options.engineFingerprint ?? '');
  const corpus = buildCorpus(seeds, story, { today: options.today ?? null, maxBytes: options.maxBytes, cache: parseCache.cache });
  await parseCache.save();
  return { story, corpus, skipped: names.filter((n) => !isArticleFile(n) && n !== STORY_FILE) };
}

/** The seeds folder, read and built once per process and engine version. */
export function loadSeeds(dir: string, options: LoadOptions = {}): Promise<LoadedSeeds> {
  // The engine's fingerprint is part of the key: in `astro dev`, editing the engine reloads this
  // module but not globalThis, and must not be answered with the old engine's run.
  const key = `${dir}\0${options.engineFingerprint ?? ''}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = readSeeds(dir, options);
    cache.set(key, entry);
  }
  return entry;
}

/** Forgets results held in memory: for one seeds folder (the dev server, after a file in it changes), or all (tests). */
export function forgetSeeds(dir?: string): void {
  for (const key of [...cache.keys()]) if (dir === undefined || key.startsWith(`${dir}\0`)) cache.delete(key);
}

const fingerprints = new Map<string, Promise<string>>();

/** A fingerprint of the engine's sources and the locked dependencies, for the parse cache; computed once per process (four loaders ask). */
export function engineFingerprint(root: string): Promise<string> {
  let f = fingerprints.get(root);
  if (!f) fingerprints.set(root, (f = computeFingerprint(root)));
  return f;
}

async function computeFingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  const lib = join(root, 'src', 'lib');
  const files = existsSync(lib) ? (await readdir(lib, { recursive: true })).filter((f) => f.endsWith('.ts')).sort() : [];
  for (const f of files) hash.update(f).update(await readFile(join(lib, f)));
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(await readFile(lock));
  return hash.digest('hex');
}
