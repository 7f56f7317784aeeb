#!/usr/bin/env node
// The production build: `astro build`, passing any flags through (e.g. --outDir, --force).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const astro = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', ...args], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(astro.status ?? 1);
