/**
 * The worker threads that run the engine for the seed loaders: the `engine`
 * task reads the seeds and sends the corpus, then the analysis
 * (engine-run.ts); the `moments` task loads the key-moment rules and their
 * tagger meanwhile, parses half the seeds when the engine sends it many, and
 * answers the timeline it is sent (moments-run.ts).
 *
 * The engine's worker first makes sure the engine is bundled (engine-bundle.ts)
 * and tells the other where; each then imports the module for its task.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SeedInput } from '../lib/article';
import type { CachedParse } from '../lib/corpus';
import { engineBundle } from './engine-bundle.ts';
import type { EngineRequest, parseShare, readAnalysis, readCorpus } from './engine-run';
import type { momentRecords } from './moments-run';

/** What a worker says to the site: a part of the run, or why it stopped. */
type Reply = { part: 'corpus' | 'analysis' | 'moments'; value: unknown } | { part: 'error'; message: string; stack?: string };
/** What the workers say to each other: the engine tells where its bundle is and sends seeds to parse; the tagger sends back what it parsed. */
type PeerMessage = { kind: 'bundle'; dir: string } | { kind: 'parse'; seeds: SeedInput[] } | { kind: 'parsed'; results: Array<CachedParse | null> };
type Engine = { readAnalysis: typeof readAnalysis; readCorpus: typeof readCorpus; parseShare: typeof parseShare };
type Moments = { momentRecords: typeof momentRecords };

const port = parentPort!;
const say = (reply: Reply) => port.postMessage(reply);
const fail = (e: unknown) => say({ part: 'error', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
// `peer` links the two workers.
const task = workerData as { task: 'engine' | 'moments'; request: EngineRequest; peer: MessagePort };
const { peer, request } = task;
const moduleIn = (dir: string, name: string) => pathToFileURL(join(dir, name)).href;

async function engineTask(): Promise<void> {
  const { dir, fingerprint } = await engineBundle(request.cacheDir);
  peer.postMessage({ kind: 'bundle', dir } satisfies PeerMessage);
  const run = (await import(moduleIn(dir, 'engine-run.mjs'))) as Engine;
  const elsewhere = (seeds: SeedInput[]) =>
    new Promise<Array<CachedParse | null>>((resolve) => {
      peer.on('message', (m: PeerMessage) => m.kind === 'parsed' && resolve(m.results));
      // Should the other worker stop, the engine parses them itself.
      peer.once('close', () => resolve(seeds.map(() => null)));
      peer.postMessage({ kind: 'parse', seeds } satisfies PeerMessage);
    });
  const { part, full } = await run.readCorpus({ ...request, fingerprint }, elsewhere);
  peer.close();
  // The corpus goes out as soon as it is built, so the loaders and the key moments can start on it during the analysis.
  say({ part: 'corpus', value: part });
  say({ part: 'analysis', value: await run.readAnalysis(request, part.story, full) });
}

function momentsTask(): void {
  // The tagger is the slow part of the key moments' module: loaded now, while the engine bundles and reads.
  const tagger = import('compromise');
  let resolveBundle!: (dir: string) => void;
  const bundle = new Promise<string>((resolve) => (resolveBundle = resolve));
  peer.on('message', async (m: PeerMessage) => {
    if (m.kind === 'bundle') resolveBundle(m.dir);
    if (m.kind !== 'parse') return;
    try {
      const run = (await import(moduleIn(await bundle, 'engine-run.mjs'))) as Engine;
      peer.postMessage({ kind: 'parsed', results: run.parseShare(m.seeds, request) } satisfies PeerMessage);
    } catch (e) {
      // The engine parses them itself.
      peer.postMessage({ kind: 'parsed', results: m.seeds.map(() => null) } satisfies PeerMessage);
      fail(e);
    }
  });
  port.once('message', async (events: Parameters<typeof momentRecords>[0]) => {
    try {
      await tagger;
      const moments = (await import(moduleIn(await bundle, 'moments-run.mjs'))) as Moments;
      say({ part: 'moments', value: moments.momentRecords(events) });
    } catch (e) {
      fail(e);
    }
    peer.close();
    port.close();
  });
}

if (task.task === 'engine') await engineTask().catch(fail);
else momentsTask();
