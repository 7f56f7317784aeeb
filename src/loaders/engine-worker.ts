/**
 * The worker threads that run the engine for the seed loaders: the `engine`
 * task reads the seeds and sends the corpus, then the analysis
 * (engine-run.ts); the `moments` task loads the key-moment rules and their
 * tagger meanwhile, parses half the seeds when the engine sends it many,
 * compares the articles for shared origin during the engine's analysis, and
 * answers the timeline it is sent (moments-run.ts).
 *
 * The engine's worker first makes sure the engine is bundled (engine-bundle.ts)
 * and tells the other where; each then imports the module for its task.
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

/** What a worker says to the site: a part of the run, or why it stopped. */
type Reply = { part: 'corpus' | 'analysis' | 'moments'; value: unknown } | { part: 'error'; message: string; stack?: string };
/** What the workers say to each other: the engine tells where its bundle is, and sends seeds to parse and articles to compare for shared origin; the tagger sends back the results. */
type PeerMessage =
  | { kind: 'bundle'; dir: string; sharing: boolean }
  | { kind: 'parse'; seeds: SeedInput[] }
  | { kind: 'parsed'; results: Array<CachedParse | null> }
  | { kind: 'compare'; articles: Array<Pick<Article, 'slug' | 'blocks' | 'credits'>>; origin: Corpus['origin'] }
  | { kind: 'compared'; origins: OriginComparison };
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
const fail = (e: unknown) => say({ part: 'error', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
// `peer` links the two workers.
const task = workerData as { task: 'engine' | 'moments'; request: EngineRequest; peer: MessagePort };
const { peer, request } = task;
const moduleIn = (dir: string, name: string) => pathToFileURL(join(dir, name)).href;

/** Sends the other worker a job and waits for its answer; should that worker stop first, does the job here. */
function ask<T>(job: PeerMessage, answer: PeerMessage['kind'], read: (m: PeerMessage) => T, here: () => T): Promise<T> {
  return new Promise<T>((resolve) => {
    let settled = false;
    const settle = (v: () => T) => {
      if (settled) return;
      settled = true;
      resolve(v());
    };
    peer.on('message', (m: PeerMessage) => m.kind === answer && settle(() => read(m)));
    peer.once('close', () => settle(here));
    peer.postMessage(job);
  });
}

async function engineTask(): Promise<void> {
  const { dir, fingerprint } = await engineBundle(request.cacheDir);
  const run = (await import(moduleIn(dir, 'engine-run.mjs'))) as Engine;
  // Many seeds: the other worker will parse half of them, and compare the articles for shared origin.
  const sharing = (await run.countArticleFiles(request.dir).catch(() => 0)) >= run.SHARED_PARSE_MIN;
  peer.postMessage({ kind: 'bundle', dir, sharing } satisfies PeerMessage);
  const elsewhere = (seeds: SeedInput[]) =>
    ask({ kind: 'parse', seeds }, 'parsed', (m) => (m as Extract<PeerMessage, { kind: 'parsed' }>).results, () => seeds.map(() => null));
  const { part, full } = await run.readCorpus({ ...request, fingerprint }, elsewhere);
  // The corpus goes out as soon as it is built, so the loaders and the key moments can start on it during the analysis.
  say({ part: 'corpus', value: part });
  // Shared origin is compared in the other worker while this one does the rest of the analysis, when there are enough articles for that to pay.
  const here = () => run.compareOrigins(full.articles, full.origin ?? undefined);
  const articles = full.articles.map(({ slug, blocks, credits }) => ({ slug, blocks, credits }));
  const compared = sharing
    ? ask({ kind: 'compare', articles, origin: full.origin }, 'compared', (m) => (m as Extract<PeerMessage, { kind: 'compared' }>).origins, here)
    : Promise.resolve(here());
  say({ part: 'analysis', value: await run.readAnalysis(request, part.story, full, () => compared) });
}

function momentsTask(): void {
  // The tagger is the slow part of the key moments' module: loaded as soon as the engine says there is no parsing to share, else after it.
  let tagger: Promise<unknown> | null = null;
  const loadTagger = () => (tagger ??= import('compromise'));
  let resolveBundle!: (dir: string) => void;
  const bundle = new Promise<string>((resolve) => (resolveBundle = resolve));
  // The worker ends when the moments are sent and the engine has closed the link (its work done).
  let momentsSent = false;
  let linkClosed = false;
  const end = () => momentsSent && linkClosed && port.close();
  peer.once('close', () => {
    linkClosed = true;
    end();
  });
  peer.on('message', async (m: PeerMessage) => {
    if (m.kind === 'bundle') {
      resolveBundle(m.dir);
      // (without sharing, the tagger is loaded when the timeline comes, so as not to compete with Vite and the engine at startup)
    }
    if (m.kind !== 'parse' && m.kind !== 'compare') return;
    try {
      const run = (await import(moduleIn(await bundle, 'engine-run.mjs'))) as Engine;
      if (m.kind === 'parse') {
        peer.postMessage({ kind: 'parsed', results: run.parseShare(m.seeds, request) } satisfies PeerMessage);
        void loadTagger();
      }
      else {
        peer.postMessage({ kind: 'compared', origins: run.compareOrigins(m.articles, m.origin ?? undefined) } satisfies PeerMessage);
        void loadTagger();
      }
    } catch (e) {
      // Closing the link tells the engine to do the work itself.
      fail(e);
      peer.close();
    }
  });
  port.once('message', async (events: Parameters<typeof momentRecords>[0]) => {
    try {
      await loadTagger();
      const moments = (await import(moduleIn(await bundle, 'moments-run.mjs'))) as Moments;
      say({ part: 'moments', value: moments.momentRecords(events) });
    } catch (e) {
      fail(e);
    }
    momentsSent = true;
    end();
  });
}

if (task.task === 'engine') {
  await engineTask().catch(fail);
  peer.close();
} else momentsTask();
