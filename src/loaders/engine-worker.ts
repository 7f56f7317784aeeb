/**
 * The worker threads that run the engine for the seed loaders: the `engine`
 * task reads the seeds and sends the corpus, then the analysis
 * (engine-run.ts); the `moments` task loads the key-moment rules and their
 * tagger meanwhile, parses half the seeds when the engine sends it many,
 * compares the articles for shared origin during the engine's analysis, and
 * answers the timeline it is sent (moments-run.ts).
 *
 * Both stay for the process and take one run after another (each message
 * carries its run's number), so a run after the first, in `astro dev`, finds
 * the engine loaded and warm. For each run the engine's worker first makes sure
 * the engine is bundled (engine-bundle.ts) and tells the other where; each then
 * imports the module for its task.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SeedInput } from '../lib/article';
import type { Article } from '../lib/schema';
import type { OriginComparison } from '../lib/compare/similarity';
import type { CachedParse, Corpus } from '../lib/corpus';
import { engineBundle } from './engine-bundle.ts';
import type { compareOrigins, countArticleFiles, EngineRequest, parseShare, readAnalysis, readCorpus } from './engine-run';
import type { momentRecords } from './moments-run';

/** What a worker says to the site: a part of a run, or why it stopped. */
type Reply = ({ part: 'corpus' | 'analysis' | 'moments'; value: unknown } | { part: 'error'; message: string; stack?: string }) & { run: number };
/** What the workers say to each other about a run: the engine tells where its bundle is, sends seeds to parse and articles to compare for shared origin; the tagger sends back the results (null when it failed: the engine then does the work). */
type PeerMessage = { run: number } & (
  | { kind: 'bundle'; dir: string; sharing: boolean }
  | { kind: 'parse'; seeds: SeedInput[]; maxBytes?: number }
  | { kind: 'parsed'; results: Array<CachedParse | null> }
  | { kind: 'compare'; articles: Array<Pick<Article, 'slug' | 'blocks' | 'credits'>>; origin: Corpus['origin'] }
  | { kind: 'compared'; origins: OriginComparison | null }
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

const port = parentPort!;
const say = (reply: Reply) => port.postMessage(reply);
const fail = (run: number, e: unknown) => say({ run, part: 'error', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
// `peer` links the two workers.
const { task, peer } = workerData as { task: 'engine' | 'moments'; peer: MessagePort };
const moduleIn = (dir: string, name: string) => pathToFileURL(join(dir, name)).href;

// --- The engine -----------------------------------------------------------------------

/** Answers the engine waits for from the other worker, by run and kind. */
const waiting = new Map<string, (m: PeerMessage) => void>();

/** Sends the other worker a job and waits for its answer. */
function ask<T>(job: PeerMessage, answer: PeerMessage['kind'], read: (m: PeerMessage) => T): Promise<T> {
  return new Promise<T>((resolve) => {
    waiting.set(`${job.run}:${answer}`, (m) => resolve(read(m)));
    peer.postMessage(job);
  });
}

async function engineRun(run: number, request: EngineRequest): Promise<void> {
  const { dir, fingerprint } = await engineBundle();
  const engine = (await import(moduleIn(dir, 'engine-run.mjs'))) as Engine;
  // Many seeds: the other worker parses half of them, and compares the articles for shared origin.
  const sharing = (await engine.countArticleFiles(request.dir).catch(() => 0)) >= engine.SHARED_PARSE_MIN;
  peer.postMessage({ run, kind: 'bundle', dir, sharing } satisfies PeerMessage);
  const elsewhere = (seeds: SeedInput[]) => ask({ run, kind: 'parse', seeds, maxBytes: request.maxBytes }, 'parsed', (m) => (m as Extract<PeerMessage, { kind: 'parsed' }>).results);
  const { part, full } = await engine.readCorpus({ ...request, fingerprint }, elsewhere);
  // The corpus goes out as soon as it is built, so the loaders and the key moments can start on it during the analysis.
  say({ run, part: 'corpus', value: part });
  const articles = full.articles.map(({ slug, blocks, credits }) => ({ slug, blocks, credits }));
  const here = () => engine.compareOrigins(full.articles, full.origin ?? undefined);
  const compared = sharing
    ? ask({ run, kind: 'compare', articles, origin: full.origin }, 'compared', (m) => (m as Extract<PeerMessage, { kind: 'compared' }>).origins ?? here())
    : Promise.resolve(here());
  say({ run, part: 'analysis', value: await engine.readAnalysis(request, part.story, full, () => compared) });
}

function engineTask(): void {
  peer.on('message', (m: PeerMessage) => {
    const key = `${m.run}:${m.kind}`;
    waiting.get(key)?.(m);
    waiting.delete(key);
  });
  // One run at a time, in the order asked.
  let queue = Promise.resolve();
  port.on('message', ({ run, request }: { run: number; request: EngineRequest }) => {
    queue = queue.then(() => engineRun(run, request).catch((e: unknown) => fail(run, e)));
  });
}

// --- The key moments ------------------------------------------------------------------


/** What the key moments' worker knows of a run. */
interface MomentsRun {
  atStartup: boolean;
  bundle: Promise<string>;
  setBundle: (dir: string) => void;
}

function momentsTask(): void {
  // The tagger is the slow part of the key moments' module: loaded once per worker, when the engine says there is
  // no parsing to share (unless Vite is starting up alongside), after that parsing, or when the timeline comes.
  let tagger: Promise<unknown> | null = null;
  const loadTagger = () => (tagger ??= import('compromise'));
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
  peer.on('message', async (m: PeerMessage) => {
    const r = runOf(m.run);
    if (m.kind === 'bundle') {
      r.setBundle(m.dir);
      if (!m.sharing && !r.atStartup) void loadTagger();
      return;
    }
    if (m.kind !== 'parse' && m.kind !== 'compare') return;
    let answer: PeerMessage;
    try {
      const engine = (await import(moduleIn(await r.bundle, 'engine-run.mjs'))) as Engine;
      answer = m.kind === 'parse' ? { run: m.run, kind: 'parsed', results: engine.parseShare(m.seeds, { maxBytes: m.maxBytes }) } : { run: m.run, kind: 'compared', origins: engine.compareOrigins(m.articles, m.origin ?? undefined) };
    } catch {
      // Answered with nothing: the engine does the work itself (and meets the same error, which it reports).
      answer = m.kind === 'parse' ? { run: m.run, kind: 'parsed', results: m.seeds.map(() => null) } : { run: m.run, kind: 'compared', origins: null };
    }
    peer.postMessage(answer);
    void loadTagger();
  });
  port.on('message', async (m: { run: number; atStartup?: boolean; events?: Parameters<typeof momentRecords>[0]; cancel?: true }) => {
    const r = runOf(m.run);
    if (m.atStartup !== undefined) r.atStartup = m.atStartup;
    if (m.cancel) runs.delete(m.run);
    if (!m.events) return;
    try {
      await loadTagger();
      const moments = (await import(moduleIn(await r.bundle, 'moments-run.mjs'))) as Moments;
      say({ run: m.run, part: 'moments', value: moments.momentRecords(m.events) });
    } catch (e) {
      fail(m.run, e);
    }
    runs.delete(m.run);
  });
}

if (task === 'engine') engineTask();
else momentsTask();
