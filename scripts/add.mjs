#!/usr/bin/env node
// `npm run add -- <url or file>`: saves a web page into the seeds folder (SEEDS_DIR, default seeds/) as .html with
// its address recorded, and says what was read; on any failure, one line saying what happened, and nothing written.
// MAX_SEED_BYTES (default 5 MB) limits the page's size, ADD_TIMEOUT_MS (default 20000) the wait for it.
import { join, resolve } from 'node:path';

const { addSeed } = await import('./add-seed.ts');
const sources = process.argv.slice(2);
if (!sources.length) {
  console.error('Usage: npm run add -- <url or file.html>...');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const env = process.env;
let failed = 0;
for (const source of sources) {
  const result = await addSeed(source, {
    seedsDir: resolve(root, env.SEEDS_DIR ?? 'seeds'),
    ...(env.MAX_SEED_BYTES ? { maxBytes: Number(env.MAX_SEED_BYTES) } : {}),
    ...(env.ADD_TIMEOUT_MS ? { timeoutMs: Number(env.ADD_TIMEOUT_MS) } : {}),
  });
  if (!result.ok) failed++;
  (result.ok ? console.log : console.error)(result.line);
}
process.exit(failed ? 1 : 0);
