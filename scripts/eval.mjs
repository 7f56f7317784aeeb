#!/usr/bin/env node
// `npm run eval`: per-field precision and recall of the engine over the hand-written
// expected records (tests/fixtures/wild, the second story, the seeds). `--misses` lists every miss.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const work = join(root, 'node_modules', '.cache', 'eval');
mkdirSync(work, { recursive: true });
const outfile = join(work, 'evaluation.mjs');
await build({
  entryPoints: [join(root, 'scripts', 'evaluation.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  logLevel: 'error',
  packages: 'external',
});
process.chdir(root);
const { EVAL_SETS, EVAL_FLOOR, evaluateSet } = await import(pathToFileURL(outfile).href);

const showMisses = process.argv.includes('--misses');
const pct = (x) => x.toFixed(3);
let below = 0;
for (const set of EVAL_SETS) {
  const r = evaluateSet(set);
  console.log(`\n${r.name}: ${r.articles} articles`);
  console.log('| field | precision | recall | tp | fp | fn |');
  console.log('|---|--:|--:|--:|--:|--:|');
  for (const [field, s] of Object.entries(r.fields)) {
    if (s.tp + s.fp + s.fn === 0) continue;
    const flag = s.precision < EVAL_FLOOR || s.recall < EVAL_FLOOR ? ' ⚠' : '';
    if (flag) below++;
    console.log(`| ${field}${flag} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.tp} | ${s.fp} | ${s.fn} |`);
  }
  if (showMisses) for (const m of r.misses) console.log(`  - ${m}`);
}
console.log(below ? `\n${below} field(s) below ${EVAL_FLOOR}.` : `\nEvery field at or above ${EVAL_FLOOR}.`);
