/**
 * Runs the engine once per seeds folder and build, and hands the result to
 * every collection that needs it (articles, events, story, analysis, key
 * moments) and to the search index.
 *
 * The run starts as soon as the config is read (src/integrations/seed-engine.ts)
 * and happens in two child processes (engine-process.ts), started from the
 * engine's startup snapshot (engine-bundle.ts), so that on two cores it
 * overlaps Vite's own startup: one parses the seeds and sends the corpus, then
 * the analysis; the other, started only with 64 articles or more, parses half
 * the seeds, compares the articles for shared origin, and picks the key
 * moments (with fewer, the first picks them). Their memory goes
 * back to the system when they exit, which a worker thread's does not.
 *
 * Only `node:` modules, engine-bundle.ts and process-mail.ts (likewise) and
 * types are imported here, so the config can load this file natively as well
 * as the content layer through Vite; the two share runs through `globalThis`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisPart, CorpusPart, EngineRequest } from './engine-run';
import type { Reply as ProcessReply, Request as ProcessRequest } from './engine-process';
import { citiesFile, engineBundle, type EngineBundle } from './engine-bundle.ts';
import { open } from './process-mail.ts';
import type { Analysis } from '../engine/schema/compare';
import type { KeyMomentRecord, ReceivedText } from '../engine/schema/article';

/** How the loaders read the seeds: the same options, however they are set. */
export interface SeedsSetting {
  /** The seeds folder, relative to the project root or absolute. */
  base: string;
  /** The build day (YYYY-MM-DD), to flag future-dated seeds; null skips the check. */
  today?: string | null;
  /** Largest seed in bytes. */
  maxBytes?: number;
  /** Keep parse results between builds in Astro's cache folder (default true). */
  persistParses?: boolean;
}

/** The settings from the environment: SEEDS_DIR, MAX_SEED_BYTES, and SOURCE_DATE_EPOCH (reproducible builds), which fixes the build day; that day only decides whether a seed dated after the build is flagged. */
export function seedsSettingFromEnv(env: NodeJS.ProcessEnv = process.env): SeedsSetting {
  const epoch = env.SOURCE_DATE_EPOCH;
  const today = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
  return {
    base: env.SEEDS_DIR ?? 'seeds',
    today,
    ...(env.MAX_SEED_BYTES ? { maxBytes: Number(env.MAX_SEED_BYTES) } : {}),
  };
}

// One engine run per request and process, shared through globalThis: the loaders run inside
// Vite's module graph, the integrations outside it, and all need the same run.
const REGISTRY = Symbol.for('single-story-desk.seeds');
const registry = globalThis as typeof globalThis & { [REGISTRY]?: Map<string, SeedsRun> };
const runs = (registry[REGISTRY] ??= new Map<string, SeedsRun>());

// Each seeds folder's texts as received, from every run that gave them, newest last. In `astro dev` a run that
// rejects a seed, or fails, leaves the store with its last good entries (src/content/loaders.ts), whose pages still
// need their text. Shared through globalThis like the runs.
const RECEIVED = Symbol.for('single-story-desk.received');
const receivedHolder = globalThis as typeof globalThis & {
  [RECEIVED]?: Map<string, ReadonlyMap<string, ReceivedText>>;
};
const lastReceived = (receivedHolder[RECEIVED] ??= new Map<string, ReadonlyMap<string, ReceivedText>>());

/** The seeds folder as an absolute path, ending in a slash. */
export function seedsFolder(root: URL, setting: SeedsSetting): string {
  const base = setting.base.endsWith('/') ? setting.base : `${setting.base}/`;
  return isAbsolute(base) ? base : fileURLToPath(new URL(base, root));
}

/** What to ask the engine for, given the project's root and cache folder. */
export function engineRequest(root: URL, cacheDir: URL, setting: SeedsSetting): EngineRequest {
  const dir = seedsFolder(root, setting);
  // One cache file per seeds folder, so building another folder (tests, benchmarks) does not evict this one.
  const cacheFile =
    (setting.persistParses ?? true)
      ? fileURLToPath(
          new URL(`seed-parses-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}.json`, cacheDir),
        )
      : undefined;
  return {
    dir,
    root: fileURLToPath(root),
    today: setting.today ?? null,
    ...(setting.maxBytes ? { maxBytes: setting.maxBytes } : {}),
    ...(cacheFile ? { cacheFile } : {}),
  };
}

/** A run in progress: each part settles as its process sends it. */
export interface SeedsRun {
  /** The articles and the timeline (released after the content sync of a build: `releaseCorpora`). */
  corpus: Promise<CorpusPart>;
  /** The cross-article analysis. */
  analysis: Promise<AnalysisPart>;
  /** The key moments, in date order. */
  moments: Promise<KeyMomentRecord[]>;
  /** Each article's text as received and the lines taken out of it, by slug (with the folder's earlier runs' under them): kept when the corpus is released. */
  received: Promise<ReadonlyMap<string, ReceivedText>>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // A part may fail before anyone awaits it; the loader that awaits it reports the failure.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

type Reply = Pick<ProcessReply, 'run' | 'from'> &
  (
    | { part: 'corpus'; value: CorpusPart }
    | { part: 'analysis'; value: AnalysisPart }
    | { part: 'moments'; value: KeyMomentRecord[] }
    | { part: 'error' | 'fatal'; message: string; stack?: string }
  );

/** A run the processes have not finished: its parts, and which process is done with it. */
interface Pending {
  corpus: Deferred<CorpusPart>;
  analysis: Deferred<AnalysisPart>;
  moments: Deferred<KeyMomentRecord[]>;
  engineDone: boolean;
  taggerDone: boolean;
}

/** The engine's process (which starts the key moments' own), kept for the site's process: runs after the first, in `astro dev`, find the engine warm. */
interface Pool {
  engine: ChildProcess;
  /** The bundle it runs: a run for another (the engine's code changed, in `astro dev`) starts a new pool. */
  bundle: EngineBundle;
  pending: Map<number, Pending>;
  /** Replaced by a pool for newer code: it exits once its pending runs are done. */
  retired: boolean;
}

// Like the runs, the processes are shared through globalThis by the config's and the content layer's copies of this module.
const POOL = Symbol.for('single-story-desk.engine-processes');
const poolHolder = globalThis as typeof globalThis & {
  [POOL]?: { pool: Pool | null; next: number; warned: Set<string> };
};
const processState = (poolHolder[POOL] ??= { pool: null, next: 0, warned: new Set() });

const failure = (m: { message: string; stack?: string }) =>
  Object.assign(new Error(m.message), m.stack ? { stack: m.stack } : {});

/** Lets the site's process exit while the engine's is idle, or keeps it waiting while a run is pending. */
function hold(engine: ChildProcess, held: boolean): void {
  if (held) {
    engine.ref();
    engine.channel?.ref();
  } else {
    engine.unref();
    engine.channel?.unref();
  }
}

/**
 * Starts the engine's process from the bundle: from its startup snapshot, or,
 * when none could be taken, from its script with Node's compile cache (and a
 * warning, once per bundle, saying why).
 */
function startEngine(bundle: EngineBundle): ChildProcess {
  // None of the site's process's flags (an inspector, a test runner's loader) are passed on. A young generation of
  // 4 MB semi-spaces, against V8's default of up to 32, keeps each process about 100 MB smaller at 1,000 articles, in no
  // more time; `--expose-gc` lets each collect between a run's steps (engine-process.ts; docs/build-speed.md).
  // `--no-regexp-tier-up` compiles each regular expression once, to machine code, where V8 would compile it to
  // bytecode first and again to machine code on its second use: the engine's hundreds of Unicode patterns are compiled
  // afresh in every process, and at five seeds that second compile was about a sixth of the process's CPU.
  const flags = ['--max-semi-space-size=4', '--expose-gc', '--no-regexp-tier-up'];
  if (!bundle.snapshot && !processState.warned.has(bundle.dir)) {
    processState.warned.add(bundle.dir);
    console.warn(
      `[seed-engine] The engine's startup snapshot could not be taken, so its processes load it from ${bundle.script}, about 0.5 s of CPU more each. Node said:\n${bundle.snapshotError}`,
    );
  }
  const args = bundle.snapshot
    ? [...flags, '--snapshot-blob', bundle.snapshot, 'engine']
    : [...flags, bundle.script, 'engine'];
  const env = bundle.snapshot ? process.env : { ...process.env, NODE_COMPILE_CACHE: join(bundle.dir, 'compiled') };
  return spawn(process.execPath, args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
    env,
  });
}

/** The engine's process for `bundle`: the one running, or a new one (retiring one that runs older code). It keeps the site's process alive only while a run is pending. */
function engineProcess(bundle: EngineBundle): Pool {
  const current = processState.pool;
  if (current?.bundle.dir === bundle.dir) return current;
  if (current) retire(current);
  const engine = startEngine(bundle);
  const pool: Pool = { engine, bundle, pending: new Map(), retired: false };
  hold(engine, false);
  const finish = (id: number, p: Pending) => {
    if (!p.engineDone || !p.taggerDone) return;
    pool.pending.delete(id);
    if (pool.pending.size) return;
    hold(engine, false);
    if (pool.retired) engine.disconnect();
  };
  // Rejecting a settled promise does nothing, so a late failure only reaches the parts still pending. When the
  // engine fails before the key moments have their timeline, it says so for them too (engine-process.ts).
  const failEngine = (id: number, p: Pending, e: Error) => {
    p.corpus.reject(e);
    p.analysis.reject(e);
    p.engineDone = true;
    finish(id, p);
  };
  const fromEngine = (m: Reply, p: Pending) => {
    if (m.part === 'corpus') p.corpus.resolve(m.value);
    else if (m.part === 'analysis') {
      p.analysis.resolve(m.value);
      p.engineDone = true;
      finish(m.run, p);
    } else if (m.part === 'error') failEngine(m.run, p, failure(m));
  };
  const fromTagger = (m: Reply, p: Pending) => {
    if (m.part === 'moments') p.moments.resolve(m.value);
    else if (m.part === 'error') p.moments.reject(failure(m));
    p.taggerDone = true;
    finish(m.run, p);
  };
  // Why a process stopped, when it could say so before its exit: the first word is the cause (the engine's process
  // stops in turn when the key moments' one has).
  let cause: Error | null = null;
  engine.on('message', (received) => {
    let m: Reply;
    try {
      m = open<Reply>(received);
    } catch (e) {
      return broken(
        new Error(
          `A message from the engine's process could not be read: ${e instanceof Error ? e.message : String(e)}`,
        ),
      );
    }
    if (m.part === 'fatal') {
      cause ??= failure({
        ...m,
        message: `The ${m.from === 'engine' ? "engine's" : "key moments'"} process stopped: ${m.message}`,
      });
      return;
    }
    const p = pool.pending.get(m.run);
    if (p) (m.from === 'engine' ? fromEngine : fromTagger)(m, p);
  });
  // A process that stops takes every pending run with it; the next run starts a new one.
  const broken = (e: Error) => {
    if (processState.pool === pool) processState.pool = null;
    for (const p of pool.pending.values())
      for (const part of [p.corpus, p.analysis, p.moments]) part.reject(cause ?? e);
    pool.pending.clear();
    engine.kill();
  };
  engine.on('error', broken);
  engine.once('exit', (code, signal) =>
    broken(new Error(`The engine's process stopped (${signal ?? `exit code ${code}`}).`)),
  );
  processState.pool = pool;
  return pool;
}

/** Lets a pool go: at once when idle, otherwise once its pending runs are done. */
function retire(pool: Pool): void {
  if (processState.pool === pool) processState.pool = null;
  pool.retired = true;
  // Each process exits when its parent lets it go: the engine's when this one does, the key moments' when the engine's exits.
  if (!pool.pending.size) pool.engine.disconnect();
}

/** Finds or makes the engine's bundle, then hands the run to the engine's process for it. */
async function sendRun(id: number, p: Pending, request: EngineRequest): Promise<void> {
  const bundle = await engineBundle();
  const pool = engineProcess(bundle);
  pool.pending.set(id, p);
  hold(pool.engine, true);
  // The parse cache is keyed by the engine's fingerprint; the city index is kept with the bundle, as it depends only on the locked dataset.
  const full: EngineRequest = {
    ...request,
    fingerprint: bundle.fingerprint,
    citiesFile: citiesFile(),
    cityIndexFile: join(bundle.dir, 'cities-index.bin'),
  };
  pool.engine.send({ run: id, request: full } satisfies ProcessRequest);
}

/**
 * Hands a run to the engine's process (corpus, then analysis), which gives the
 * key moments' process half the seeds to parse when there are many, the
 * articles to compare for shared origin, and the timeline as soon as it is
 * built. The two talk directly: nothing waits for this process's event loop,
 * which Vite keeps busy while it starts.
 */
function startRun(request: EngineRequest): SeedsRun {
  const id = ++processState.next;
  const p: Pending = {
    corpus: deferred(),
    analysis: deferred(),
    moments: deferred(),
    engineDone: false,
    taggerDone: false,
  };
  sendRun(id, p, request).catch((e: unknown) => {
    // No bundle (esbuild failed on the engine's sources) or no process: the run fails with the reason.
    const error = e instanceof Error ? e : new Error(String(e));
    for (const part of [p.corpus, p.analysis, p.moments]) part.reject(error);
  });
  const received = p.corpus.promise.then(
    ({ corpus }) => {
      const texts = new Map(lastReceived.get(request.dir));
      for (const a of corpus.articles) texts.set(a.slug, { original: a.original, removed: a.removed });
      lastReceived.set(request.dir, texts);
      return texts;
    },
    (e: Error) => {
      const last = lastReceived.get(request.dir);
      if (last) return last;
      throw e;
    },
  );
  received.catch(() => {});
  return { corpus: p.corpus.promise, analysis: p.analysis.promise, moments: p.moments.promise, received };
}

/** The engine's run on a seeds folder: started on the first call, shared by later ones until forgotten. */
export function loadSeeds(request: EngineRequest): SeedsRun {
  const key = JSON.stringify([request.dir, request.today, request.maxBytes ?? null, request.cacheFile ?? null]);
  let run = runs.get(key);
  if (!run) runs.set(key, (run = startRun(request)));
  return run;
}

/** The corpus of this process's one run, for the search index; null when there is no run or more than one. */
export function soleCorpus(): Promise<CorpusPart> | null {
  return runs.size === 1 ? runs.values().next().value!.corpus : null;
}

/**
 * Lets the corpus of every run go once `astro build` has synced the content
 * layer and the search index has taken it: the collections hold their own
 * copies, and nothing later reads it. The analysis and the texts as received
 * stay for the pages.
 */
export function releaseCorpora(): void {
  for (const run of runs.values()) {
    const released = Promise.reject(
      new Error('The corpus was released once the content layer had synced; read the collections instead.'),
    );
    released.catch(() => {});
    run.corpus = released;
  }
}

/**
 * Lets the engine's processes go once their runs are done: at once when none
 * is pending, otherwise when the last one ends. `astro build` needs them no
 * more once its content has synced; the analysis and the key moments, which
 * only pages read, may still be on their way.
 */
export function stopEngineWhenDone(): void {
  const pool = processState.pool;
  if (pool) retire(pool);
}

/** Forgets runs held in memory: for one seeds folder (the dev server, after a file in it changes), or all (tests). */
export function forgetSeeds(dir?: string): void {
  for (const key of [...runs.keys()])
    if (dir === undefined || (JSON.parse(key) as string[])[0] === dir) runs.delete(key);
  // A folder's earlier texts stay for its next run (lastReceived); forgetting everything clears them too.
  if (dir === undefined) lastReceived.clear();
}

/** This process's one run, for pages: the content layer starts exactly one. */
function pagesRun(what: string): SeedsRun {
  const all = [...runs.values()];
  if (all.length !== 1)
    throw new Error(
      `Pages read ${what} from the engine's run in this process, and found ${all.length} runs; the content layer starts exactly one (src/content/corpus-cache.ts).`,
    );
  return all[0]!;
}

/**
 * The cross-article analysis of this build's run, for the pages that show it.
 * It does not go through the content layer's data store: it is large (a third
 * of the store at 1,000 articles), only pages read it, and the store would
 * serialise it, bundle it into the build and parse it back. The run is the one
 * the loaders started in this process, which renders the pages too.
 */
export async function sharedAnalysis(): Promise<Analysis> {
  const { analysis } = await pagesRun('the analysis').analysis;
  if (!analysis.ok) throw new Error(analysis.message);
  return analysis.value;
}

/** The key moments of this build's run, in date order, for the front page: like the analysis, chosen by the engine and read only by pages, so not a collection. */
export async function sharedMoments(): Promise<KeyMomentRecord[]> {
  return pagesRun('the key moments').moments;
}

/**
 * Each article's text as received and the lines taken out of it, by slug,
 * from this build's run: the data store leaves them out (`StoredArticle` in
 * src/engine/schema/article.ts), for the same reasons as the analysis. The lookup throws,
 * naming the article, when the run has no text for it.
 */
export async function receivedText(): Promise<(slug: string) => ReceivedText> {
  const texts = await pagesRun('the articles’ text as received').received;
  return (slug) => {
    const text = texts.get(slug);
    if (!text)
      throw new Error(
        `/articles/${slug}/: the engine's run has no text as received for this article. Fix: build again (or restart astro dev).`,
      );
    return text;
  };
}
