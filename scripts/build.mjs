#!/usr/bin/env node
// The production build: `astro build`, passing any flags through (e.g. --outDir, --force). `--local` (used by
// `npm start`) marks a build for the local preview, which needs no SITE_URL; any other build without one is warned.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { siteUrlWarning } from './site-url.mjs';

const root = join(import.meta.dirname, '..');
const local = process.argv.includes('--local');
const args = process.argv.slice(2).filter((a) => a !== '--local');
const warning = siteUrlWarning(process.env, local);
if (warning) console.warn(warning);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const astro = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', ...args], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (warning && astro.status === 0) console.warn(warning.split('\n')[0]);
process.exit(astro.status ?? 1);
