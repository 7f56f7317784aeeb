// Loads the engine's TypeScript into a plain Node script (bench, eval): esbuild bundles the
// modules named in `source` into one ES module under bench-results/work/, which is then imported.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');

/** Bundles `source` (TypeScript export lines, relative to the project) to `name`.mjs and imports it. */
export async function importTs(source, name) {
  process.setSourceMapsEnabled(true);
  const outfile = join(ROOT, 'bench-results', 'work', `${name}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    // The bundle is ESM; a CommonJS dependency inside it may still call require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // Stack traces name the .ts sources and their lines.
    sourcemap: 'inline',
  });
  return import(pathToFileURL(outfile).href);
}
