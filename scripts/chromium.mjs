// Finds Debian's Chromium for the browser tests, installing it when missing and
// running as root; otherwise stops with how to install it. No browser download.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The path of a Chromium binary; exits the process with instructions when there is none. */
export function ensureChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log('▶ Chromium is missing; installing Debian’s chromium package (apt-get, as root)…');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
            stdio: 'inherit',
            env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
          })
        : update;
    const installed = CANDIDATES.find((p) => existsSync(p));
    if (install.status === 0 && installed) {
      console.log(execFileSync(installed, ['--version'], { encoding: 'utf8' }).trim());
      return installed;
    }
  }
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}
