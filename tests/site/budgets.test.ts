/**
 * Page budgets on dist/: content pages ship 0 bytes of JavaScript and at most
 * 14 KB of gzipped HTML plus CSS; search loads on demand. Prints the sizes and
 * writes them to test-results/page-sizes.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages, requireDist, SEARCH_PAGES } from './dist';

/** The gzip budget for a content page's HTML plus CSS: about what fits in TCP's first round trip. */
const HTML_CSS_BUDGET = 14 * 1024;

beforeAll(requireDist);

const gz = (b: Buffer | string) => gzipSync(b).length;
const file = (path: string) => readFileSync(join(DIST, path));

interface PageSize {
  url: string;
  html: number;
  htmlGz: number;
  cssGz: number;
  js: number;
  jsGz: number;
}

/** What a page costs: its HTML, the stylesheets it links and the scripts it runs (JSON-LD is data, not script). */
function measure(p: ReturnType<typeof htmlPages>[number]): PageSize {
  const css = p.root.querySelectorAll('link[rel="stylesheet"]').map((l) => file(l.getAttribute('href')!));
  const scripts = p.root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
  const preloads = p.root.querySelectorAll('link[rel="modulepreload"]').map((l) => file(l.getAttribute('href')!));
  const js = [...scripts.map((s) => (s.getAttribute('src') ? file(s.getAttribute('src')!) : Buffer.from(s.text))), ...preloads];
  return {
    url: p.url,
    html: Buffer.byteLength(p.html),
    htmlGz: gz(p.html),
    cssGz: css.reduce((n, b) => n + gz(b), 0),
    js: js.reduce((n, b) => n + b.length, 0),
    jsGz: js.reduce((n, b) => n + gz(b), 0),
  };
}

const kb = (n: number) => (n / 1024).toFixed(1);

describe('budgets', () => {
  const sizes = () => htmlPages().map(measure);

  it('reports the size of every page', () => {
    const rows = sizes().map((s) => `| ${s.url} | ${kb(s.html)} | ${kb(s.htmlGz)} | ${kb(s.cssGz)} | ${kb(s.htmlGz + s.cssGz)} | ${kb(s.jsGz)} |`);
    const table = ['| Page | HTML KB | HTML KB gz | CSS KB gz | HTML+CSS KB gz | JS KB gz |', '|---|--:|--:|--:|--:|--:|', ...rows].join('\n');
    console.log(`\nPage sizes (budget: 0 JS and ≤ ${kb(HTML_CSS_BUDGET)} KB gz HTML+CSS on content pages)\n${table}\n`);
    mkdirSync(join(DIST, '..', 'test-results'), { recursive: true });
    writeFileSync(join(DIST, '..', 'test-results', 'page-sizes.md'), `${table}\n`);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('content pages ship no JavaScript', () => {
    const withJs = sizes().filter((s) => !SEARCH_PAGES.has(s.url) && s.js > 0);
    expect(withJs.map((s) => `${s.url}: ${s.js} bytes`)).toEqual([]);
  });

  it('content pages stay within 14 KB of gzipped HTML plus CSS', () => {
    const over = sizes().filter((s) => !SEARCH_PAGES.has(s.url) && s.htmlGz + s.cssGz > HTML_CSS_BUDGET);
    expect(over.map((s) => `${s.url}: ${s.htmlGz + s.cssGz} bytes`)).toEqual([]);
  });

  it('the search page loads Pagefind on demand, not with the page', () => {
    for (const url of SEARCH_PAGES) {
      const p = htmlPages().find((x) => x.url === url)!;
      expect(p.html).not.toMatch(/pagefind/i);
      const sources = p.root.querySelectorAll('script[src]').map((s) => file(s.getAttribute('src')!).toString('utf8'));
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) {
        // Only a dynamic import() names Pagefind; a static import would load it with the page.
        expect(src).not.toMatch(/^\s*import\s[^(]*pagefind/m);
        expect(src).toMatch(/import\(\s*['"]\/pagefind\/pagefind\.js['"]\s*\)/);
      }
    }
  });
});
