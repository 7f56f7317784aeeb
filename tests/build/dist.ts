/** Reading the built site in `dist/` for page tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The build output folder. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Fails early with a clear message when the site was not built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/index.html is missing: run `npm run build` first (npm test does this).');
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

/** The address of every built HTML page (`/`, `/articles/<slug>/`, `/404.html`…), for tests that visit them all. */
export function pageUrls(): string[] {
  requireDist();
  // A page that is not a directory index (the 404 page) is visited by its file name, so it is served with 200.
  return htmlPages().map((p) => (p.path === 'index.html' || p.path.endsWith('/index.html') ? p.url : `/${p.path}`));
}

/** A file-system-safe name for a page URL, for artifacts: `/` → `index`, `/articles/x/` → `articles_x`. */
export function pageName(url: string): string {
  return (
    url
      .replace(/\.html$/, '')
      .replace(/^\/|\/$/g, '')
      .replace(/\//g, '_') || 'index'
  );
}

/** Pages that are search tools rather than content; the only ones allowed JavaScript. */
export const SEARCH_PAGES = new Set(['/search/']);
