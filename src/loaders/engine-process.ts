/**
 * The two processes that run the engine for the seed loaders. The site starts
 * the `engine` process (corpus-cache.ts), which starts the `moments` process
 * and is the only one the site talks to:
 * - `engine` reads the seeds and sends the corpus, then the analysis
 *   (engine-run.ts); it passes the timeline to the other and relays its key
 *   moments.
 * - `moments` loads the key-moment rules and their tagger meanwhile, parses
 *   half the seeds when the engine sends it many, compares the articles for
 *   shared origin during the engine's analysis, and answers the timeline
 *   (moments-run.ts).
 *
 * Processes, not worker threads: a worker thread's memory stays with the
 * site's process once the worker has stopped (about 300 MB at 1,000
 * articles, kept through the rest of the build), whereas a process gives all
 * of its memory back when it exits.
 *
 * Both stay for the site's process and take one run after another (each
 * message carries its run's number), so a run after the first, in `astro dev`,
 * finds the engine loaded and warm. Each exits when its parent goes. For each
 * run the engine first makes sure the engine is bundled (engine-bundle.ts) and
 * tells the other where; each then imports the module for its task.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { enableCompileCache, flushCompileCache } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SeedInput } from '../lib/article';
import type { Article } from '../lib/schema';
import type { OriginComparison } from '../lib/compare/similarity';
import type { CachedParse, Corpus } from '../lib/corpus';
import { open, post } from './process-mail.ts';
import type { compareOrigins, countArticleFiles, EngineRequest, parseShare, readAnalysis, readCorpus } from './engine-run';
import type { momentRecords } from './moments-run';

/** What a process says to the site about a run: a part, or why it stopped (`fatal`: the process itself is stopping, run 0); `from` names the process (the engine relays the other's). */
type Said = ({ part: 'corpus' | 'analysis' | 'moments'; value: unknown } | { part: 'error' | 'fatal'; message: string; stack?: string }) & { run: number };
export type Reply = Said & { from: 'engine' | 'moments' };
/** What the site asks the engine: a run (`atStartup`: Vite is starting up alongside, so the tagger waits for the timeline). */
export type Request = { run: number; request: EngineRequest; atStartup: boolean };
/** What the processes say to each other about a run: the engine tells where its bundle is, sends seeds to parse, articles to compare for shared origin and the timeline; the other sends back the results (null when it failed: the engine then does the work). */
type PeerMessage = { run: number } & (
  | { kind: 'bundle'; dir: string; sharing: boolean }
  | { kind: 'parse'; seeds: SeedInput[]; maxBytes?: number }
  | { kind: 'parsed'; results: Array<CachedParse | null> }
  | { kind: 'compare'; articles: Array<Pick<Article, 'slug' | 'blocks' | 'credits'>>; origin: Corpus['origin'] }
  | { kind: 'compared'; origins: OriginComparison | null }
  | { kind: 'start'; atStartup: boolean }
  | { kind: 'timeline'; events: Parameters<typeof momentRecords>[0] }
  | { kind: 'end' }
);
type Engine = {
  readAnalysis: typeof readAnalysis;
  readCorpus: typeof readCorpus;
  parseShare: typeof parseShare;
  compareOrigins: typeof compareOrigins;
  countArticleFiles: typeof countArticleFiles;
  SHARED_PARSE_MIN: number;
};
type Moments = { momentRecords: typeof momentRecords };

const task = process.argv[2] as 'engine' | 'moments';
const say = (reply: Said) => post(process, { ...reply, from: task });
const errorReply = (run: number, e: unknown, part: 'error' | 'fatal' = 'error'): Said => ({ run, part, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
const fail = (run: number, e: unknown) => say(errorReply(run, e));
// A process whose parent has gone, or that is told to stop, exits in order: its files go with it (process-mail.ts).
process.on('disconnect', () => process.exit(0));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0));
// An error nothing caught stops the process; the site is told what it was before the exit says only its code.
const stop = (e: unknown) => {
  try {
    say(errorReply(0, e, 'fatal'));
  } finally {
    process.exit(1);
  }
};
process.on('uncaughtException', stop);
process.on('unhandledRejection', stop);
const moduleIn = (dir: string, name: string) => pathToFileURL(join(dir, name)).href;

/**
 * A full garbage collection between a run's steps (the site starts these
 * processes with `--expose-gc`): what the step before left behind, such as
 * the parsed seeds' intermediate forms and the serialised message, goes
 * before the next step allocates. At 1,000 articles the engine's process
 * peaks about 30 MB lower and the build's processes together 50–100 MB lower,
 * in no measurable time.
 */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Keeps V8's compiled code for the modules loaded from here on in the bundle's
 * folder (deleted with it), so the next build's processes load the engine
 * and the tagger without compiling them again: the engine's module loads in
 * about 125 ms instead of 160–210. Node writes the cache when the process
 * exits, or when it is flushed. Only the first call takes effect: in
 * `astro dev`, after the engine's code changes, the cache stays in the first
 * bundle's folder, which costs nothing but the caching.
 */
function cacheCompiledCode(bundle: string): void {
  enableCompileCache(join(bundle, 'compiled'));
}

// --- The engine -----------------------------------------------------------------------

/** Answers the engine waits for from the other process, by run and kind. */
const waiting = new Map<string, (m: PeerMessage) => void>();

/** The key moments' process, started by the engine's (set in engineTask). */
let peer!: ChildProcess;
const tell = (m: PeerMessage) => post(peer, m);

/** Sends the other process a job and waits for its answer. */
function ask<T>(job: PeerMessage, answer: PeerMessage['kind'], read: (m: PeerMessage) => T): Promise<T> {
  return new Promise<T>((resolve) => {
    waiting.set(`${job.run}:${answer}`, (m) => resolve(read(m)));
    tell(job);
  });
}

async function engineRun(run: number, request: EngineRequest): Promise<void> {
  let timelineSent = false;
  try {
    await engineSteps(run, request, () => (timelineSent = true));
  } catch (e) {
    fail(run, e);
    // The key moments will never get a timeline: their part fails with the same error, said for the other process.
    if (!timelineSent) post(process, { ...errorReply(run, e), from: 'moments' });
  }
  // The other process forgets the run once it has answered what it was sent.
  tell({ run, kind: 'end' });
}

async function engineSteps(run: number, request: EngineRequest, sentTimeline: () => void): Promise<void> {
  // Imported here, not at the top: the key moments' process never bundles, and esbuild's API is not small.
  const { engineBundle } = await import('./engine-bundle.ts');
  const { dir, fingerprint } = await engineBundle();
  cacheCompiledCode(dir);
  const engine = (await import(moduleIn(dir, 'engine-run.mjs'))) as Engine;
  // Many seeds: the other process parses half of them, and compares the articles for shared origin.
  const sharing = (await engine.countArticleFiles(request.dir).catch(() => 0)) >= engine.SHARED_PARSE_MIN;
  tell({ run, kind: 'bundle', dir, sharing });
  const elsewhere = (seeds: SeedInput[]) => ask({ run, kind: 'parse', seeds, maxBytes: request.maxBytes }, 'parsed', (m) => (m as Extract<PeerMessage, { kind: 'parsed' }>).results);
  const { part, full } = await engine.readCorpus({ ...request, fingerprint }, elsewhere);
  // The corpus goes out as soon as it is built, so the loaders and the key moments can start on it during the analysis.
  say({ run, part: 'corpus', value: part });
  const here = () => engine.compareOrigins(full.articles, full.origin ?? undefined);
  // The comparison goes to the other process before the timeline: the analysis waits for it, whereas only the end of the sync waits for the key moments.
  const articles = () => full.articles.map(({ slug, blocks, credits }) => ({ slug, blocks, credits }));
  const compared = sharing ? ask({ run, kind: 'compare', articles: articles(), origin: full.origin }, 'compared', (m) => (m as Extract<PeerMessage, { kind: 'compared' }>).origins ?? here()) : null;
  tell({ run, kind: 'timeline', events: part.corpus.events });
  sentTimeline();
  // The analysis starts from a clean heap; the other process has its jobs already.
  collect();
  // The city index is kept with the bundle: it depends only on the locked dataset.
  const analysis = await engine.readAnalysis({ ...request, cityIndexFile: join(dir, 'cities-index.bin') }, part.story, full, () => compared ?? Promise.resolve(here()));
  say({ run, part: 'analysis', value: analysis });
  flushCompileCache();
}

function engineTask(): void {
  // With the flags the site gave this process.
  peer = fork(fileURLToPath(import.meta.url), ['moments'], { serialization: 'advanced', execArgv: process.execArgv });
  // Answers to the engine's jobs, or key moments to pass on to the site.
  peer.on('message', (received) => {
    // A message that cannot be read (its file gone) leaves a run that can never finish: stop, and say why.
    let m: PeerMessage | Reply;
    try {
      m = open<PeerMessage | Reply>(received);
    } catch (e) {
      return stop(e);
    }
    if ('part' in m) return void post(process, m);
    const key = `${m.run}:${m.kind}`;
    waiting.get(key)?.(m);
    waiting.delete(key);
  });
  // Without the other process no run can finish: this one stops too, and says why.
  peer.once('exit', (code, signal) => stop(new Error(`it needs the key moments' process, which stopped (${signal ?? `exit code ${code}`}).`)));
  // One run at a time, in the order asked.
  let queue = Promise.resolve();
  process.on('message', ({ run, request, atStartup }: Request) => {
    tell({ run, kind: 'start', atStartup });
    queue = queue.then(() => engineRun(run, request));
  });
}

// --- The key moments ------------------------------------------------------------------

/** What the key moments' process knows of a run. */
interface MomentsRun {
  atStartup: boolean;
  bundle: Promise<string>;
  setBundle: (dir: string) => void;
}

function momentsTask(): void {
  // The tagger is the slow part of the key moments' module: loaded once per process, when the engine says there is
  // no parsing to share (unless Vite is starting up alongside), after that parsing, or when the timeline comes.
  let tagger: Promise<unknown> | null = null;
  const loadTagger = () => {
    if (!tagger) {
      tagger = import('compromise');
      // A failure to load is reported by the run that awaits it (answerTimeline).
      tagger.catch(() => {});
    }
    return tagger;
  };
  const runs = new Map<number, MomentsRun>();
  const runOf = (run: number): MomentsRun => {
    let r = runs.get(run);
    if (!r) {
      let setBundle!: (dir: string) => void;
      const bundle = new Promise<string>((resolve) => (setBundle = resolve));
      runs.set(run, (r = { atStartup: false, bundle, setBundle }));
    }
    return r;
  };
  process.on('message', async (received) => {
    let m: PeerMessage;
    try {
      m = open<PeerMessage>(received);
    } catch (e) {
      return stop(e);
    }
    const r = runOf(m.run);
    switch (m.kind) {
      case 'start':
        r.atStartup = m.atStartup;
        return;
      case 'end':
        runs.delete(m.run);
        return;
      case 'timeline':
        return answerTimeline(m.run, r, m.events);
      case 'bundle':
        cacheCompiledCode(m.dir);
        r.setBundle(m.dir);
        if (!m.sharing && !r.atStartup) void loadTagger();
        return;
      case 'parse':
      case 'compare':
        break;
      default:
        return;
    }
    let answer: PeerMessage;
    try {
      const engine = (await import(moduleIn(await r.bundle, 'engine-run.mjs'))) as Engine;
      answer = m.kind === 'parse' ? { run: m.run, kind: 'parsed', results: engine.parseShare(m.seeds, { maxBytes: m.maxBytes }) } : { run: m.run, kind: 'compared', origins: engine.compareOrigins(m.articles, m.origin ?? undefined) };
    } catch {
      // Answered with nothing: the engine does the work itself (and meets the same error, which it reports).
      answer = m.kind === 'parse' ? { run: m.run, kind: 'parsed', results: m.seeds.map(() => null) } : { run: m.run, kind: 'compared', origins: null };
    }
    post(process, answer);
    setImmediate(collect);
    void loadTagger();
  });
  async function answerTimeline(run: number, r: MomentsRun, events: Parameters<typeof momentRecords>[0]): Promise<void> {
    try {
      await loadTagger();
      const moments = (await import(moduleIn(await r.bundle, 'moments-run.mjs'))) as Moments;
      say({ run, part: 'moments', value: moments.momentRecords(events) });
      flushCompileCache();
    } catch (e) {
      fail(run, e);
    }
  }
}

if (task === 'engine') engineTask();
else momentsTask();
