/**
 * The engine's runs on seeds folders, made in a child process of the engine's
 * own (engine-process.ts). There Node loads the engine's TypeScript natively,
 * rather than through Vite's module runner in the site's process, and the
 * memory a run takes goes back to the system when the process ends.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FolderRun } from './seed-folder.ts';
import type { FolderPlace, SeedSettings } from './settings.ts';

/** What the site's process asks: one folder to run the engine on. */
export interface EngineRequest {
  id: number;
  place: FolderPlace;
  settings: SeedSettings;
}

/** What the engine's process answers: the run, or why it failed. */
export type EngineReply = { id: number } & (
  { ok: true; run: FolderRun } | { ok: false; message: string; stack: string }
);

/** An engine process and the runs it has not answered yet. */
interface Engine {
  process: ChildProcess;
  pending: Set<number>;
  /** Let go (the build needs it no more, or its code changed in `astro dev`): it ends once its runs are answered. */
  retired: boolean;
}

const SCRIPT = fileURLToPath(new URL('./engine-process.ts', import.meta.url));

let current: Engine | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (run: FolderRun) => void; reject: (e: Error) => void }>();

/** Keeps the site's process alive while a run is under way, and lets it exit while the engine's process idles. */
function hold(engine: Engine, held: boolean): void {
  if (held) {
    engine.process.ref();
    engine.process.channel?.ref();
  } else {
    engine.process.unref();
    engine.process.channel?.unref();
  }
}

/** Once an engine has answered every run: it idles, or ends when it has been let go. */
function settled(engine: Engine): void {
  if (engine.pending.size) return;
  hold(engine, false);
  if (engine.retired && engine.process.connected) engine.process.disconnect();
}

function startEngine(): Engine {
  // None of the site's process's own flags (an inspector, a test runner's loader) are passed on.
  const child = fork(SCRIPT, [], { execArgv: [], serialization: 'advanced', stdio: 'inherit' });
  const engine: Engine = { process: child, pending: new Set(), retired: false };
  child.on('message', (reply: EngineReply) => {
    engine.pending.delete(reply.id);
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) w?.resolve(reply.run);
    else w?.reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
    settled(engine);
  });
  // A process that stops takes its unanswered runs with it; the next run starts a new one.
  const stopped = (why: string) => {
    if (current === engine) current = null;
    for (const id of engine.pending) waiting.get(id)?.reject(new Error(`The engine's process stopped (${why}).`));
    for (const id of engine.pending) waiting.delete(id);
    engine.pending.clear();
  };
  child.on('error', (e) => stopped(e.message));
  child.on('exit', (code, signal) => stopped(signal ?? `exit code ${code}`));
  return engine;
}

/** A run of the engine on a folder, in its process (started on the first run); the loaders share one run among them. */
export function engineRun(place: FolderPlace, settings: SeedSettings): Promise<FolderRun> {
  const id = ++nextId;
  const run = new Promise<FolderRun>((resolve, reject) => waiting.set(id, { resolve, reject }));
  // A run may fail before a loader awaits it; the loader that awaits it reports the failure.
  run.catch(() => {});
  const engine = (current ??= startEngine());
  engine.pending.add(id);
  hold(engine, true);
  engine.process.send({ id, place, settings } satisfies EngineRequest);
  return run;
}

/** Lets the engine's process go once its runs are answered; a later run starts a new one. */
export function stopEngine(): void {
  const engine = current;
  current = null;
  if (!engine) return;
  engine.retired = true;
  settled(engine);
}
