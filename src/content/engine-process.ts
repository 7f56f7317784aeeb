/**
 * The two processes that run the engine for the seed loaders. The site starts
 * the `engine` process (corpus-cache.ts), which starts the `moments` process
 * and is the only one the site talks to:
 * - `engine` reads the seeds and sends the corpus, then the analysis
 *   (engine-run.ts); it passes the timeline to the other and relays its key
 *   moments.
 * - `moments` parses half the seeds when the engine sends it many, compares
 *   the articles for shared origin during the engine's analysis, and answers
 *   the timeline (moments-run.ts). It is started for the first job it is
 *   given: with fewer than 64 articles the engine's process does everything
 *   itself, and it is never started.
 *
 * This module is bundled with everything it imports into one script, and
 * both processes start from a V8 startup snapshot taken once that script has
 * loaded and run the engine on two invented articles, key moments included
 * (engine-bundle.ts; `warmEngine` at the end of this file): the engine, the
 * key moments' tagger with its match rules compiled, and what the engine's
 * code builds on first use are in memory from the start.
 * Both run the same code; the task is the first argument after the script,
 * or the first argument when started from the snapshot.
 *
 * Processes, not worker threads: a worker thread's memory stays with the
 * site's process once the worker has stopped (about 300 MB at 1,000
 * articles, kept through the rest of the build), whereas a process gives all
 * of its memory back when it exits.
 *
 * Both stay for the site's process and take one run after another (each
 * message carries its run's number), so a run after the first, in `astro dev`,
 * finds the engine warm. Each exits when its parent goes.
 */
import type { ChildProcess } from 'node:child_process';
import { startupSnapshot } from 'node:v8';
import type { SeedInput } from '../engine/article/parse';
import type { Article } from '../engine/schema/article';
import type { OriginComparison } from '../engine/compare/similarity';
import type { CachedParse, Corpus } from '../engine/timeline/corpus';
import { open, post } from './process-mail.ts';
import { SECOND_PROCESS_MIN } from '../engine/timeline/thresholds';
import { compareOrigins, parseShare, readAnalysis, readCorpus, warmEngine, type EngineRequest } from './engine-run.ts';
import { momentRecords } from './moments-run.ts';

/** What a process says to the site about a run: a part, or why it stopped (`fatal`: the process itself is stopping, run 0); `from` names the process (the engine relays the other's). */
type Said = (
  | { part: 'corpus' | 'analysis' | 'moments'; value: unknown }
  | { part: 'error' | 'fatal'; message: string; stack?: string }
) & { run: number };
export type Reply = Said & { from: 'engine' | 'moments' };
/** What the site asks the engine: a run. */
export type Request = { run: number; request: EngineRequest };
/** What the processes say to each other about a run: the engine sends seeds to parse, articles to compare for shared origin and the timeline; the other sends back the results (null when it failed: the engine then does the work). */
type PeerMessage = { run: number } & (
  | { kind: 'parse'; seeds: SeedInput[]; maxBytes?: number }
  | { kind: 'parsed'; results: Array<CachedParse | null> }
  | { kind: 'compare'; articles: Array<Pick<Article, 'slug' | 'blocks' | 'credits'>>; origin: Corpus['origin'] }
  | { kind: 'compared'; origins: OriginComparison | null }
  | { kind: 'timeline'; events: Parameters<typeof momentRecords>[0] }
);
type Task = 'engine' | 'moments';

let task: Task = 'engine';
const say = (reply: Said) => post(process, { ...reply, from: task });
const errorReply = (run: number, e: unknown, part: 'error' | 'fatal' = 'error'): Said => ({
  run,
  part,
  message: e instanceof Error ? e.message : String(e),
  stack: e instanceof Error ? e.stack : undefined,
});
const fail = (run: number, e: unknown) => say(errorReply(run, e));
// An error nothing caught stops the process; the site is told what it was before the exit says only its code.
const stop = (e: unknown) => {
  try {
    say(errorReply(0, e, 'fatal'));
  } finally {
    process.exit(1);
  }
};

/**
 * A full garbage collection between a run's steps (the site starts these
 * processes with `--expose-gc`): what the step before left behind, such as
 * the parsed seeds' intermediate forms and the serialised message, goes
 * before the next step allocates. At 1,000 articles the engine's process
 * peaks about 30 MB lower and the build's processes together 50–100 MB lower,
 * in no measurable time.
 */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

// --- The engine -----------------------------------------------------------------------

/** Answers the engine waits for from the other process, by run and kind. */
const waiting = new Map<string, (m: PeerMessage) => void>();

/** The key moments' process, started by the engine's when it is first given a job (`peerProcess`). */
let peer: ChildProcess | null = null;
/** Whether this process was started from the snapshot (set in `start`): the other is started the same way. */
let fromSnapshot = false;
const tell = (m: PeerMessage) => post(peerProcess(), m);

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
}

async function engineSteps(run: number, request: EngineRequest, sentTimeline: () => void): Promise<void> {
  // Many seeds to parse: the other process parses half of them (engine-run.ts decides).
  const elsewhere = (seeds: SeedInput[]) =>
    ask(
      { run, kind: 'parse', seeds, maxBytes: request.maxBytes },
      'parsed',
      (m) => (m as Extract<PeerMessage, { kind: 'parsed' }>).results,
    );
  const { part, full } = await readCorpus(request, elsewhere);
  // The corpus goes out as soon as it is built, so the loaders and the key moments can start on it during the analysis.
  say({ run, part: 'corpus', value: part });
  const here = () => compareOrigins(full.articles, full.origin ?? undefined);
  if (full.articles.length < SECOND_PROCESS_MIN) {
    // Few articles: the key moments and the analysis are small jobs, done here one after the other rather than
    // in a second process that would compete with Vite's build for the cores. The key moments are said as the
    // other process's part, which they are.
    post(process, { run, part: 'moments', value: momentRecords(part.corpus.events), from: 'moments' } satisfies Reply);
    sentTimeline();
    say({ run, part: 'analysis', value: await readAnalysis(request, part.story, full, () => Promise.resolve(here())) });
    return;
  }
  // Many articles: the other process compares them for shared origin. The comparison goes before the timeline, as
  // the analysis waits for it and the key moments wait for nothing.
  const articles = full.articles.map(({ slug, blocks, credits }) => ({ slug, blocks, credits }));
  const compared = ask(
    { run, kind: 'compare', articles, origin: full.origin },
    'compared',
    (m) => (m as Extract<PeerMessage, { kind: 'compared' }>).origins ?? here(),
  );
  tell({ run, kind: 'timeline', events: part.corpus.events });
  sentTimeline();
  // The analysis starts from a clean heap; the other process has its jobs already.
  collect();
  const analysis = await readAnalysis(request, part.story, full, () => compared);
  say({ run, part: 'analysis', value: analysis });
}

/**
 * The key moments' process, started as this one was (from the same snapshot,
 * or the same script, with the same flags) when it is first given a job: the
 * parsing it shares, or the comparison, so only for many seeds.
 */
function peerProcess(): ChildProcess {
  if (peer) return peer;
  const script = fromSnapshot ? [] : [process.argv[1]!];
  // Looked up here, not imported: Node does not vouch for node:child_process loaded while a snapshot is taken.
  const { spawn } = process.getBuiltinModule('node:child_process');
  const started = spawn(process.execPath, [...process.execArgv, ...script, 'moments'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  // Answers to the engine's jobs, or key moments to pass on to the site.
  started.on('message', (received) => {
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
  started.on('error', stop);
  started.once('exit', (code, signal) =>
    stop(new Error(`it needs the key moments' process, which stopped (${signal ?? `exit code ${code}`}).`)),
  );
  return (peer = started);
}

function engineTask(): void {
  // One run at a time, in the order asked.
  let queue = Promise.resolve();
  process.on('message', ({ run, request }: Request) => {
    queue = queue.then(() => engineRun(run, request));
  });
}

// --- The key moments ------------------------------------------------------------------

function momentsTask(): void {
  process.on('message', (received) => {
    let m: PeerMessage;
    try {
      m = open<PeerMessage>(received);
    } catch (e) {
      return stop(e);
    }
    switch (m.kind) {
      case 'timeline':
        try {
          say({ run: m.run, part: 'moments', value: momentRecords(m.events) });
        } catch (e) {
          fail(m.run, e);
        }
        return;
      case 'parse':
        // A seed that fails is answered with null: the engine parses it again and reports why.
        post(process, {
          run: m.run,
          kind: 'parsed',
          results: parseShare(m.seeds, { maxBytes: m.maxBytes }),
        } satisfies PeerMessage);
        break;
      case 'compare': {
        let origins: OriginComparison | null = null;
        try {
          origins = compareOrigins(m.articles, m.origin ?? undefined);
        } catch {
          // Answered with nothing: the engine does the work itself, and meets the same error, which it reports.
        }
        post(process, { run: m.run, kind: 'compared', origins } satisfies PeerMessage);
        break;
      }
      default:
        return;
    }
    setImmediate(collect);
  });
}

/** Runs this process's task: `engine` or `moments`, the first argument after the script (or the first, from the snapshot). */
function start(snapshot: boolean): void {
  fromSnapshot = snapshot;
  const named = process.argv[fromSnapshot ? 1 : 2];
  if (named !== 'engine' && named !== 'moments')
    throw new Error(`engine-process: the task must be "engine" or "moments", not ${JSON.stringify(named)}.`);
  task = named;
  // A process whose parent has gone, or that is told to stop, exits in order: its files go with it (process-mail.ts).
  process.on('disconnect', () => process.exit(0));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0));
  process.on('uncaughtException', stop);
  process.on('unhandledRejection', stop);
  if (task === 'engine') engineTask();
  else momentsTask();
}

// Taking the startup snapshot (engine-bundle.ts) loads the modules and runs the engine once; each process from it starts here.
if (startupSnapshot.isBuildingSnapshot()) {
  momentRecords(warmEngine());
  startupSnapshot.setDeserializeMainFunction(() => start(true));
} else start(false);
