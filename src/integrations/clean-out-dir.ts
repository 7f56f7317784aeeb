/**
 * Empties the output folder at the start of `astro build` without making the
 * build wait for it: the previous output is moved into Astro's cache folder
 * (a rename) and deleted there in the background, on the libuv thread pool,
 * while the pages render. Astro's own emptying (turned off in astro.config.mjs
 * with `vite.build.emptyOutDir: false`) deletes the thousands of files of a
 * large site on the main thread. When the rename is not possible (another file
 * system, or a `.git` folder to keep, as Astro keeps it), the folder is emptied
 * in place, synchronously, as Astro would.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The integration; pair it with `vite: { build: { emptyOutDir: false } }`. */
export function cleanOutDir(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let deleting: Promise<void> | undefined;
  return {
    name: 'clean-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        // What a failed build left behind is deleted too.
        const stale = existsSync(cacheDir)
          ? readdirSync(cacheDir)
              .filter((n) => n.startsWith('previous-output-'))
              .map((n) => join(cacheDir, n))
          : [];
        const leftovers = Promise.all(stale.map((dir) => rm(dir, { recursive: true, force: true })));
        deleting = leftovers.then(() => {});
        if (!existsSync(outDir)) return;
        const old = join(cacheDir, `previous-output-${process.pid}`);
        if (!existsSync(join(outDir, '.git')) && !stale.includes(old)) {
          try {
            mkdirSync(cacheDir, { recursive: true });
            renameSync(outDir, old);
            mkdirSync(outDir, { recursive: true });
            deleting = Promise.all([leftovers, rm(old, { recursive: true, force: true })]).then(() => {});
            return;
          } catch {
            // Another file system (EXDEV) or a busy folder: empty it in place below.
          }
        }
        mkdirSync(outDir, { recursive: true });
        for (const name of readdirSync(outDir))
          if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
      },
      'astro:build:done': async () => {
        await deleting;
      },
    },
  };
}
