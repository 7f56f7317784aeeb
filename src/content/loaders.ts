/**
 * Astro object loaders over the engine: seeds folder → `articles`, `events`
 * and `story` collections. All three share one engine run per build.
 */
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { Story, StoredArticle, TimelineEvent } from '../engine/schema/article';
import { STORY_FILE } from '../engine/read/seed-files';
import { SECOND_PROCESS_MIN } from '../engine/timeline/thresholds';
import { reportAnalysis } from './analysis';
import { engineRequest, forgetSeeds, loadSeeds, seedsFolder, type SeedsRun, type SeedsSetting } from './corpus-cache';
import { isEngineSource } from './engine-bundle.ts';

/** Options shared by the seed loaders. */
export interface SeedLoaderOptions extends SeedsSetting {
  /** Build even when some seeds are rejected (they are left out and logged). */
  allowRejected?: boolean;
}

/** A seed's path relative to the project root (`seeds/x.txt`), or absolute when the folder is outside it. */
export function seedPath(ctx: LoaderContext, options: SeedLoaderOptions, file: string): string {
  const root = fileURLToPath(ctx.config.root);
  const abs = isAbsolute(options.base) ? join(options.base, file) : join(root, options.base, file);
  const rel = relative(root, abs);
  return rel.startsWith('..') ? abs : rel.split('\\').join('/');
}

/** The engine's run on the seeds for a loader: once per build (started early by src/integrations/seed-engine.ts), with the parse cache in Astro's cache folder. */
export function seedsFor(ctx: LoaderContext, options: SeedLoaderOptions): SeedsRun {
  return loadSeeds(engineRequest(ctx.config.root, ctx.config.cacheDir, options));
}

/** Reloads registered per watched seeds folder, by collection; a collection's latest load replaces its earlier one. */
const reloads = new Map<string, Map<string, () => Promise<void>>>();
/** Folders already watched, per watcher. */
const watched = new WeakMap<object, Set<string>>();

/**
 * In `astro dev`, re-runs a collection's load when a file in the seeds folder is
 * added, changed or deleted, as Astro's glob() loader does with the loader
 * context's `watcher`, and when the engine's own code changes (`src/lib`,
 * which Vite's watcher covers with the rest of the project): the new run is
 * made with a new bundle of the engine. The folder's engine run is forgotten
 * first, once per burst of changes, so all the collections share one new run.
 */
export function reloadOnChange(ctx: LoaderContext, options: SeedLoaderOptions, reload: () => Promise<void>): void {
  const { watcher } = ctx;
  if (!watcher) return;
  const dir = seedsFolder(ctx.config.root, options);
  const forDir = reloads.get(dir) ?? new Map<string, () => Promise<void>>();
  reloads.set(dir, forDir.set(ctx.collection, reload));
  const dirs = watched.get(watcher) ?? new Set<string>();
  if (dirs.has(dir)) return;
  watched.set(watcher, dirs.add(dir));
  watcher.add(dir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const onEvent = (path: string) => {
    const inSeeds = !relative(dir, path).startsWith('..') && !isAbsolute(relative(dir, path));
    if (!inSeeds && !isEngineSource(path)) return;
    // An editor's save is often several events; wait for the burst to end.
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        forgetSeeds(dir);
        for (const [collection, run] of forDir) {
          // A bad seed while editing is reported, not fatal: the server keeps the last good entries.
          await run().catch((e: unknown) =>
            ctx.logger.error(
              `${collection}: reload after a change in ${dir} failed: ${e instanceof Error ? e.message : String(e)}`,
            ),
          );
        }
      });
    }, 30);
  };
  watcher.on('add', onEvent);
  watcher.on('change', onEvent);
  watcher.on('unlink', onEvent);
}

/** Writes entries, skipping unchanged ones by digest and deleting ones that no longer exist. Passes `filePath` so schema errors name the seed. */
export async function writeEntries<T extends Record<string, unknown>>(
  ctx: LoaderContext,
  entries: Array<{ id: string; data: T; filePath?: string }>,
): Promise<void> {
  const ids = new Set(entries.map((e) => e.id));
  for (const id of ctx.store.keys()) if (!ids.has(id)) ctx.store.delete(id);
  for (const e of entries) {
    const digest = ctx.generateDigest(e.data);
    if (ctx.store.get(e.id)?.digest === digest) continue;
    const data = await ctx.parseData({ id: e.id, data: e.data, ...(e.filePath ? { filePath: e.filePath } : {}) });
    // The store only takes paths inside the project; seeds elsewhere (SEEDS_DIR) are named in errors only.
    const inside = e.filePath && !e.filePath.startsWith('..') && !isAbsolute(e.filePath);
    ctx.store.set({ id: e.id, data, digest, ...(inside ? { filePath: e.filePath } : {}) });
  }
}

/**
 * A loader over the engine's run: `write` reads the part of the run it needs
 * and writes the collection's entries. In `astro dev` it runs again whenever
 * a file in the seeds folder changes.
 */
function seedLoader(
  name: string,
  schema: z.ZodType,
  options: SeedLoaderOptions,
  write: (ctx: LoaderContext, run: SeedsRun) => Promise<void>,
): Loader {
  return {
    name,
    schema,
    load: async (ctx) => {
      const run = () => write(ctx, seedsFor(ctx, options));
      reloadOnChange(ctx, options, run);
      await run();
    },
  } satisfies Loader;
}

/** Loads every article seed (`*.txt`, `*.md`) into the `articles` collection and logs one line per seed. */
export function articleLoader(options: SeedLoaderOptions): Loader {
  return seedLoader('seed-articles', StoredArticle, options, async (ctx, run) => {
    const { corpus, skipped } = await run.corpus;
    for (const r of corpus.report) {
      const line = `${r.file}: ${r.status === 'rejected' ? 'rejected' : r.status === 'warnings' ? `included as /articles/${r.slug}/ with ${r.notes.length} warning(s)` : `included as /articles/${r.slug}/`}`;
      if (r.status === 'included') ctx.logger.info(line);
      else ctx.logger.warn([line, ...r.notes.map((n) => `  ${n}`)].join('\n'));
    }
    for (const name of skipped) ctx.logger.info(`${name}: skipped (not an article: only *.txt and *.md are read)`);
    ctx.logger.info(
      `${corpus.articles.length} of ${corpus.report.length} seeds included, ${corpus.rejected.length} rejected; ${corpus.events.length} events.`,
    );
    ctx.logger.info(
      `${corpus.stats.parsed} seed(s) parsed, ${corpus.stats.cached} unchanged and taken from the parse cache.`,
    );
    if (corpus.rejected.length && !options.allowRejected) {
      throw new Error(
        `${corpus.rejected.length} seed(s) rejected:\n${corpus.rejected.map((e) => `  ${e.message}`).join('\n')}\nFix the seeds, or build with ALLOW_REJECTED_SEEDS=1 to leave them out.`,
      );
    }
    // The text as received stays with the run (StoredArticle).
    await writeEntries(
      ctx,
      corpus.articles.map(({ original: _original, removed: _removed, ...a }) => ({
        id: a.slug,
        data: a,
        filePath: seedPath(ctx, options, a.seedFile),
      })),
    );
  });
}

/** Loads the merged timeline into the `events` collection. */
export function timelineLoader(options: SeedLoaderOptions): Loader {
  return seedLoader('seed-timeline', TimelineEvent, options, async (ctx, run) => {
    const { corpus } = await run.corpus;
    for (const u of corpus.unresolved)
      ctx.logger.warn(`${u.slug}#${u.anchor}: “${u.expression}” not placed on the timeline: ${u.reason}`);
    await writeEntries(
      ctx,
      corpus.events.map((e) => ({ id: e.id, data: e })),
    );
  });
}

/** Loads story.yaml into the `story` collection as its single entry, `story`. */
export function storyLoader(options: SeedLoaderOptions): Loader {
  return seedLoader('seed-story', Story, options, async (ctx, run) => {
    const { story, corpus } = await run.corpus;
    await writeEntries(ctx, [{ id: 'story', data: story, filePath: seedPath(ctx, options, STORY_FILE) }]);
    // The analysis is not a collection (pages read it from the run), but the build log accounts for it here; with
    // many articles the sync waits for it, so the engine's processes exit before Vite builds (SECOND_PROCESS_MIN).
    if (corpus.articles.length >= SECOND_PROCESS_MIN) return reportAnalysis(ctx, run);
    // A small corpus: logged when it comes, while Vite builds the pages. A bad places.yaml is logged here and fails
    // the pages that read the analysis, with the same file, line and fix.
    void reportAnalysis(ctx, run).catch((e: unknown) => ctx.logger.error(e instanceof Error ? e.message : String(e)));
  });
}
