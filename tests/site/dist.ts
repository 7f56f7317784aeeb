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

/** Every file under a build folder (dist/ by default), as paths relative to it. */
export function distFiles(root = DIST): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [relative(root, p)];
    });
  return walk(root).sort();
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
