/**
 * The engine's run on a seeds folder: the files read from disk, the engine run
 * over them with the parse cache, and what the build log needs besides.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GAZETTEER_FILE, isArticleFile, STORY_FILE } from '../engine/read/seed-files.ts';
import { runEngine, type EngineOutput } from '../engine/run.ts';
import { engineFingerprint, openParseCache, parseCacheFile } from './parse-cache.ts';
import { shownPath, type FolderPlace, type SeedSettings } from './settings.ts';

/** A seed that could not be included: its SeedError as plain data, which crosses to the site's process whole. */
export interface RejectedSeed {
  /** The whole message: file, line, problem and fix. */
  message: string;
  /** The seed's file name. */
  file: string;
  /** The 1-based line, or null. */
  line: number | null;
}

/** One run of the engine on a folder, as plain data. */
export interface FolderRun extends Omit<EngineOutput, 'corpus'> {
  /** The articles, the timeline and the account of every seed. */
  corpus: Omit<EngineOutput['corpus'], 'rejected' | 'origin'> & { rejected: RejectedSeed[] };
  /** Files in the folder that are neither articles nor story data. */
  skipped: string[];
  /** Whether the folder has a places.yaml, and its path as messages give it. */
  gazetteer: { file: string; found: boolean };
}

/** Reads the folder and runs the engine on it. Throws, naming the file and the fix, when the story data is missing or broken. */
export async function runFolder(place: FolderPlace, settings: SeedSettings): Promise<FolderRun> {
  const { dir, root } = place;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => {
    throw new Error(
      `${shownPath(root, dir)} is not a folder that can be read. Fix: create it, or set SEEDS_DIR to the folder that holds the seeds and story.yaml.`,
    );
  });
  const names = entries
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
  const { rejected, ...corpus } = output.corpus;
  return {
    ...output,
    corpus: { ...corpus, rejected: rejected.map(({ message, file, line }) => ({ message, file, line })) },
    skipped: names.filter((n) => !isArticleFile(n) && n !== STORY_FILE && n !== GAZETTEER_FILE),
    gazetteer: { file: shownPath(root, gazetteerPath), found: gazetteerText !== null },
  };
}
