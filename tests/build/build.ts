/** Extra production builds for tests, into a temporary folder. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distFiles } from './dist.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs a clean production build (`scripts/build.mjs --force`) into a new temporary folder and returns it. */
export function buildInto(env: Record<string, string> = {}): { outDir: string; log: string; status: number } {
  const outDir = mkdtempSync(join(tmpdir(), 'desk-build-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--outDir', outDir, '--force'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { outDir, log: `${r.stdout}\n${r.stderr}`, status: r.status ?? 1 };
}

/** SHA-256 of every file under a folder, keyed by relative path. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(
    distFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** Like `buildInto`, without waiting: a clean build of the project at `root` (another checkout) into a new temporary folder. */
export function buildIntoLater(
  root: string,
  env: Record<string, string> = {},
): Promise<{ outDir: string; log: string; status: number }> {
  const outDir = mkdtempSync(join(tmpdir(), 'desk-build-'));
  const child = spawn(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outDir', outDir, '--force'], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ outDir, log, status: status ?? 1 })));
}
