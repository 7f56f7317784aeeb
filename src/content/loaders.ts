/**
 * Astro object loaders over the engine: the seeds folder becomes the
 * `articles`, `events`, `story`, `analysis` and `moments` collections. The
 * engine runs in a process of its own (engine-client.ts), once per build for
 * all five: the first loader to ask starts the run and the others share it.
 * In `astro dev` a change in the seeds folder runs it again, as Astro's glob()
 * loader reloads on a change.
 */
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ARTICLE_EXTENSIONS, STORY_FILE } from '../engine/read/seed-files.ts';
import { Article } from '../engine/schema/article.ts';
import { KeyMomentRecord, TimelineEvent } from '../engine/schema/timeline.ts';
import { Story } from '../engine/schema/story.ts';
import { Analysis } from '../engine/schema/compare.ts';
import type { FolderRun } from './seed-folder.ts';
import { folderPlace, seedsFolder, shownPath, type FolderPlace, type SeedSettings } from './settings.ts';
import { engineRun, stopEngine } from './engine-client.ts';

/** Where the loaders get the engine's runs from: its own process (engine-client.ts), or in tests a run in this one. */
export interface EngineRuns {
  /** The run on a folder, started or shared. */
  run: (place: FolderPlace, settings: SeedSettings) => Promise<FolderRun>;
  /** Nothing needs the engine's process any more: it goes once its runs are done (the next run starts a new one). */
  stop: () => void;
}

/** The engine in its own process (engine-client.ts). */
const ENGINE_PROCESS: EngineRuns = { run: engineRun, stop: stopEngine };

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

/** Folders already watched, per watcher. */
const watched = new WeakMap<object, Set<string>>();

/** The engine's code and the code that runs it (src/engine, src/content), whose change in `astro dev` needs a new engine process. */
const ENGINE_CODE = ['../engine/', './'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

/**
 * In `astro dev`, calls `changed` when a file in the seeds folder is added,
 * changed or deleted, as Astro's glob() loader does with the loader context's
 * `watcher`, once per burst of events (an editor's save is often several);
 * `code` says the engine's own code changed.
 */
export function watchSeeds(ctx: LoaderContext, dir: string, changed: (code: boolean) => void): void {
  const { watcher } = ctx;
  if (!watcher) return;
  const dirs = watched.get(watcher) ?? new Set<string>();
  if (dirs.has(dir)) return;
  watched.set(watcher, dirs.add(dir));
  watcher.add(dir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let code = false;
  const inside = (folder: string, path: string) => {
    const rel = relative(folder, path);
    return !rel.startsWith('..') && !isAbsolute(rel);
  };
  const onEvent = (path: string) => {
    const isCode = path.endsWith('.ts') && ENGINE_CODE.some((folder) => inside(folder, path));
    if (!isCode && !inside(dir, path)) return;
    code ||= isCode;
    clearTimeout(timer);
    timer = setTimeout(() => {
      changed(code);
      code = false;
    }, 30);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}

/** What each collection writes from a run. */
type Writer = (ctx: LoaderContext, run: FolderRun, settings: SeedSettings) => Promise<void>;

const writeArticles: Writer = async (ctx, run, settings) => {
  const { corpus } = run;
  for (const r of corpus.report) {
    if (r.status === 'included') ctx.logger.info(`${r.file}: included as /articles/${r.slug}/`);
    else {
      const what =
        r.status === 'rejected' ? 'rejected' : `included as /articles/${r.slug}/ with ${r.notes.length} warning(s)`;
      ctx.logger.warn([`${r.file}: ${what}`, ...r.notes.map((n) => `  ${n}`)].join('\n'));
    }
  }
  for (const name of run.skipped)
    ctx.logger.info(
      `${name}: skipped (not an article: only ${ARTICLE_EXTENSIONS.map((e) => `*${e}`).join(', ')} are read)`,
    );
  for (const link of run.links)
    if (link.followed) ctx.logger.info(`${link.name}: ${link.note}`);
    else ctx.logger.warn(`${link.name}: ${link.note}`);
  ctx.logger.info(
    `${corpus.articles.length} of ${corpus.report.length} seeds included, ${corpus.rejected.length} rejected; ${corpus.events.length} events.`,
  );
  ctx.logger.info(
    `${corpus.stats.parsed} seed(s) parsed, ${corpus.stats.cached} unchanged and taken from the parse cache.`,
  );
  if (corpus.rejected.length && !settings.allowRejected) {
    const reasons = corpus.rejected.map((e) => `  ${e.message}`).join('\n');
    throw new Error(
      `${corpus.rejected.length} seed(s) rejected:\n${reasons}\nFix the seeds, or build with ALLOW_REJECTED_SEEDS=1 to leave them out.`,
    );
  }
  const dir = seedsFolder(ctx.config.root, settings);
  const root = fileURLToPath(ctx.config.root);
  await writeEntries(
    ctx,
    corpus.articles.map((a) => ({ id: a.slug, data: a, filePath: shownPath(root, join(dir, a.seedFile)) })),
  );
};

const writeEvents: Writer = async (ctx, { corpus }) => {
  for (const u of corpus.unresolved)
    ctx.logger.warn(`${u.slug}#${u.anchor}: “${u.expression}” not placed on the timeline: ${u.reason}`);
  await writeEntries(
    ctx,
    corpus.events.map((e) => ({ id: e.id, data: e })),
  );
};

const writeStory: Writer = async (ctx, run, settings) => {
  const file = shownPath(fileURLToPath(ctx.config.root), join(seedsFolder(ctx.config.root, settings), STORY_FILE));
  await writeEntries(ctx, [{ id: 'story', data: run.story, filePath: file }]);
};

const writeAnalysis: Writer = async (ctx, { analysis, gazetteer }) => {
  if (!gazetteer.found) ctx.logger.info(`${gazetteer.file}: not found; places come from the datasets alone.`);
  else ctx.logger.info(`${gazetteer.file}: the story's place overrides, read.`);
  const differing = analysis.figures.filter((g) => g.differs).length;
  const members = analysis.families.reduce((n, f) => n + f.members.length, 0);
  ctx.logger.info(
    `Analysis: ${analysis.figures.length} figure groups (${differing} differ), ${analysis.names.length} name spellings, ${analysis.eventDates.length} event dates differ, ${analysis.quotes.length} quotations, ${analysis.families.length} families of shared origin (${members} articles), ${analysis.places.length} places mapped, ${analysis.unplacedPlaces.length} named but not placed.`,
  );
  if (analysis.unnamedPlaces.length)
    ctx.logger.info(`${gazetteer.file}: not named in any article: ${analysis.unnamedPlaces.join(', ')}.`);
  await writeEntries(ctx, [{ id: 'analysis', data: analysis }]);
};

const writeMoments: Writer = async (ctx, { moments }) => {
  await writeEntries(
    ctx,
    moments.map((m) => ({ id: m.eventId, data: m })),
  );
};

/** The schema of each collection: the engine's records. */
export const SEED_SCHEMAS = {
  articles: Article,
  events: TimelineEvent,
  story: Story,
  analysis: Analysis,
  moments: KeyMomentRecord,
} satisfies Record<string, z.ZodType>;

type CollectionName = keyof typeof SEED_SCHEMAS;

/** What each collection writes. */
const WRITERS: Record<CollectionName, Writer> = {
  articles: writeArticles,
  events: writeEvents,
  story: writeStory,
  analysis: writeAnalysis,
  moments: writeMoments,
};

/**
 * The seed loaders, one per collection, sharing one run of the engine per
 * seeds folder. A run is let go once every collection has written its part,
 * so its memory is free before the pages render.
 */
export function seedLoaders(
  settings: SeedSettings,
  engine: EngineRuns = ENGINE_PROCESS,
): Record<CollectionName, Loader> {
  const runs = new Map<string, { run: Promise<FolderRun>; waiting: Set<CollectionName> }>();
  const runFor = (ctx: LoaderContext, dir: string): { run: Promise<FolderRun>; waiting: Set<CollectionName> } => {
    let entry = runs.get(dir);
    if (!entry) {
      const run = engine.run(folderPlace(ctx.config.root, ctx.config.cacheDir, settings), settings);
      entry = { run, waiting: new Set(Object.keys(WRITERS) as CollectionName[]) };
      runs.set(dir, entry);
    }
    return entry;
  };
  /** In `astro dev`, each collection's latest load, re-run after a change in the folder. */
  const reloads = new Map<CollectionName, () => Promise<void>>();
  let queue = Promise.resolve();
  const loader = (name: CollectionName): Loader => ({
    name: `seed-${name}`,
    load: async (ctx) => {
      const dir = seedsFolder(ctx.config.root, settings);
      const load = async () => {
        const entry = runFor(ctx, dir);
        try {
          await WRITERS[name](ctx, await entry.run, settings);
        } finally {
          entry.waiting.delete(name);
          if (!entry.waiting.size && runs.get(dir) === entry) {
            runs.delete(dir);
            // In a build, nothing needs the engine once every collection has its part; astro dev keeps it warm.
            if (!ctx.watcher) engine.stop();
          }
        }
      };
      reloads.set(name, load);
      watchSeeds(ctx, dir, (code) => {
        queue = queue.then(async () => {
          runs.delete(dir);
          // The engine's process holds the code it started with: a new one loads the change.
          if (code) engine.stop();
          for (const [collection, reload] of reloads) {
            // A bad seed while editing is reported, not fatal: the server keeps the last good entries.
            await reload().catch((e: unknown) =>
              ctx.logger.error(
                `${collection}: reload after a change in ${dir} failed: ${e instanceof Error ? e.message : String(e)}`,
              ),
            );
          }
        });
      });
      await load();
    },
  });
  return {
    articles: loader('articles'),
    events: loader('events'),
    story: loader('story'),
    analysis: loader('analysis'),
    moments: loader('moments'),
  };
}
