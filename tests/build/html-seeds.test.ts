/**
 * Saved web pages as seeds, built into a site: their stated metadata and the link to the original reach the
 * article page, the timeline, the feeds, the JSON-LD and articles.json; with `publish: { fullText: false }` in
 * story.yaml no page or export carries an article's full text. The seeds are the fixtures in tests/fixtures/html
 * (written for these tests) and one text seed giving `url:` in its front matter.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInto } from './build.ts';
import { distFiles } from './dist.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const HTML = join(ROOT, 'tests', 'fixtures', 'html');
const PAGES = ['jsonld-authors.html', 'opengraph-only.html', 'scripts-and-handlers.html', 'live-blog.html'];
const TEXT_SEED = `---
url: https://ledger.example/2025/03/15/footbridge
publisher: The Quay Ledger
date: 2025-03-15
---
Footbridge ordered for Marrow Point

The council ordered a temporary footbridge for Marrow Point on Saturday, a day after the ferry bridge was closed.

The footbridge will be lifted into place on March 28, the works committee said, and will stay until the repairs are finished.

Engineers expect the repairs to take most of the summer, and traders hope for a faster job.
`;
// A sentence of the text seed that the timeline does not cite: it must not appear when full text is withheld.
const UNCITED = 'traders hope for a faster job';

function seedsFolder(fullText: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'html-seeds-'));
  for (const f of PAGES) copyFileSync(join(HTML, f), join(dir, f));
  writeFileSync(join(dir, 'footbridge.txt'), TEXT_SEED);
  writeFileSync(
    join(dir, 'story.yaml'),
    `title: "The Marrow Point bridge"\ndescription: "An invented bridge closure, from saved web pages."\nfocus:\n  start: 2025-03-01\n  end: 2025-04-30\n${fullText ? '' : 'publish:\n  fullText: false\n'}`,
  );
  return dir;
}

const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
let full = '';
let cited = '';
let log = '';
beforeAll(() => {
  const a = buildInto({ SEEDS_DIR: seedsFolder(true) });
  expect(a.status, a.log).toBe(0);
  const b = buildInto({ SEEDS_DIR: seedsFolder(false) });
  expect(b.status, b.log).toBe(0);
  [full, cited, log] = [a.outDir, b.outDir, a.log];
}, 400_000);

describe('HTML seeds in the site', () => {
  it('includes every saved page, with a line in the build log for each', () => {
    for (const f of PAGES) expect(log).toMatch(new RegExp(`${f.replace('.', '\\.')}: included as /articles/`));
    expect(log).toContain('5 of 5 seeds included, 0 rejected');
  });

  it('shows the stated metadata with its basis and links the original as “Read at <outlet>”', () => {
    const page = parse(read(full, 'articles/old-ferry-bridge-at-marrow-point-closes-after-inspectors/index.html'));
    const link = page.querySelector('.original-source a')!;
    expect(link.text.trim()).toBe('Read at Harbour Gazette');
    expect(link.getAttribute('href')).toBe('https://gazette.example/local/ferry-bridge-closes');
    const attribution = page.querySelector('.attribution')!.text;
    expect(attribution).toContain('Dana Whitcombe and Rafael Osei');
    expect(attribution).toContain('Stated in the page’s JSON-LD (author).');
    expect(attribution).toContain('Stated in the page’s JSON-LD (datePublished).');
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld.isBasedOn[0]).toMatchObject({
      '@type': 'NewsArticle',
      url: 'https://gazette.example/local/ferry-bridge-closes',
    });
  });

  it('says so on the page when no address is known', () => {
    const page = parse(read(full, 'articles/live-ferry-bridge-closure-day-one/index.html'));
    expect(page.querySelector('.original-source')!.text).toContain('The address of the original is not known.');
    expect(page.querySelector('.original-source a')).toBeNull();
  });

  it('links the original from the feeds, articles.json and the timeline citations', () => {
    const feed = JSON.parse(read(full, 'feed.json')) as { items: Array<{ external_url?: string; title: string }> };
    expect(
      feed.items
        .map((i) => i.external_url)
        .filter(Boolean)
        .sort(),
    ).toEqual([
      'https://coastline.example/news/2025/03/ferry-bridge-shut',
      'https://gazette.example/local/ferry-bridge-closes',
      'https://ledger.example/2025/03/15/footbridge',
    ]);
    expect(read(full, 'rss.xml')).toContain('<link>https://ledger.example/2025/03/15/footbridge</link>');
    const { articles } = JSON.parse(read(full, 'articles.json')) as { articles: Array<{ url: string | null }> };
    expect(articles.map((a) => a.url)).toContain('https://ledger.example/2025/03/15/footbridge');
    const timeline = distFiles(full)
      .filter((f) => f === 'index.html' || f.startsWith('timeline/') || f.startsWith('events/'))
      .map((f) => read(full, f))
      .join('\n');
    expect(timeline).toContain('href="https://ledger.example/2025/03/15/footbridge"');
  });

  it('lets nothing from the pages’ scripts, handlers, frames or forms into the site', () => {
    const all = distFiles(full)
      .filter((f) => f.endsWith('.html') || f.endsWith('.json') || f.endsWith('.xml'))
      .map((f) => read(full, f))
      .join('\n');
    for (const marker of ['SCRIPT-TEXT', 'HANDLER', 'IFRAME-TEXT', 'FORM-TEXT', 'javascript:alert', 'tracker.example'])
      expect(all).not.toContain(marker);
  });

  it('with publish.fullText false, carries only cited sentences: no page, feed or export holds the full text', () => {
    const exports = distFiles(cited)
      .filter((f) => f.endsWith('.html') || f.endsWith('.json') || f.endsWith('.xml'))
      .map((f) => [f, read(cited, f)] as const);
    for (const [f, text] of exports) expect(text, f).not.toContain(UNCITED);
    // The default build does carry it, so the check above can fail.
    expect(read(full, 'articles/footbridge-ordered-for-marrow-point/index.html')).toContain(UNCITED);
    const page = parse(read(cited, 'articles/footbridge-ordered-for-marrow-point/index.html'));
    expect(page.querySelector('#original')).toBeNull();
    const quotes = page.querySelectorAll('section:has(#cited-heading) blockquote a');
    expect(quotes.map((q) => q.getAttribute('href'))).toEqual([
      'https://ledger.example/2025/03/15/footbridge',
      'https://ledger.example/2025/03/15/footbridge',
    ]);
    expect(quotes.map((q) => q.text.trim())).toEqual([
      'The council ordered a temporary footbridge for Marrow Point on Saturday, a day after the ferry bridge was closed.',
      'The footbridge will be lifted into place on March 28, the works committee said, and will stay until the repairs are finished.',
    ]);
    const { articles } = JSON.parse(read(cited, 'articles.json')) as { articles: Array<Record<string, unknown>> };
    expect(articles.every((a) => !('blocks' in a) && !('original' in a))).toBe(true);
  });

  it('with publish.fullText false, every link to a paragraph of an article still finds it', () => {
    const pages = distFiles(cited).filter((f) => f.endsWith('.html'));
    const ids = new Map(
      pages.map((f) => [f, new Set([...read(cited, f).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))]),
    );
    const targets = pages.flatMap((f) =>
      [...read(cited, f).matchAll(/href="\/(articles\/[^"#]+\/)#([^"]+)"/g)].map((m) => [f, `${m[1]}index.html`, m[2]]),
    );
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter(([, page, id]) => !ids.get(page!)?.has(id!))).toEqual([]);
  });

  it('by default shows the text as received once, inside a <details> element', () => {
    const page = parse(read(full, 'articles/footbridge-ordered-for-marrow-point/index.html'));
    expect(page.querySelectorAll('details#original')).toHaveLength(1);
    expect(page.querySelector('details#original pre')!.text).toContain(
      'url: https://ledger.example/2025/03/15/footbridge',
    );
  });
});
