/**
 * The worker threads that run the engine for the seed loaders: the `engine`
 * task reads the seeds and sends the corpus, then the analysis
 * (engine-run.ts); the `moments` task loads the key-moment rules and their
 * tagger meanwhile, and answers the timeline it is sent (moments-run.ts).
 *
 * Each imports the module esbuild bundled for its task (see corpus-cache.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EngineRequest, readAnalysis, readCorpus } from './engine-run';
import type { momentRecords } from './moments-run';

/** What a worker says: a part of the run, or why it stopped. */
type Reply = { part: 'corpus' | 'analysis' | 'moments'; value: unknown } | { part: 'error'; message: string; stack?: string };

const port = parentPort!;
const say = (reply: Reply) => port.postMessage(reply);
const task = workerData as { task: 'engine'; module: string; request: EngineRequest } | { task: 'moments'; module: string };

try {
  if (task.task === 'engine') {
    // The corpus goes out as soon as it is built, so the loaders and the key moments can start on it during the analysis.
    const run = (await import(task.module)) as { readAnalysis: typeof readAnalysis; readCorpus: typeof readCorpus };
    const { part, full } = await run.readCorpus(task.request);
    say({ part: 'corpus', value: part });
    say({ part: 'analysis', value: await run.readAnalysis(task.request, part.story, full) });
  } else {
    // Loads the tagger now, then waits for the timeline.
    const run = (await import(task.module)) as { momentRecords: typeof momentRecords };
    port.once('message', (events: Parameters<typeof momentRecords>[0]) => {
      try {
        say({ part: 'moments', value: run.momentRecords(events) });
      } catch (e) {
        say({ part: 'error', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
      }
      port.close();
    });
  }
} catch (e) {
  say({ part: 'error', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
}
