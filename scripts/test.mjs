#!/usr/bin/env node
// `npm test`: every test, on a fresh clone. Unit tests first, then the type
// check, the formatting check, a production build, and the tests that read dist/ and drive Chromium. Prints one closing
// line, "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  return r.status ?? 1;
}

const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
function count(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}

env.CHROMIUM_PATH = ensureChromium();

const unit = run('Unit tests', bin('vitest'), [
  'run',
  '--project',
  'unit',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(results, 'unit.json')}`,
]);
count(join(results, 'unit.json'));
const check = run('Type check (astro check)', bin('astro'), ['check']);
if (check !== 0) failed += 1;
const format = run('Formatting (prettier --check)', bin('prettier'), ['--check', '.']);
if (format !== 0) failed += 1;
const build = run('Production build', process.execPath, [join(root, 'scripts', 'build.mjs')]);
let built = 1;
if (build === 0) {
  built = run('Build tests (dist/ and Chromium)', bin('vitest'), [
    'run',
    '--project',
    'build',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(results, 'build.json')}`,
  ]);
  count(join(results, 'build.json'));
} else {
  console.error('The build failed, so the build tests did not run.');
  failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(unit === 0 && check === 0 && format === 0 && build === 0 && built === 0 && failed === 0 ? 0 : 1);
