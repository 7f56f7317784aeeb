/**
 * Page budgets on dist/: content pages ship 0 bytes of JavaScript and at most
 * 14 KB of gzipped HTML plus CSS; search loads on demand. Prints the sizes and
 * writes them to test-results/page-sizes.md.
 *
 * At scale: a clean build of the benchmark's 1,000-article corpus, where no
 * page may pass 100 KB gzipped (HTML plus CSS) or 512 KB raw, and every
 * sentence the timeline cites is still linked from some page; and a build of
 * its "copies" corpus (most articles copies of five reports), where the output
 * per article stays bounded however large a family grows.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/schema/timeline.ts';
import { buildInto } from './build.ts';
import { distFiles, DIST, htmlPages, requireDist, SEARCH_PAGES } from './dist.ts';
import { ARTICLES_PER_PAGE, QUOTES_PER_PAGE } from '../../src/site/paging.ts';
import { FAMILY_MEMBERS_SHOWN } from '../../src/site/compare-pages.ts';
import type { OriginFamily } from '../../src/engine/schema/origin.ts';

/** The gzip budget for a content page's HTML plus CSS: about what fits in TCP's first round trip. */
const HTML_CSS_BUDGET = 14 * 1024;
/** At 1,000 articles: the most a page may weigh, gzipped HTML plus CSS… */
const LARGE_GZ_BUDGET = 100 * 1024;
/** …and raw HTML. */
const LARGE_RAW_BUDGET = 512 * 1024;
/** Articles in the large corpus. */
const LARGE = 1000;
/** Articles in the corpus of copies. */
const COPIES = 400;

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
  const js = [
    ...scripts.map((s) => (s.getAttribute('src') ? file(s.getAttribute('src')!) : Buffer.from(s.text))),
    ...preloads,
  ];
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
    const rows = sizes().map(
      (s) =>
        `| ${s.url} | ${kb(s.html)} | ${kb(s.htmlGz)} | ${kb(s.cssGz)} | ${kb(s.htmlGz + s.cssGz)} | ${kb(s.jsGz)} |`,
    );
    const table = [
      '| Page | HTML KB | HTML KB gz | CSS KB gz | HTML+CSS KB gz | JS KB gz |',
      '|---|--:|--:|--:|--:|--:|',
      ...rows,
    ].join('\n');
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

describe(`budgets at ${LARGE} articles`, () => {
  let out = '';
  let pages: Array<{ path: string; html: string; raw: number; gz: number }> = [];

  beforeAll(() => {
    // The benchmark's own generator: the seeds under new mastheads, headlines and dates (fixed random seed).
    const corpus = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '..', '..', 'scripts', 'bench.mjs'), '--corpus-only', String(LARGE)],
      { encoding: 'utf8' },
    );
    expect(corpus.status, corpus.stderr).toBe(0);
    const build = buildInto({ SEEDS_DIR: corpus.stdout.trim().split('\n').at(-1)! });
    out = build.outDir;
    expect(build.status, build.log.slice(-3000)).toBe(0);
    const css = new Map<string, number>();
    const cssGz = (href: string) => css.get(href) ?? css.set(href, gz(readFileSync(join(out, href)))).get(href)!;
    pages = distFiles(out)
      .filter((f) => f.endsWith('.html'))
      .map((path) => {
        const html = readFileSync(join(out, path), 'utf8');
        const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => cssGz(m[1]!));
        return { path, html, raw: Buffer.byteLength(html), gz: gz(html) + sheets.reduce((a, b) => a + b, 0) };
      });
  }, 300_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('builds every article page and pages the long lists', () => {
    expect(pages.filter((p) => /^articles\/[^/]+\/index\.html$/.test(p.path))).toHaveLength(LARGE);
    expect(pages.some((p) => p.path.startsWith('timeline/'))).toBe(true);
    expect(pages.some((p) => p.path.startsWith('events/'))).toBe(true);
    expect(pages.some((p) => p.path === 'coverage/2/index.html')).toBe(true);
    expect(pages.some((p) => p.path === 'articles/page/2/index.html')).toBe(true);
    expect(pages.some((p) => p.path === 'quotes/2/index.html')).toBe(true);
    const top = [...pages].sort((a, b) => b.gz - a.gz).slice(0, 5);
    console.log(
      `\nHeaviest pages at ${LARGE} articles (KB gz HTML+CSS / raw HTML): ${top.map((p) => `${p.path} ${kb(p.gz)} / ${kb(p.raw)}`).join('; ')}\n`,
    );
  });

  it('no page is over 100 KB gzipped (HTML plus CSS) or 512 KB raw', () => {
    expect(
      pages
        .filter((p) => p.gz > LARGE_GZ_BUDGET || p.raw > LARGE_RAW_BUDGET)
        .map((p) => `${p.path}: ${kb(p.gz)} KB gz, ${kb(p.raw)} KB raw`),
    ).toEqual([]);
  });

  it('the pages of the list of articles list every article once, numbered in order', () => {
    const listPages = pages.filter(
      (p) => p.path === 'articles/index.html' || /^articles\/page\/\d+\/index\.html$/.test(p.path),
    );
    expect(listPages.length).toBe(Math.ceil(LARGE / ARTICLES_PER_PAGE));
    // Numbers are written in thousands (“1,000”).
    const rows = listPages.flatMap((p) =>
      [...p.html.matchAll(/<td class="num" data-label="No\.">([\d,]+)<\/td><td><a href="\/articles\/([^/"]+)\/"/g)].map(
        (m) => ({ n: Number(m[1]!.replace(/,/g, '')), slug: m[2]! }),
      ),
    );
    expect(listPages.some((p) => p.html.includes('<td class="num" data-label="No.">1,000</td>'))).toBe(true);
    expect(rows.map((r) => r.n).sort((a, b) => a - b)).toEqual(Array.from({ length: LARGE }, (_, i) => i + 1));
    const { articles } = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')) as {
      articles: Array<{ slug: string }>;
    };
    expect(new Set(rows.map((r) => r.slug))).toEqual(new Set(articles.map((a) => a.slug)));
  });

  it('the pages of the quote ledger hold every quotation of quotes.json once', () => {
    const held = pages
      .filter((p) => /^quotes\/(?:\d+\/)?index\.html$/.test(p.path))
      .flatMap((p) => [...p.html.matchAll(/<li id="([^"]+)" class="ledger__entry"/g)].map((m) => m[1]!));
    const { quotes } = JSON.parse(readFileSync(join(out, 'quotes.json'), 'utf8')) as { quotes: Array<{ id: string }> };
    expect(quotes.length).toBeGreaterThan(QUOTES_PER_PAGE);
    expect(held.sort()).toEqual(quotes.map((q) => q.id).sort());
  });

  it('every sentence the timeline cites is linked from a page, and every event has a place on the timeline', () => {
    const links = new Set(pages.flatMap((p) => [...p.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)));
    const ids = new Set(
      pages.flatMap((p) => [...p.html.matchAll(/<li class="event-row[^"]*" id="([^"]+)"/g)].map((m) => m[1]!)),
    );
    const { events } = JSON.parse(readFileSync(join(out, 'timeline.json'), 'utf8')) as { events: TimelineEvent[] };
    expect(events.length).toBeGreaterThan(100);
    expect(events.filter((e) => !ids.has(e.id)).map((e) => e.id)).toEqual([]);
    const unlinked = events
      .flatMap((e) => e.sources.map((s) => `/articles/${s.slug}/#${s.anchor}`))
      .filter((href) => !links.has(href));
    expect(unlinked).toEqual([]);
  });
});

describe(`a corpus of copies: ${COPIES} articles, most of them copies of five reports`, () => {
  let out = '';
  let similarity: { families: OriginFamily[]; pairs: unknown[] } = { families: [], pairs: [] };

  beforeAll(() => {
    const corpus = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '..', '..', 'scripts', 'bench.mjs'), '--copies-corpus-only', String(COPIES)],
      { encoding: 'utf8' },
    );
    expect(corpus.status, corpus.stderr).toBe(0);
    const build = buildInto({ SEEDS_DIR: corpus.stdout.trim().split('\n').at(-1)! });
    out = build.outDir;
    expect(build.status, build.log.slice(-3000)).toBe(0);
    similarity = JSON.parse(readFileSync(join(out, 'similarity.json'), 'utf8'));
  }, 300_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('similarity.json describes each family by its members and their evidence, not by its pairs', () => {
    const big = similarity.families.filter((f) => f.members.length > COPIES / 10);
    expect(big).toHaveLength(5);
    for (const f of big) {
      expect(f.evidence.map((e) => e.slug)).toEqual(f.members.filter((m) => m !== f.representative.slug));
      expect(f.representative.basis).toBe('earliest-date');
    }
    const bytes = readFileSync(join(out, 'similarity.json')).length;
    console.log(`\nsimilarity.json at ${COPIES} copies: ${kb(bytes)} KB, ${similarity.pairs.length} pairs listed\n`);
    expect(similarity.pairs.length).toBeLessThan(COPIES * 3);
    expect(bytes / COPIES).toBeLessThan(3 * 1024);
  });

  it('an article page and /compare/ name at most eight other members of a family', () => {
    const member = similarity.families[0]!.evidence[0]!.slug;
    const page = readFileSync(join(out, 'articles', member, 'index.html'), 'utf8');
    const block = page.slice(
      page.indexOf('id="same-report-heading"'),
      page.indexOf('</section>', page.indexOf('id="same-report-heading"')),
    );
    expect([...block.matchAll(/<li[\s>]/g)]).toHaveLength(FAMILY_MEMBERS_SHOWN + 1);
    expect(block).toMatch(/and \d+ more/);
    const compare = readFileSync(join(out, 'compare', 'index.html'), 'utf8');
    expect(Buffer.byteLength(compare)).toBeLessThan(LARGE_RAW_BUDGET);
  });
});
