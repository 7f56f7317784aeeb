#!/usr/bin/env node
// The origin pass on the benchmark corpora: engine time of `originFamilies`
// (articles already parsed), candidate pairs scored, and precision and recall
// of its flagged pairs against the ground truth of generation.
// `scripts/bench.mjs` calls `measureOrigin` for each size; on its own:
//
//   node scripts/bench-origin.mjs --sizes 1000,5000
import { pathToFileURL } from 'node:url';
import { generateCorpus, truePairs } from './bench-corpus.mjs';

let engine = null;
async function loadOriginEngine() {
  engine ??= {
    ...(await import('../src/engine/article/parse.ts')),
    ...(await import('../src/engine/compare/origin.ts')),
    ...(await import('../src/engine/compare/similarity.ts')),
  };
  return engine;
}

/**
 * Parses `articles` ([{file, text}]) once, then times the origin pass on them
 * (best of three runs) and scores its flagged pairs against `families`.
 */
export async function measureOrigin(articles, families) {
  const e = await loadOriginEngine();
  const docs = articles.map((a) =>
    e.originDoc({ ...e.parseArticle({ file: a.file, bytes: new TextEncoder().encode(a.text) }), slug: a.file }),
  );
  e.originFamilies(docs.slice(0, Math.min(50, docs.length))); // warm-up, so the JIT is not part of the figure
  let best = Infinity;
  let result;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    result = e.originFamilies(docs);
    best = Math.min(best, performance.now() - t0);
  }
  const truth = truePairs(families);
  const flagged = result.pairs.filter((p) => p.kind).map((p) => [p.a, p.b].sort().join(' + '));
  const correct = flagged.filter((k) => truth.has(k)).length;
  return {
    n: articles.length,
    originMs: best,
    scored: result.pairs.length,
    flagged: flagged.length,
    truePairs: truth.size,
    precision: flagged.length ? correct / flagged.length : 1,
    recall: truth.size ? correct / truth.size : 1,
    families: result.families.length,
  };
}

/** One line of the report. */
export function originLine(r) {
  return `origin pass at ${r.n}: ${r.originMs.toFixed(0)} ms engine time, ${r.scored} pairs scored of ${(r.n * (r.n - 1)) / 2}; flagged ${r.flagged} (true ${r.truePairs}): precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}; ${r.families} families`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv.indexOf('--sizes');
  const sizes = arg > 0 ? process.argv[arg + 1].split(',').map(Number) : [100, 1000, 5000];
  const rows = [];
  for (const n of sizes) {
    const { articles, families } = generateCorpus(n);
    const r = await measureOrigin(articles, families);
    rows.push(r);
    console.log(originLine(r));
  }
  for (let i = 1; i < rows.length; i++) {
    const k = Math.log(rows[i].originMs / rows[i - 1].originMs) / Math.log(rows[i].n / rows[i - 1].n);
    console.log(`  time grows as n^${k.toFixed(2)} from ${rows[i - 1].n} to ${rows[i].n}`);
  }
}
