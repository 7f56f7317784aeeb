/** Reading the built site in `dist/` for page tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The build output folder. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Fails early with a clear message when the site was not built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first (npm test does this).');
}

/** Every file under dist/, as paths relative to it. */
export function distFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...distFiles(p));
    else out.push(relative(DIST, p));
  }
  return out.sort();
}

/** Every HTML page, as `{ path, url, root }`. */
export function htmlPages(): Array<{ path: string; url: string; root: HTMLElement; html: string }> {
  return distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((path) => {
      const html = readFileSync(join(DIST, path), 'utf8');
      const url = `/${path.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
      return { path, url, root: parse(html), html };
    });
}

/** A JSON export from dist/. */
export function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(DIST, name), 'utf8')) as T;
}
