/**
 * The editing loop: with `astro dev` running on a copy of the seeds, adding,
 * editing and deleting a seed shows on /articles/, the timeline and the
 * article page within 2 seconds, without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** How soon a change must show. */
const WITHIN_MS = 2000;

// An invented article with a dated sentence, so it adds an event to the timeline.
const seed = (headline: string) => `---
slug: dev-loop-ferry
---
date 2024-03-20
The Harbour Ledger

${headline}

By: Ana Whitlock

Workers finished the new ferry terminal on the eastern quay on 14 March 2024, the port authority said.

Crews will run the first crossings to the outer islands later in the spring, once the last gangway has been tested.
`;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

let dev: ChildProcess | undefined;
let origin = '';
let dir = '';
let log = '';

const get = async (path: string) => {
  const r = await fetch(`${origin}${path}`);
  return { status: r.status, text: await r.text() };
};

/** Polls until every check passes; returns the milliseconds it took, or fails with what was still missing. */
async function until(checks: Record<string, () => Promise<boolean>>, limitMs = 15_000): Promise<number> {
  const t0 = performance.now();
  let pending = Object.keys(checks);
  while (performance.now() - t0 < limitMs) {
    const results = await Promise.all(pending.map(async (k) => [k, await checks[k]!().catch(() => false)] as const));
    pending = results.filter(([, ok]) => !ok).map(([k]) => k);
    if (!pending.length) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`still not shown after ${limitMs} ms: ${pending.join(', ')}\n${log.slice(-2000)}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'desk-dev-seeds-'));
  cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    // Without vitest's own variables (VITEST, NODE_ENV=test…), which change how Astro and Vite behave.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k))),
      SEEDS_DIR: dir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (b: Buffer) => (log += b.toString()));
  dev.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  // The first request renders the timeline; wait for it before timing anything.
  await until({ started: async () => (await get('/')).status === 200 }, 90_000);
  await get('/articles/');
}, 120_000);

afterAll(() => {
  dev?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('astro dev picks up seed changes without a restart', () => {
  const file = () => join(dir, 'dev-loop-ferry.txt');

  it('shows an added seed', async () => {
    writeFileSync(file(), seed('Ferry Terminal Opens On The Eastern Quay'));
    const ms = await until({
      '/articles/': async () => (await get('/articles/')).text.includes('Ferry Terminal Opens On The Eastern Quay'),
      'article page': async () =>
        (await get('/articles/dev-loop-ferry/')).text.includes('Ferry Terminal Opens On The Eastern Quay'),
      timeline: async () => (await get('/')).text.includes('new ferry terminal on the eastern quay'),
    });
    console.log(`added seed shown in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThanOrEqual(WITHIN_MS);
  });

  it('shows an edited seed', async () => {
    writeFileSync(
      file(),
      seed('Ferry Terminal Delayed On The Eastern Quay').replace('the port authority said', 'the harbour master said'),
    );
    const ms = await until({
      '/articles/': async () => (await get('/articles/')).text.includes('Ferry Terminal Delayed On The Eastern Quay'),
      'article page': async () =>
        (await get('/articles/dev-loop-ferry/')).text.includes('Ferry Terminal Delayed On The Eastern Quay'),
      timeline: async () => (await get('/')).text.includes('the harbour master said'),
    });
    console.log(`edited seed shown in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThanOrEqual(WITHIN_MS);
    expect(readFileSync(file(), 'utf8')).toContain('Delayed');
  });

  it('drops a deleted seed', async () => {
    unlinkSync(file());
    const ms = await until({
      '/articles/': async () => !(await get('/articles/')).text.includes('Ferry Terminal'),
      'article page': async () => (await get('/articles/dev-loop-ferry/')).status === 404,
      timeline: async () => !(await get('/')).text.includes('ferry terminal'),
    });
    console.log(`deleted seed gone in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThanOrEqual(WITHIN_MS);
  });
});
