#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse's four category scores for the timeline and
// one article page, run with Debian's Chromium against the production build
// served on localhost. A benchmark, not a test: it never fails on a score.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { DIST, serveDist } from './serve-dist.mjs';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };

if (!existsSync(join(DIST, 'index.html'))) {
  console.log('▶ dist/ is missing; building it first');
  if (spawnSync(bin('astro'), ['build'], { cwd: root, env, stdio: 'inherit' }).status !== 0) process.exit(1);
}
const chromePath = ensureChromium();
const article = readdirSync(join(DIST, 'articles'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()[0];
const pages = [
  { name: 'Timeline', path: '/' },
  { name: 'Article', path: `/articles/${article}/` },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const out = join(root, 'test-results', 'lighthouse');
mkdirSync(out, { recursive: true });

/** Runs a command with inherited output; resolves to its exit code. */
function run(cmd, args, childEnv) {
  return new Promise((resolve) =>
    spawn(cmd, args, { cwd: root, env: childEnv, stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1)),
  );
}

const server = await serveDist();
const rows = [];
try {
  for (const page of pages) {
    const report = join(out, `${page.name.toLowerCase()}.json`);
    console.log(`▶ Lighthouse: ${page.path}`);
    // Asynchronous: the server runs in this process and must keep answering.
    const status = await run(
      bin('lighthouse'),
      [
        `${server.origin}${page.path}`,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      { ...env, CHROME_PATH: chromePath },
    );
    if (status !== 0) throw new Error(`lighthouse exited with ${status} on ${page.path}`);
    const { categories } = JSON.parse(readFileSync(report, 'utf8'));
    rows.push({
      page: `${page.name} (${page.path})`,
      ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(categories[c].score * 100)])),
    });
  }
} finally {
  await server.close();
}

const table = [
  '| Page | Performance | Accessibility | Best practices | SEO |',
  '|---|--:|--:|--:|--:|',
  ...rows.map((r) => `| ${r.page} | ${CATEGORIES.map((c) => r[c]).join(' | ')} |`),
].join('\n');
writeFileSync(join(out, 'scores.md'), `${table}\n`);
console.log(`\n${table}\n\nFull reports: test-results/lighthouse/`);
