/** How the seed loaders find and read the seeds: the same settings however they are given, and the paths they use. */
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Settings for the seed loaders. */
export interface SeedSettings {
  /** The seeds folder, relative to the project root or absolute. */
  base: string;
  /** The build day (YYYY-MM-DD), to flag seeds dated after it; null skips the check. */
  today?: string | null;
  /** The largest seed read as one article, in bytes. */
  maxBytes?: number;
  /** Build even when some seeds are rejected (they are left out and logged). */
  allowRejected?: boolean;
  /** Keep parse results between builds in Astro's cache folder (default true). */
  persistParses?: boolean;
}

/**
 * The settings from the environment: SEEDS_DIR, MAX_SEED_BYTES, ALLOW_REJECTED_SEEDS, and SOURCE_DATE_EPOCH
 * (reproducible builds), which fixes the build day; that day only decides whether a seed dated after the build is
 * flagged.
 */
export function seedSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SeedSettings {
  const epoch = env.SOURCE_DATE_EPOCH;
  const today = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
  return {
    base: env.SEEDS_DIR ?? 'seeds',
    today,
    allowRejected: env.ALLOW_REJECTED_SEEDS === '1',
    ...(env.MAX_SEED_BYTES ? { maxBytes: Number(env.MAX_SEED_BYTES) } : {}),
  };
}

/** Where a seeds folder is and where its parse results are kept, all absolute. */
export interface FolderPlace {
  /** The seeds folder, ending in a slash. */
  dir: string;
  /** The project root: messages name files relative to it. */
  root: string;
  /** Astro's cache folder, for the parse cache. */
  cacheDir: string;
}

/** The seeds folder as an absolute path, ending in a slash. */
export function seedsFolder(root: URL, settings: Pick<SeedSettings, 'base'>): string {
  const base = settings.base.endsWith('/') ? settings.base : `${settings.base}/`;
  return isAbsolute(base) ? base : fileURLToPath(new URL(base, root));
}

/** The folder, root and cache folder of a project's seeds. */
export function folderPlace(root: URL, cacheDir: URL, settings: Pick<SeedSettings, 'base'>): FolderPlace {
  return { dir: seedsFolder(root, settings), root: fileURLToPath(root), cacheDir: fileURLToPath(cacheDir) };
}

/** A path as messages name it: relative to the project, or absolute when outside it. */
export function shownPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split('\\').join('/');
}
