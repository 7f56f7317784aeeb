/**
 * The engine's bundle and its startup snapshot (src/content/engine-bundle.ts):
 * the snapshot is taken on this Node, and a process started from it answers a
 * run exactly as one started from the script does (the path taken when no
 * snapshot can be made).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citiesFile, engineBundle } from '../../../src/content/engine-bundle';
import { warmEngine } from '../../../src/content/engine-run';
import { momentRecords } from '../../../src/content/moments-run';
import type { Reply, Request } from '../../../src/content/engine-process';
import { open } from '../../../src/content/process-mail';
import { SEEDS_DIR } from '../../helpers';

type Parts = Partial<Record<'corpus' | 'analysis' | 'moments', unknown>>;

/** Starts the engine's process with `args`, runs the engine on the seeds, and returns the three parts it sends. */
function runEngine(args: string[], request: Request['request']): Promise<Parts> {
  const child = spawn(process.execPath, ['--expose-gc', ...args, 'engine'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const parts: Parts = {};
  return new Promise((resolve, reject) => {
    child.on('message', (received) => {
      const m = open<Reply>(received);
      if ('message' in m) return reject(new Error(`${m.from}: ${m.message}`));
      parts[m.part] = m.value;
      if (parts.corpus && parts.analysis && parts.moments) {
        child.disconnect();
        resolve(parts);
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`the engine's process exited (code ${code}) before sending every part`)),
    );
    child.send({ run: 1, request } satisfies Request);
  });
}

describe('engine bundle', () => {
  it('warms the engine on invented articles that reach every part of a run', () => {
    // The snapshot is taken after this has run (engine-process.ts): a timeline it does not reach stays cold.
    const events = warmEngine();
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.some((e) => e.sources.length > 1)).toBe(true);
    // The key moments picked from it tag sentences, which compiles the tagger's match rules into the snapshot.
    expect(momentRecords(events).length).toBeGreaterThan(0);
  });

  it('takes a startup snapshot of the engine on this Node, next to the script', async () => {
    const bundle = await engineBundle();
    expect(bundle.snapshotError).toBeNull();
    expect(bundle.snapshot).toBe(join(bundle.dir, 'engine.blob'));
    expect(existsSync(bundle.script)).toBe(true);
    // Made once: a second call finds the same folder.
    expect((await engineBundle()).dir).toBe(bundle.dir);
  });

  it('answers a run on the seeds from the snapshot exactly as from the script', async () => {
    const bundle = await engineBundle();
    const request = {
      dir: SEEDS_DIR,
      root: process.cwd(),
      today: null,
      fingerprint: bundle.fingerprint,
      citiesFile: citiesFile(),
    };
    const [fromSnapshot, fromScript] = await Promise.all([
      runEngine(['--snapshot-blob', bundle.snapshot!], request),
      runEngine([bundle.script], request),
    ]);
    expect(fromSnapshot).toEqual(fromScript);
    const corpus = fromSnapshot.corpus as { corpus: { articles: unknown[]; events: unknown[] } };
    expect(corpus.corpus.articles).toHaveLength(5);
    expect(corpus.corpus.events.length).toBeGreaterThan(10);
    expect((fromSnapshot.analysis as { analysis: { ok: boolean } }).analysis.ok).toBe(true);
    expect((fromSnapshot.moments as unknown[]).length).toBeGreaterThan(0);
  }, 60_000);
});
