#!/usr/bin/env node
// The origin pass on the benchmark corpora: engine time of `originFamilies`
// (articles already parsed), candidate pairs scored, and precision and recall
// of its families against the ground truth of generation (every pair of
// articles put in one family counts as a call; see `familyPairScore`).
// `scripts/bench.mjs` calls `measureOrigin` for each size; on its own:
//
//   node scripts/bench-origin.mjs --sizes 1000,5000
//   node scripts/bench-origin.mjs --copies 1000     the "copies" corpus (five reports copied over and over)
import { pathToFileURL } from 'node:url';
import { generateCopiesCorpus, generateCorpus } from './bench-corpus.mjs';

const pairsIn = (k) => (k * (k - 1)) / 2;

/**
 * Precision and recall over pairs of articles, counted from family sizes without listing the pairs (a family of 200
 * holds 19,900): a pair is called when both articles are in one found family, and true when both are in one
 * generated family.
 */
export function familyPairScore(found, truth) {
  const trueFamily = new Map(truth.flatMap((f, k) => f.map((m) => [m, k])));
  let called = 0;
  let correct = 0;
  for (const f of found) {
    called += pairsIn(f.length);
    const overlap = new Map();
    for (const m of f) if (trueFamily.has(m)) overlap.set(trueFamily.get(m), (overlap.get(trueFamily.get(m)) ?? 0) + 1);
    for (const k of overlap.values()) correct += pairsIn(k);
  }
  const truePairs = truth.reduce((t, f) => t + pairsIn(f.length), 0);
  return {
    called,
    correct,
    truePairs,
    precision: called ? correct / called : 1,
    recall: truePairs ? correct / truePairs : 1,
  };
}

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
export async function measureOrigin(articles, families, originals = null) {
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
  const score = familyPairScore(
    result.families.map((f) => f.members),
    families,
  );
  // Where generation knows the first publication, whether each family's likely origin is it.
  const firstFound = originals
    ? originals.filter((o) => result.families.some((f) => f.representative?.slug === o)).length
    : null;
  return {
    n: articles.length,
    originMs: best,
    scored: result.scored ?? result.pairs.length,
    listed: result.pairs.length,
    flagged: score.called,
    truePairs: score.truePairs,
    precision: score.precision,
    recall: score.recall,
    families: result.families.length,
    originalsFound: firstFound,
    originals: originals?.length ?? null,
  };
}

/** One line of the report. */
export function originLine(r) {
  return `origin pass at ${r.n}${r.corpus ? ` (${r.corpus})` : ''}: ${r.originMs.toFixed(0)} ms engine time, ${r.scored} pairs scored of ${pairsIn(r.n)}, ${r.listed} listed; pairs in one family ${r.flagged} (true ${r.truePairs}): precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}; ${r.families} families${r.originals ? `; likely origin is the first publication in ${r.originalsFound} of ${r.originals}` : ''}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv.indexOf('--sizes');
  const copies = process.argv.indexOf('--copies');
  const sizes =
    copies > 0
      ? process.argv[copies + 1].split(',').map(Number)
      : arg > 0
        ? process.argv[arg + 1].split(',').map(Number)
        : [100, 1000, 5000];
  const rows = [];
  for (const n of sizes) {
    const { articles, families, originals } = copies > 0 ? generateCopiesCorpus(n) : generateCorpus(n);
    const r = { ...(await measureOrigin(articles, families, originals)), corpus: copies > 0 ? 'copies' : null };
    rows.push(r);
    console.log(originLine(r));
  }
  for (let i = 1; i < rows.length; i++) {
    const k = Math.log(rows[i].originMs / rows[i - 1].originMs) / Math.log(rows[i].n / rows[i - 1].n);
    console.log(`  time grows as n^${k.toFixed(2)} from ${rows[i - 1].n} to ${rows[i].n}`);
  }
}
