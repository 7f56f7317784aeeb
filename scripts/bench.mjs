#!/usr/bin/env node
// `npm run bench`: how the engine and the build grow with the corpus.
//
// For each size it generates a synthetic corpus (scripts/bench-corpus.mjs: fixed
// random seed; invented reports with deliberate copies, rewrites and
// independent reports) and measures:
//   - the engine in-process: articles per second for parsing, dates and events;
//   - the origin pass (scripts/bench-origin.mjs): engine time, and precision
//     and recall of its flagged pairs against the ground truth of generation;
//   - `astro build` of this site on that corpus: wall time and peak memory (the largest
//     process, and all the processes of the build summed);
//   - a second build with nothing changed (the parse cache at work);
//   - a minimal Astro site whose glob() Markdown collection holds the same
//     number of posts, built the same way, as the baseline.
// It prints a table and writes bench-results/bench.json and bench-results/bench.svg.
//
//   npm run bench                      sizes 5 (the seeds), 100, 1000, 5000
//   npm run bench -- --sizes 10,100    other sizes (5 is the seeds folder itself)
//   npm run bench -- --runs 1          one clean build per size instead of the median of 15 (under 100) or 3
//   node scripts/bench.mjs --corpus-only 1000   write that corpus, print its folder, stop
//   node scripts/bench.mjs --copies-corpus-only 400   the same for the "copies" corpus
//   npm run bench -- --sizes 5,1000 --against ../other-checkout   this checkout and another in alternating pairs
//   npm run bench -- --sizes none --copies 1000   only the "copies" corpus (1,000 articles, most of them
//                                      copies of five reports): build against the blog, output bytes per article
//                                      against the seeds', similarity.json size, origin precision and recall.
//                                      Without --sizes and --copies it runs after the other sizes.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { generateCopiesCorpus, generateCorpus } from './bench-corpus.mjs';
import { measureOrigin, originLine } from './bench-origin.mjs';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench-results', 'work');
const OUT = join(ROOT, 'bench-results');
const sizesArg = process.argv.indexOf('--sizes');
const runsArg = process.argv.indexOf('--runs');
/**
 * Clean builds per size (site and baseline alternate, so load on the machine hits both alike); the median is reported.
 * `--runs N` sets it for every size. Otherwise three, and fifteen below 100 articles: there a build takes about two
 * seconds, and on a shared machine builds of the same code spread by a fifth, so the median of three moved the ratio
 * at the seeds by ±0.1 from one run of the benchmark to the next (docs/build-speed.md). Fifteen cost about a minute.
 */
const RUNS_SET = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1])) : null;
const runsAt = (n) => RUNS_SET ?? (n < 100 ? 15 : 3);
const SIZES =
  sizesArg > 0
    ? process.argv[sizesArg + 1] === 'none'
      ? []
      : process.argv[sizesArg + 1].split(',').map(Number)
    : [5, 100, 1000, 5000];
const copiesArg = process.argv.indexOf('--copies');
/** Sizes of the "copies" corpus: `--copies N,M`; by default 1,000 when no --sizes is given, else none. */
const COPIES = copiesArg > 0 ? process.argv[copiesArg + 1].split(',').map(Number) : sizesArg > 0 ? [] : [1000];

// --- Deterministic synthetic corpus (scripts/bench-corpus.mjs) ---------------------------
function writeCorpus(n) {
  const dir = join(WORK, `corpus-${n}`, 'seeds');
  rmSync(join(WORK, `corpus-${n}`), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { articles, families } = generateCorpus(n);
  for (const { file, text } of articles) writeFileSync(join(dir, file), text);
  cpSync(join(ROOT, 'seeds', 'story.yaml'), join(dir, 'story.yaml'));
  return { dir, articles, families };
}

/** The "copies" corpus of `n` articles (scripts/bench-corpus.mjs), written like the others. */
function writeCopiesCorpus(n) {
  const dir = join(WORK, `copies-${n}`, 'seeds');
  rmSync(join(WORK, `copies-${n}`), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const corpus = generateCopiesCorpus(n);
  for (const { file, text } of corpus.articles) writeFileSync(join(dir, file), text);
  cpSync(join(ROOT, 'seeds', 'story.yaml'), join(dir, 'story.yaml'));
  return { dir, ...corpus };
}

/** Bytes of every file under `dir`. */
function treeBytes(dir) {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true })) {
    const st = statSync(join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}

/** Size 5 is the real seeds folder itself (story data and gazetteer included), not synthetic copies. */
function seedsCorpus() {
  const dir = join(ROOT, 'seeds');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
  return { dir, articles };
}

// --- Engine, in process --------------------------------------------------------------
async function loadEngine() {
  // Node loads the engine's TypeScript natively: the same code the build runs, with stack traces into the sources.
  const [corpus, article, passages, story] = await Promise.all([
    import('../src/engine/timeline/corpus.ts'),
    import('../src/engine/article/parse.ts'),
    import('../src/engine/timeline/passages.ts'),
    import('../src/engine/read/story.ts'),
  ]);
  return { ...corpus, ...article, ...passages, ...story };
}

function timeEngine(engine, articles, story) {
  const seeds = articles.map((a) => ({ file: a.file, bytes: new TextEncoder().encode(a.text) }));
  // Warm up once on a slice so the JIT is not part of the figure.
  engine.buildCorpus(seeds.slice(0, Math.min(20, seeds.length)), story);
  const t0 = performance.now();
  for (const s of seeds) engine.readPassages(engine.parseArticle(s).blocks);
  const t1 = performance.now();
  const corpus = engine.buildCorpus(seeds, story);
  const t2 = performance.now();
  return {
    parseAndDatesPerSec: seeds.length / ((t1 - t0) / 1000),
    enginePerSec: seeds.length / ((t2 - t1) / 1000),
    engineMs: t2 - t1,
    events: corpus.events.length,
    rejected: corpus.rejected.length,
  };
}

// --- Builds ----------------------------------------------------------------------------
/** Every process under `pid` (itself included), from /proc. */
function processTree(pid) {
  let children = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // Gone already.
  }
  return [pid, ...children.flatMap(processTree)];
}

// The tree is read from /proc/PID/task/PID/children; without it (an older or restricted kernel) only the top process would count.
if (!existsSync(`/proc/${process.pid}/task/${process.pid}/children`))
  console.warn('Warning: /proc/<pid>/task/<pid>/children is missing here; "tree MB" counts the top process only.');

/** Resident memory of the process tree under `pid`, summed, in KB (0 once it has gone). */
function treeRssKb(pid) {
  let kb = 0;
  for (const p of processTree(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Exited between the listing and the read.
    }
  }
  return kb;
}

/**
 * One `astro build`: wall time, CPU time, and peak memory two ways. `peakMB` is
 * the largest single process (GNU time's maximum resident set size); `treeMB`
 * is the largest sum over the whole process tree, sampled every 20 ms, so the
 * engine's own processes and Pagefind's count as well as Astro's.
 */
async function timedBuild(cwd, args, env, astro = join(ROOT, 'node_modules', '.bin', 'astro')) {
  const child = spawn('/usr/bin/time', ['-f', '%e %M %U %S', astro, 'build', ...args], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let treeKb = 0;
  const sampler = setInterval(() => (treeKb = Math.max(treeKb, treeRssKb(child.pid))), 20);
  const status = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(sampler);
  const last = stderr.trim().split('\n').at(-1) ?? '';
  const [secs, kb, user, sys] = last.split(' ').map(Number);
  if (status !== 0) throw new Error(`build failed in ${cwd}:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`);
  // CPU seconds as well as wall time: on a shared machine the wall clock also measures the neighbours.
  return { seconds: secs, peakMB: kb / 1024, treeMB: treeKb / 1024, cpuS: user + sys, log: stdout };
}

/**
 * Deletes the parse results this site keeps between builds in Astro's cache
 * folder (`.cache/astro/`; `node_modules/.astro/` in checkouts from before it
 * moved), so a clean build parses every seed; --force clears only the data
 * store. Vite's and Node's own caches are kept for both sites: they hold code,
 * made again when the code changes, not content.
 */
function clearSiteCaches(root = ROOT) {
  for (const cache of [join(root, '.cache', 'astro'), join(root, 'node_modules', '.astro')]) {
    if (!existsSync(cache)) continue;
    for (const f of readdirSync(cache)) if (f.startsWith('seed-parses-')) rmSync(join(cache, f), { force: true });
  }
}

function siteBuild(n, corpusDir, clean, root = ROOT, name = `${root === ROOT ? 'site' : 'other'}-${n}`) {
  const outDir = join(WORK, name);
  if (clean) clearSiteCaches(root);
  const astro = join(root, 'node_modules', '.bin', 'astro');
  return timedBuild(root, ['--outDir', outDir, ...(clean ? ['--force'] : [])], { SEEDS_DIR: corpusDir }, astro);
}

/**
 * `--against DIR`: this checkout against another one (DIR, with its own node_modules), clean builds of both on the
 * same corpora in alternating pairs, the order swapped from one pair to the next so that neither always goes first.
 * Prints each side's medians and the median of the pairs' ratios (this checkout over DIR): the measure of one change.
 */
async function compareCheckouts(other) {
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`Node ${process.version}; ${ROOT} (A) against ${other} (B); sizes ${SIZES.join(', ')}\n`);
  const lines = [];
  for (const n of SIZES) {
    const { dir } = n === 5 ? seedsCorpus() : writeCorpus(n);
    const a = [];
    const b = [];
    for (let k = 0; k < runsAt(n); k++) {
      if (k % 2 === 0) {
        a.push(await siteBuild(n, dir, true));
        b.push(await siteBuild(n, dir, true, other));
      } else {
        b.push(await siteBuild(n, dir, true, other));
        a.push(await siteBuild(n, dir, true));
      }
    }
    const ratios = a.map((r, k) => r.seconds / b[k].seconds).sort((x, y) => x - y);
    const line =
      `${pad(n, 8)}  A ${mid(a.map((r) => r.seconds)).toFixed(2)} s, B ${mid(b.map((r) => r.seconds)).toFixed(2)} s; ` +
      `A/B pairs: median ${mid(ratios).toFixed(3)} (${ratios[0].toFixed(2)}–${ratios.at(-1).toFixed(2)}, ${ratios.length} pairs); ` +
      `CPU A ${mid(a.map((r) => r.cpuS)).toFixed(2)} s, B ${mid(b.map((r) => r.cpuS)).toFixed(2)} s; ` +
      `all processes A ${mid(a.map((r) => r.treeMB)).toFixed(0)} MB, B ${mid(b.map((r) => r.treeMB)).toFixed(0)} MB`;
    console.log(line);
    lines.push(line);
  }
  writeFileSync(join(OUT, 'against.txt'), `${ROOT} (A) against ${other} (B)\n${lines.join('\n')}\n`);
}

function baselineProject(n, articles) {
  const dir = join(WORK, `baseline-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'content', 'posts'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages', 'posts'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ markdown: { syntaxHighlight: false } });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { posts: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/posts' }), schema: z.object({ title: z.string(), date: z.coerce.date() }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'index.astro'),
    "---\nimport { getCollection } from 'astro:content';\nconst posts = (await getCollection('posts')).sort((a, b) => a.id.localeCompare(b.id));\n---\n<html lang=\"en\"><head><title>Posts</title></head><body><ol>{posts.map((p) => <li><a href={`/posts/${p.id}/`}>{p.data.title}</a></li>)}</ol></body></html>\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'posts', '[...id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('posts')).map((p) => ({ params: { id: p.id }, props: { p } })); }\nconst { p } = Astro.props;\nconst { Content } = await render(p);\n---\n<html lang=\"en\"><head><title>{p.data.title}</title></head><body><article><h1>{p.data.title}</h1><Content /></article></body></html>\n",
  );
  articles.forEach((a, i) => {
    const title =
      a.text.split('\n').find((l) => l.trim() && !l.startsWith('date ') && !/^The \w+ \w+$/.test(l.trim())) ??
      `Post ${i}`;
    const body = a.text
      .split('\n')
      .filter((l) => !l.startsWith('date '))
      .join('\n');
    writeFileSync(
      join(dir, 'src', 'content', 'posts', `post-${String(i).padStart(5, '0')}.md`),
      `---\ntitle: ${JSON.stringify(title.slice(0, 120))}\ndate: 2023-01-01\n---\n\n${body}`,
    );
  });
  return dir;
}

/** The run with the median time, and the median peak memory of all runs. */
function medianRun(runs) {
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const seconds = mid(runs.map((r) => r.seconds));
  return {
    ...runs.find((r) => r.seconds === seconds),
    seconds,
    peakMB: mid(runs.map((r) => r.peakMB)),
    treeMB: mid(runs.map((r) => r.treeMB)),
    cpuS: mid(runs.map((r) => r.cpuS)),
    all: runs.map((r) => r.seconds),
  };
}

// --- Report ------------------------------------------------------------------------------
function svgChart(rows) {
  const W = 640;
  const H = 360;
  const pad = { l: 60, r: 20, t: 30, b: 50 };
  const xs = rows.map((r) => Math.log10(r.n));
  const maxY = Math.max(...rows.flatMap((r) => [r.buildS, r.baselineS, r.rebuildS])) * 1.1;
  const x = (v) =>
    pad.l + ((v - Math.min(...xs)) / Math.max(1e-9, Math.max(...xs) - Math.min(...xs))) * (W - pad.l - pad.r);
  const y = (v) => H - pad.b - (v / maxY) * (H - pad.t - pad.b);
  const line = (key, colour, label, dy) =>
    `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${rows.map((r) => `${x(Math.log10(r.n)).toFixed(1)},${y(r[key]).toFixed(1)}`).join(' ')}"/>` +
    rows
      .map(
        (r) =>
          `<circle cx="${x(Math.log10(r.n)).toFixed(1)}" cy="${y(r[key]).toFixed(1)}" r="3" fill="${colour}"><title>${label}: ${r[key].toFixed(1)} s at ${r.n} articles</title></circle>`,
      )
      .join('') +
    `<text x="${W - pad.r - 170}" y="${pad.t + dy}" fill="${colour}" font-size="12">${label}</text>`;
  const ticksX = rows
    .map(
      (r) =>
        `<text x="${x(Math.log10(r.n)).toFixed(1)}" y="${H - pad.b + 18}" text-anchor="middle" font-size="11">${r.n}</text>`,
    )
    .join('');
  const ticksY = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (f) =>
        `<text x="${pad.l - 8}" y="${y(f * maxY).toFixed(1)}" text-anchor="end" font-size="11">${(f * maxY).toFixed(0)}</text><line x1="${pad.l}" x2="${W - pad.r}" y1="${y(f * maxY).toFixed(1)}" y2="${y(f * maxY).toFixed(1)}" stroke="#ddd"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="t d" font-family="sans-serif"><title id="t">Build time against corpus size</title><desc id="d">${rows.map((r) => `${r.n} articles: this site ${r.buildS.toFixed(1)} s, unchanged rebuild ${r.rebuildS.toFixed(1)} s, glob() baseline ${r.baselineS.toFixed(1)} s`).join('; ')}.</desc><rect width="${W}" height="${H}" fill="#fff"/>${ticksY}${ticksX}<text x="${W / 2}" y="${H - 10}" text-anchor="middle" font-size="12">articles (log scale)</text><text x="16" y="${H / 2}" transform="rotate(-90 16 ${H / 2})" text-anchor="middle" font-size="12">seconds</text>${line('buildS', '#1d4e89', 'this site, clean build', 0)}${line('rebuildS', '#2a9d8f', 'this site, unchanged rebuild', 16)}${line('baselineS', '#c2410c', 'glob() Markdown baseline', 32)}</svg>\n`;
}

const pad = (s, n) => String(s).padStart(n);
mkdirSync(WORK, { recursive: true });
// `--corpus-only N`: write the synthetic corpus of N articles, print its folder and stop (the budget test builds it).
const corpusOnly = process.argv.indexOf('--corpus-only');
if (corpusOnly > 0) {
  console.log(writeCorpus(Number(process.argv[corpusOnly + 1])).dir);
  process.exit(0);
}
// `--copies-corpus-only N`: the same for the "copies" corpus (the budget test builds it).
const copiesOnly = process.argv.indexOf('--copies-corpus-only');
if (copiesOnly > 0) {
  console.log(writeCopiesCorpus(Number(process.argv[copiesOnly + 1])).dir);
  process.exit(0);
}
const againstArg = process.argv.indexOf('--against');
if (againstArg > 0) {
  await compareCheckouts(process.argv[againstArg + 1]);
  process.exit(0);
}
const engine = await loadEngine();
const story = engine.parseStory(readFileSync(join(ROOT, 'seeds', 'story.yaml'), 'utf8'));
const rows = [];
console.log(`Node ${process.version}; sizes ${SIZES.join(', ')}\n`);
for (const n of SIZES) {
  const { dir, articles, families } = n === 5 ? { ...seedsCorpus(), families: null } : writeCorpus(n);
  const eng = timeEngine(engine, articles, story);
  // Shared-origin detection: its engine time and its precision and recall on the corpus's known copies and rewrites.
  const origin = families ? await measureOrigin(articles, families) : null;
  if (origin) console.log(originLine(origin));
  const baseDir = baselineProject(n, articles);
  const cleans = [];
  const baselines = [];
  for (let k = 0; k < runsAt(n); k++) {
    cleans.push(await siteBuild(n, dir, true));
    baselines.push(await timedBuild(baseDir, ['--force'], {}));
  }
  const clean = medianRun(cleans);
  const baseline = medianRun(baselines);
  const parsedLine = (log) => /(\d+) seed\(s\) parsed, (\d+) unchanged/.exec(log)?.slice(1).map(Number) ?? [NaN, NaN];
  const rebuild = await siteBuild(n, dir, false);
  const row = {
    n,
    parseAndDatesPerSec: eng.parseAndDatesPerSec,
    enginePerSec: eng.enginePerSec,
    events: eng.events,
    buildS: clean.seconds,
    buildMB: clean.peakMB,
    buildTreeMB: clean.treeMB,
    rebuildS: rebuild.seconds,
    rebuildParsed: parsedLine(rebuild.log)[0],
    rebuildCached: parsedLine(rebuild.log)[1],
    baselineS: baseline.seconds,
    baselineMB: baseline.peakMB,
    baselineTreeMB: baseline.treeMB,
    origin,
    buildCpuS: clean.cpuS,
    baselineCpuS: baseline.cpuS,
    buildRuns: clean.all,
    baselineRuns: baseline.all,
  };
  row.ratio = row.buildS / row.baselineS;
  // Each site build against the baseline build right after it: on a machine whose speed drifts, the median of these
  // pairs moves less than the ratio of the two medians (the target is judged on the latter).
  row.pairRatios = clean.all.map((s, k) => s / baseline.all[k]);
  row.memRatio = row.buildMB / row.baselineMB;
  row.treeRatio = row.buildTreeMB / row.baselineTreeMB;
  row.cpuRatio = row.buildCpuS / row.baselineCpuS;
  rows.push(row);
  console.log(
    `done ${n}: engine ${row.enginePerSec.toFixed(0)} art/s, build ${row.buildS.toFixed(1)} s, baseline ${row.baselineS.toFixed(1)} s`,
  );
}

// --- The "copies" corpus: most articles copies of five reports -----------------------------
const copiesRows = [];
for (const n of COPIES) {
  const { dir, articles, families, originals } = writeCopiesCorpus(n);
  const origin = { ...(await measureOrigin(articles, families, originals)), corpus: 'copies' };
  console.log(originLine(origin));
  const baseDir = baselineProject(`copies-${n}`, articles);
  const builds = [];
  const baselines = [];
  // Alternating pairs, the order swapped from one pair to the next.
  for (let k = 0; k < runsAt(n); k++) {
    if (k % 2 === 0) {
      builds.push(await siteBuild(n, dir, true, ROOT, `copies-site-${n}`));
      baselines.push(await timedBuild(baseDir, ['--force'], {}));
    } else {
      baselines.push(await timedBuild(baseDir, ['--force'], {}));
      builds.push(await siteBuild(n, dir, true, ROOT, `copies-site-${n}`));
    }
  }
  const seedsOut = join(WORK, 'site-5');
  if (!existsSync(join(seedsOut, 'similarity.json'))) await siteBuild(5, join(ROOT, 'seeds'), true);
  const build = medianRun(builds);
  const baseline = medianRun(baselines);
  const out = join(WORK, `copies-site-${n}`);
  const row = {
    n,
    origin,
    buildS: build.seconds,
    baselineS: baseline.seconds,
    ratio: build.seconds / baseline.seconds,
    pairRatios: builds.map((b, k) => b.seconds / baselines[k].seconds),
    bytesPerArticle: treeBytes(out) / n,
    seedsBytesPerArticle: treeBytes(seedsOut) / 5,
    similarityBytes: statSync(join(out, 'similarity.json')).size,
  };
  row.bytesRatio = row.bytesPerArticle / row.seedsBytesPerArticle;
  copiesRows.push(row);
  const sorted = [...row.pairRatios].sort((a, b) => a - b);
  console.log(
    `copies ${n}: build ${row.buildS.toFixed(1)} s vs glob() blog ${row.baselineS.toFixed(1)} s: ${row.ratio.toFixed(2)}× ` +
      `(pairs ${sorted.map((r) => r.toFixed(2)).join(', ')}), target ≤ 2×; output ${(row.bytesPerArticle / 1024).toFixed(1)} KB ` +
      `per article vs the seeds' ${(row.seedsBytesPerArticle / 1024).toFixed(1)} KB: ${row.bytesRatio.toFixed(2)}×, target < 5×; ` +
      `similarity.json ${(row.similarityBytes / 1e6).toFixed(2)} MB, target < 5 MB; origin precision ${origin.precision.toFixed(3)}, ` +
      `recall ${origin.recall.toFixed(3)}`,
  );
}
if (!rows.length) {
  writeFileSync(join(OUT, 'bench-copies.json'), JSON.stringify({ node: process.version, copies: copiesRows }, null, 2));
  process.exit(0);
}

const header = `${pad('articles', 8)} ${pad('parse+dates/s', 13)} ${pad('engine art/s', 12)} ${pad('events', 7)} ${pad('build s', 8)} ${pad('peak MB', 8)} ${pad('tree MB', 8)} ${pad('rebuild s', 9)} ${pad('re-parsed', 9)} ${pad('baseline s', 10)} ${pad('base MB', 8)} ${pad('base tree', 9)} ${pad('ratio', 6)} ${pad('mem ratio', 9)} ${pad('tree ratio', 10)} ${pad('cpu s', 6)} ${pad('base cpu', 8)} ${pad('cpu ratio', 9)}`;
console.log(`\n${header}\n${'-'.repeat(header.length)}`);
for (const r of rows) {
  console.log(
    `${pad(r.n, 8)} ${pad(r.parseAndDatesPerSec.toFixed(0), 13)} ${pad(r.enginePerSec.toFixed(0), 12)} ${pad(r.events, 7)} ${pad(r.buildS.toFixed(1), 8)} ${pad(r.buildMB.toFixed(0), 8)} ${pad(r.buildTreeMB.toFixed(0), 8)} ${pad(r.rebuildS.toFixed(1), 9)} ${pad(`${r.rebuildParsed}/${r.n}`, 9)} ${pad(r.baselineS.toFixed(1), 10)} ${pad(r.baselineMB.toFixed(0), 8)} ${pad(r.baselineTreeMB.toFixed(0), 9)} ${pad(r.ratio.toFixed(2), 6)} ${pad(r.memRatio.toFixed(2), 9)} ${pad(r.treeRatio.toFixed(2), 10)} ${pad(r.buildCpuS.toFixed(1), 6)} ${pad(r.baselineCpuS.toFixed(1), 8)} ${pad(r.cpuRatio.toFixed(2), 9)}`,
  );
}
const big = rows.at(-1);
const small = rows.find((r) => r.n >= 100);
const growth = big && small && big.n > small.n ? Math.log(big.buildS / small.buildS) / Math.log(big.n / small.n) : NaN;
const at1000 = rows.find((r) => r.n === 1000);
console.log('\nTargets (reported, not gated):');
console.log(`  engine ≥ 2,000 articles/s: ${rows.map((r) => `${r.n}: ${r.enginePerSec.toFixed(0)}`).join(', ')}`);
const at5 = rows.find((r) => r.n === 5);
const verdict = (ok) => (ok ? 'met' : 'NOT met');
console.log(
  `  cold build at 5 (the seeds) ≤ 1.5× baseline: ${at5 ? `${at5.ratio.toFixed(2)}× (${at5.buildS.toFixed(1)} s vs ${at5.baselineS.toFixed(1)} s), ${verdict(at5.ratio <= 1.5)}` : 'not measured'}`,
);
const pairs = (r) => {
  const sorted = [...r.pairRatios].sort((a, b) => a - b);
  return `${sorted[Math.floor(sorted.length / 2)].toFixed(2)}× (${sorted[0].toFixed(2)}–${sorted.at(-1).toFixed(2)}×)`;
};
if (at5) console.log(`    pair by pair (each site build over the baseline build after it): median ${pairs(at5)}`);
console.log(
  `  cold build at 1,000 ≤ 2× baseline: ${at1000 ? `${at1000.ratio.toFixed(2)}× (${at1000.buildS.toFixed(1)} s vs ${at1000.baselineS.toFixed(1)} s), ${verdict(at1000.ratio <= 2)}` : 'not measured'}`,
);
if (at1000) console.log(`    pair by pair: median ${pairs(at1000)}`);
const at5000 = rows.find((r) => r.n === 5000);
console.log(
  `  cold build at 5,000 ≤ 2× baseline: ${at5000 ? `${at5000.ratio.toFixed(2)}× (${at5000.buildS.toFixed(1)} s vs ${at5000.baselineS.toFixed(1)} s), ${verdict(at5000.ratio <= 2)}` : 'not measured'}`,
);
console.log(
  `  peak memory at 1,000 ≤ 1.5× baseline, all processes of the build summed: ${at1000 ? `${at1000.treeRatio.toFixed(2)}× (${at1000.buildTreeMB.toFixed(0)} MB vs ${at1000.baselineTreeMB.toFixed(0)} MB), ${verdict(at1000.treeRatio <= 1.5)}` : 'not measured'}`,
);
console.log(
  `    (largest single process: ${at1000 ? `${at1000.memRatio.toFixed(2)}×, ${at1000.buildMB.toFixed(0)} MB vs ${at1000.baselineMB.toFixed(0)} MB` : 'not measured'})`,
);
console.log(
  `  CPU time (user + system) at 5 and 1,000: ${[at5, at1000]
    .filter(Boolean)
    .map((r) => `${r.n}: ${r.cpuRatio.toFixed(2)}× (${r.buildCpuS.toFixed(1)} s vs ${r.baselineCpuS.toFixed(1)} s)`)
    .join(', ')}`,
);
// Sizes built the same number of times are named together ("15 … at 5; 3 … at 100, 1000, 5000").
const runGroups = Map.groupBy(rows, (r) => r.buildRuns.length);
console.log(
  `  medians of ${[...runGroups].map(([k, rs]) => `${k} clean build(s) each at ${rs.map((r) => r.n).join(', ')}`).join('; ')}, site and baseline alternating.`,
);
const twoSizes = 'needs two sizes of 100 or more (--sizes 100,1000,5000)';
console.log(
  `  growth no worse than linear: ${Number.isFinite(growth) ? `build time grows as n^${growth.toFixed(2)} from ${small.n} to ${big.n} articles` : twoSizes}`,
);
console.log(
  `  origin pass < 1 s at 1,000: ${rows
    .filter((r) => r.origin)
    .map(
      (r) =>
        `${r.n}: ${r.origin.originMs.toFixed(0)} ms (precision ${r.origin.precision.toFixed(3)}, recall ${r.origin.recall.toFixed(3)})`,
    )
    .join(', ')}`,
);
const originGrowth =
  big?.origin && small?.origin && big.n > small.n
    ? Math.log(big.origin.originMs / small.origin.originMs) / Math.log(big.n / small.n)
    : NaN;
console.log(
  `  origin pass no worse than n log n: ${Number.isFinite(originGrowth) ? `grows as n^${originGrowth.toFixed(2)} from ${small.n} to ${big.n} articles` : twoSizes}`,
);
writeFileSync(
  join(OUT, 'bench.json'),
  JSON.stringify({ node: process.version, rows, copies: copiesRows, growthExponent: growth }, null, 2),
);
writeFileSync(join(OUT, 'bench.svg'), svgChart(rows));
console.log(`\nWrote ${join('bench-results', 'bench.json')} and ${join('bench-results', 'bench.svg')}.`);
if (!existsSync(join(ROOT, 'dist'))) console.log('(dist/ untouched: benchmark builds go to bench-results/work/.)');
