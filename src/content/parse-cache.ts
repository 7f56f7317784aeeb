/**
 * Parse results kept between builds, as Astro's glob() loader keeps digests:
 * one JSON file per seeds folder in Astro's cache folder, keyed by each seed's
 * name and content, and valid only for the engine that wrote it (a fingerprint
 * of src/engine, the lockfile and the Node version).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CachedParse, ParseCache } from '../engine/timeline/corpus.ts';

const ENGINE = fileURLToPath(new URL('../engine/', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** A fingerprint of the engine's sources, the locked packages and Node (whose Intl data names months). */
export function engineFingerprint(): string {
  const hash = createHash('sha256').update(process.version);
  const files = readdirSync(ENGINE, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const f of files) hash.update(f).update(readFileSync(join(ENGINE, f)));
  if (existsSync(LOCKFILE)) hash.update(readFileSync(LOCKFILE));
  return hash.digest('hex');
}

/** The cache file for a seeds folder, in Astro's cache folder: one per folder, so building another does not evict it. */
export function parseCacheFile(cacheDir: string, seedsDir: string): string {
  return join(cacheDir, `seed-parses-${createHash('sha256').update(seedsDir).digest('hex').slice(0, 12)}.json`);
}

/** An open parse cache: what the corpus reads and writes, and `save` to write back the entries this build used. */
export interface OpenParseCache {
  cache: ParseCache;
  save: () => Promise<void>;
}

/** Opens the cache file; a missing, damaged or other engine's file is an empty cache. */
export async function openParseCache(file: string, fingerprint: string): Promise<OpenParseCache> {
  let entries: Record<string, CachedParse> = {};
  if (existsSync(file)) {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as { fingerprint: string; entries: typeof entries };
      if (stored.fingerprint === fingerprint) entries = stored.entries;
    } catch {
      // A damaged cache is only a slower build.
    }
  }
  // Entries of this build: read from the file (never changed: the corpus copies what it takes), or new ones already
  // written out as JSON, which holds a parse in a fraction of the memory its objects take.
  const used = new Map<string, CachedParse | string>();
  let changed = false;
  return {
    cache: {
      get: (key) => {
        const hit = entries[key];
        if (hit) used.set(key, hit);
        return hit;
      },
      set: (key, value) => {
        used.set(key, JSON.stringify(value));
        changed = true;
      },
    },
    // Only the entries of this build are kept, so deleted seeds leave the cache too. Written aside and renamed into
    // place, so a build of the same folder running alongside never reads half a file.
    save: async () => {
      if (!changed && used.size === Object.keys(entries).length) return;
      await mkdir(dirname(file), { recursive: true });
      const body = [...used]
        .map(([key, v]) => `${JSON.stringify(key)}:${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(',');
      const staging = `${file}.${process.pid}`;
      await writeFile(staging, `{"fingerprint":${JSON.stringify(fingerprint)},"entries":{${body}}}`);
      await rename(staging, file);
    },
  };
}
