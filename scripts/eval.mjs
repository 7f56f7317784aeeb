#!/usr/bin/env node
// `npm run eval`: per-field precision and recall of the engine over the hand-written
// expected records (tests/fixtures/wild, the second story, the seeds, the held-out sets).
// `--misses` lists every miss.
import { join } from 'node:path';

process.chdir(join(import.meta.dirname, '..'));
// Node loads the TypeScript natively, so a failure's stack trace points into the sources.
const { EVAL_SETS, EVAL_FLOOR, evaluateSet } = await import('./evaluation.ts');

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
  console.log(`wrong publication dates (a day or window leaving out the true one): ${r.wrongDates.length}`);
  for (const m of r.wrongDates) console.log(`  - ${m}`);
  if (showMisses) for (const m of r.misses) console.log(`  - ${m}`);
}
console.log(below ? `\n${below} field(s) below ${EVAL_FLOOR}.` : `\nEvery field at or above ${EVAL_FLOOR}.`);

// The story as a whole: events, kinds, labels, quotations and key moments against event-level gold.
const { STORY_SETS, evaluateStory, storyRows } = await import('./story-evaluation.ts');
for (const set of STORY_SETS) {
  const s = await evaluateStory(set);
  console.log(`\n${s.name}: the story\n| measure | value |\n|---|--:|`);
  for (const row of storyRows(s)) console.log(row);
  if (showMisses)
    for (const m of [...s.published.wrong, ...s.labels.failures, ...s.moments.failures, ...s.origins.failures])
      console.log(`  - ${m}`);
}

// Shared origin on labelled pairs: copies and rewrites against independent and related reports of one event.
const { evaluatePairs } = await import('./pair-evaluation.ts');
console.log(
  '\nshared origin on labelled pairs\n| part | pairs | precision | recall | tp | fp (across stories) | fn |\n|---|--:|--:|--:|--:|--:|--:|',
);
const PAIR_PARTS = [
  { part: 'calibrate', label: 'calibrate' },
  { part: 'test', label: 'test' },
  // The second blind set (tests/fixtures/origin-pairs2): scored once as test, then calibration (its README).
  { part: 'calibrate', label: 'blind 2 (calibrate)', dir: 'tests/fixtures/origin-pairs2' },
  // The third blind set (tests/fixtures/origin-pairs3), written after the thresholds were set: the final figure.
  { part: 'test', label: 'blind 3 (test, final)', dir: 'tests/fixtures/origin-pairs3' },
  // The fourth blind set (tests/fixtures/origin-pairs4), written in round 5: the final figure of that round.
  { part: 'test', label: 'blind 4 (test, final)', dir: 'tests/fixtures/origin-pairs4' },
];
for (const { part, label, dir } of PAIR_PARTS) {
  const s = await evaluatePairs(part, undefined, dir && join(import.meta.dirname, '..', dir));
  console.log(
    `| ${label} | ${s.pairs} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.tp} | ${s.fp} (${s.cross}) | ${s.fn} |`,
  );
  if (showMisses) for (const m of s.misses) console.log(`  - ${m}`);
}
