/**
 * The engine's run on a seeds folder: the files read from disk, the engine run
 * over them with the parse cache, and what the build log needs besides.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
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

/** A symbolic link in the seeds folder: read when it points at a file inside the folder, never followed out of it. */
export interface SeedLink {
  /** The link's name in the folder. */
  name: string;
  /** True when the file it points at was read as a seed. */
  followed: boolean;
  /** What was done and why, as the build log says it. */
  note: string;
}

/** What to do with a symbolic link: follow it only to a file inside the seeds folder. */
export async function seedLink(dir: string, name: string): Promise<SeedLink> {
  const target = await realpath(join(dir, name)).catch(() => null);
  if (!target) return { name, followed: false, note: 'skipped: a symbolic link to a file that does not exist.' };
  const inside = relative(await realpath(dir), target);
  if (inside.startsWith('..') || isAbsolute(inside))
    return {
      name,
      followed: false,
      note: 'skipped: a symbolic link to a file outside the seeds folder, which is never followed. Fix: copy the file into the folder.',
    };
  if (!(await stat(target)).isFile())
    return { name, followed: false, note: 'skipped: a symbolic link to a folder, not a file.' };
  return { name, followed: true, note: `a symbolic link to ${inside} in the seeds folder; read.` };
}

/** One run of the engine on a folder, as plain data. */
export interface FolderRun extends Omit<EngineOutput, 'corpus'> {
  /** The articles, the timeline and the account of every seed. */
  corpus: Omit<EngineOutput['corpus'], 'rejected' | 'origin'> & { rejected: RejectedSeed[] };
  /** Files in the folder that are neither articles nor story data. */
  skipped: string[];
  /** The symbolic links in the folder, each with what was done with it, for the build log. */
  links: SeedLink[];
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
  const links = await Promise.all(
    entries.filter((d) => d.isSymbolicLink() && isArticleFile(d.name)).map((d) => seedLink(dir, d.name)),
  );
  const names = [
    ...entries.filter((d) => d.isFile()).map((d) => d.name),
    ...links.filter((l) => l.followed).map((l) => l.name),
  ].sort();
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
    links: links.sort((a, b) => a.name.localeCompare(b.name)),
    gazetteer: { file: shownPath(root, gazetteerPath), found: gazetteerText !== null },
  };
}
