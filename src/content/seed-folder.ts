/**
 * The engine's run on a seeds folder: the files read from disk, the engine run
 * over them with the parse cache, and what the build log needs besides.
 */
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { GAZETTEER_FILE, isArticleFile, STORY_FILE } from '../engine/read/seed-files.ts';
import { runEngine, type EngineOutput } from '../engine/run.ts';
import { engineFingerprint, openParseCache, parseCacheFile } from './parse-cache.ts';
import type { SeedSettings } from './settings.ts';

/** One run of the engine on a folder. */
export interface FolderRun extends EngineOutput {
  /** Files in the folder that are neither articles nor story data. */
  skipped: string[];
  /** Whether the folder has a places.yaml, and its path as messages give it. */
  gazetteer: { file: string; found: boolean };
}

/** Where a folder is and where its parse results are kept. */
export interface FolderPlace {
  /** The seeds folder, absolute. */
  dir: string;
  /** The project root, absolute: messages name files relative to it. */
  root: string;
  /** Astro's cache folder, absolute, for the parse cache. */
  cacheDir: string;
}

/** A path as messages name it: relative to the project, or absolute when outside it. */
export function shownPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split('\\').join('/');
}

/** Reads the folder and runs the engine on it. Throws, naming the file and the fix, when the story data is missing or broken. */
export async function runFolder(place: FolderPlace, settings: SeedSettings): Promise<FolderRun> {
  const { dir, root } = place;
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort();
  const storyPath = join(dir, STORY_FILE);
  const storyText = await readFile(storyPath, 'utf8').catch(() => {
    throw new Error(
      `${shownPath(root, storyPath)} is missing. Fix: create it with title, description and focus (see README, “Story data”).`,
    );
  });
  // The gazetteer is optional: places still come from the datasets, with no overrides.
  const gazetteerPath = join(dir, GAZETTEER_FILE);
  const gazetteerText = await readFile(gazetteerPath, 'utf8').catch(() => null);
  const seeds = await Promise.all(
    names.filter(isArticleFile).map(async (file) => ({ file, bytes: new Uint8Array(await readFile(join(dir, file))) })),
  );
  const parses =
    settings.persistParses === false
      ? null
      : await openParseCache(parseCacheFile(place.cacheDir, dir), engineFingerprint());
  const output = runEngine({
    seeds,
    story: { file: shownPath(root, storyPath), text: storyText },
    gazetteer: { file: shownPath(root, gazetteerPath), text: gazetteerText },
    options: { today: settings.today ?? null, maxBytes: settings.maxBytes, ...(parses ? { cache: parses.cache } : {}) },
  });
  await parses?.save();
  return {
    ...output,
    skipped: names.filter((n) => !isArticleFile(n) && n !== STORY_FILE && n !== GAZETTEER_FILE),
    gazetteer: { file: shownPath(root, gazetteerPath), found: gazetteerText !== null },
  };
}
