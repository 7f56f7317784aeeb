/**
 * The reader's path, measured in Chromium on the seeds' site and on the second story's site: `/` tells the story in
 * about three phone screens, article pages open on the article, the navigation stays short, and the timeline's
 * resolution notes read as plain English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TimelineEvent } from '../../src/engine/schema/timeline.ts';
import { launchChromium } from './browser.ts';
import { buildInto } from './build.ts';
import { DIST, distFiles, requireDist } from './dist.ts';
import { serveDist, type DistServer } from './serve.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

interface Site {
  /** The build folder. */
  dir: string;
  /** Its server. */
  server: DistServer;
}

const sites: Record<'seeds' | 'second story', Site> = {
  seeds: { dir: DIST, server: undefined as unknown as DistServer },
  'second story': { dir: '', server: undefined as unknown as DistServer },
};
let browser: Browser;

beforeAll(async () => {
  requireDist();
  // Built without SITE_URL, as a first deploy might be: the build must say that its links point to localhost.
  const second = buildInto({ SEEDS_DIR: join(ROOT, 'tests', 'fixtures', 'second-story'), SITE_URL: '' });
  expect(second.status, second.log).toBe(0);
  expect(second.log).toContain('SITE_URL is not set');
  sites['second story'].dir = second.outDir;
  for (const site of Object.values(sites)) site.server = await serveDist(site.dir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const site of Object.values(sites)) await site.server?.close();
});

/** Every HTML page of a build, by address. */
const pageUrls = (dir: string) =>
  distFiles(dir)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);

async function open(site: Site, url: string, viewport = PHONE): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${site.server.origin}${url}`);
  return page;
}

const timeline = (site: Site) =>
  JSON.parse(readFileSync(join(site.dir, 'timeline.json'), 'utf8')) as { events: TimelineEvent[] };

describe.each(Object.keys(sites) as Array<keyof typeof sites>)('%s site', (name) => {
  const site = sites[name];

  it('/ opens on the summary and the key moments, then the focus window as compact rows', async () => {
    const page = await open(site, '/');
    const m = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('section[aria-labelledby="focus-heading"] .event-rows > li')];
      const top = (el: Element) => el.getBoundingClientRect().top + scrollY;
      return {
        firstHeading: document.querySelector('main h2')?.textContent,
        summary: [...document.querySelectorAll('.summary > span[dir]')].map((s) => s.textContent!.trim()),
        summaryLinks: [...document.querySelectorAll('.summary a')].map((a) => a.getAttribute('href')),
        rows: rows.length,
        firstRowY: top(rows[0]!),
        lastRowY: top(rows.at(-1)!),
        tallestRow: Math.max(...rows.map((r) => r.getBoundingClientRect().height)),
        openDetails: document.querySelectorAll('main details[open]').length,
        visibleNotes: [...document.querySelectorAll('.citation__how')].filter((n) => n.checkVisibility()).length,
        counts: rows.map((r) => r.querySelector('.event-row__meta')!.textContent!.replace(/\s+/g, ' ').trim()),
        backgroundBlocks: document.querySelectorAll('details.background').length,
      };
    });
    await page.close();
    const { events } = timeline(site);
    const focus = events.filter((e) => e.inFocus);
    expect(m.firstHeading).toBe('Key moments');
    // 3 to 5 sentences, each a key moment's label (the same words every page gives it), linked to its paragraph.
    expect(m.summary.length).toBeGreaterThanOrEqual(3);
    expect(m.summary.length).toBeLessThanOrEqual(5);
    const labels = new Set(events.filter((e) => e.kind === 'happened').map((e) => e.label));
    for (const s of m.summary) expect(labels.has(s.replace(/\.$/, '')) || labels.has(s), s).toBe(true);
    expect(m.summaryLinks.every((h) => /^\/articles\/[^/]+\/#p-\d+$/.test(h!))).toBe(true);
    expect(m.rows).toBe(focus.length);
    // Nothing is open until the reader asks: no quotation or resolution note shows.
    expect(m.openDetails).toBe(0);
    expect(m.visibleNotes).toBe(0);
    expect(m.backgroundBlocks).toBeLessThanOrEqual(2);
    for (const c of m.counts) expect(c).toMatch(/(?:^|\s)\d+ reports?, \d+ independent$/);
    // A row is a date, a label of at most three lines and its counts: never taller than 140 px at 390 px.
    expect(m.tallestRow).toBeLessThanOrEqual(140);
    expect(m.firstRowY).toBeLessThan(PHONE.height * 2);
    // The seeds' last focus-window event starts within three phone screens.
    if (name === 'seeds') expect(m.lastRowY).toBeLessThanOrEqual(3 * PHONE.height);
    else expect(m.lastRowY).toBeLessThanOrEqual(4 * PHONE.height);
  });

  it('/ marks planned, deadline and status events, and says how many reports and origins each has', async () => {
    const page = await open(site, '/');
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('.event-row')].map((r) => ({
        id: r.id,
        kind: r.querySelector('.kind')?.textContent?.trim() ?? 'happened',
        meta: r.querySelector('.event-row__meta')!.textContent!.replace(/\s+/g, ' ').trim(),
      })),
    );
    await page.close();
    const byId = new Map(timeline(site).events.map((e) => [e.id, e]));
    expect(rows.length).toBe(byId.size);
    for (const r of rows) {
      const e = byId.get(r.id)!;
      expect(r.kind).toBe(e.kind);
      expect(r.meta).toContain(`${e.reports} report${e.reports === 1 ? '' : 's'}, ${e.independent} independent`);
    }
  });

  it('every resolution note is one plain English sentence', () => {
    // The forms a note takes; anything else (a fragment, two sentences, a semicolon splice) fails.
    const DAY = String.raw`\w{3} \d{1,2} \w{3} \d{4}`;
    const Q = String.raw`“[^”]+”`;
    const PLAIN = [
      new RegExp(String.raw`^${Q} is a (?:date|year) stated in full\.$`),
      new RegExp(String.raw`^${Q} is a (?:month|season) stated with its year(?: \([^)]+\))?\.$`),
      new RegExp(String.raw`^${Q} in an article dated ${DAY} means [^;]+\.$`),
      new RegExp(
        String.raw`^The article, dated ${DAY}, (?:tells ${Q} in the (?:past|future) tense|gives ${Q})(?: with no year)?, so it means the (?:most recent|next|nearest) [^:;]+: [^;]+\.$`,
      ),
      new RegExp(String.raw`^The article, dated ${DAY}, counts ${Q} from its date, so it means [^;]+\.$`),
      new RegExp(
        String.raw`^The article has no date, so ${Q} takes its year from ${Q}, given just before it in the text: \d{4}-\d{2}-\d{2}\.$`,
      ),
      new RegExp(
        String.raw`^${Q}: the article was published between [\d-]+ and [\d-]+, and every day of that window gives [^;]+\.$`,
      ),
    ];
    const notes = new Set(timeline(site).events.flatMap((e) => e.sources.map((s) => s.resolution)));
    expect(notes.size).toBeGreaterThan(5);
    for (const note of notes) {
      expect(
        PLAIN.some((p) => p.test(note)),
        note,
      ).toBe(true);
      // One sentence: outside quotations, no full stop before the last.
      expect(note.replace(/“[^”]*”/g, '“”').slice(0, -1), note).not.toMatch(/\.\s/);
    }
  });

  it('article pages open on the article: the first paragraph within the first screen, headlines at most three lines', async () => {
    const urls = pageUrls(site.dir).filter((u) => /^\/articles\/[^/]+\/$/.test(u) && u !== '/articles/page/');
    expect(urls.length).toBeGreaterThan(4);
    const page = await browser.newPage({ viewport: PHONE });
    for (const url of urls) {
      await page.goto(`${site.server.origin}${url}`);
      const m = await page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        const byline = document.querySelector('.attribution > summary')!;
        const lines = (el: Element) =>
          Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
        return {
          firstParagraph: document.querySelector('.article-body p')!.getBoundingClientRect().top + scrollY,
          h1Lines: lines(h1),
          bylineLines: lines(byline),
          tableHidden: !document.querySelector('.attribution dl')!.checkVisibility(),
          original: document.querySelector('details.original') !== null,
        };
      });
      expect(m.firstParagraph, url).toBeLessThan(PHONE.height);
      expect(m.h1Lines, url).toBeLessThanOrEqual(3);
      // One line of attribution; a long outlet and author name may wrap once on a phone.
      expect(m.bylineLines, url).toBeLessThanOrEqual(2);
      expect(m.tableHidden, url).toBe(true);
      expect(m.original, url).toBe(true);
    }
    await page.close();
    // At 1280 px the attribution is one line.
    const wide = await browser.newPage({ viewport: DESKTOP });
    for (const url of urls) {
      await wide.goto(`${site.server.origin}${url}`);
      const lines = await wide.evaluate(() => {
        const el = document.querySelector('.attribution > summary')!;
        return Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
      });
      expect(lines, url).toBe(1);
    }
    await wide.close();
  });

  it('the chart at 1280 px writes short names, keeps start dates 12 px apart in the focus window, and gives it most of the axis', async () => {
    const page = await open(site, '/', DESKTOP);
    const m = await page.evaluate(() => {
      const svg = [...document.querySelectorAll('svg.tl-chart')].find((s) => s.checkVisibility())!;
      const rows = [...svg.querySelectorAll('a')].map((a) => {
        const mark = a.querySelector('.tl-chart__mark')!.getBoundingClientRect();
        return { id: a.getAttribute('href')!.slice(1), x: mark.left + mark.width / 2 };
      });
      const names = [...svg.querySelectorAll('.tl-chart__name')].map((t) => t.getBoundingClientRect());
      const band = svg.querySelector('.tl-chart__focus')!.getBoundingClientRect();
      const firstMark = Math.min(...rows.map((r) => r.x));
      const box = svg.getBoundingClientRect();
      return {
        wide: svg.classList.contains('tl-chart--wide'),
        rows,
        names: names.length,
        nameHeight: Math.min(...names.map((n) => n.height)),
        nameOverlapsDate: names.some((n, i) => {
          const label = svg.querySelectorAll('.tl-chart__label')[i]!.getBoundingClientRect();
          return n.left < label.right;
        }),
        bandShare: band.width / (box.right - firstMark),
        legend: [...document.querySelectorAll('.chart-legend li')].map((li) => li.textContent!.trim()),
      };
    });
    await page.close();
    const { events } = timeline(site);
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(m.wide).toBe(true);
    expect(m.names).toBe(events.length);
    expect(m.nameHeight).toBeGreaterThanOrEqual(12);
    expect(m.nameOverlapsDate).toBe(false);
    // Within the focus window, the marks of two different start dates are at least 12 px apart.
    const starts = new Map<string, number>();
    for (const r of m.rows) {
      const e = byId.get(r.id)!;
      if (!e.inFocus) continue;
      starts.set(e.start, Math.min(starts.get(e.start) ?? Infinity, r.x));
    }
    const xs = [...starts].sort((a, b) => a[0].localeCompare(b[0])).map(([, x]) => x);
    const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(12);
    expect(m.bandShare).toBeGreaterThan(0.5);
    // One colour, one meaning, each named in the legend.
    expect(m.legend.join(' | ')).toMatch(/Blue: it happened.*Purple diamond: planned, a deadline or a status/);
  });

  it('the map marks where events happened: labels at least 12 px at 390 px, none covered or cut, nothing scrolling at 360 px', async () => {
    const page = await open(site, '/people-places/');
    const m = await page.evaluate(() => {
      const inside = (a: DOMRect, b: DOMRect) =>
        a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      return [...document.querySelectorAll<SVGSVGElement>('svg.map')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const places = [...svg.querySelectorAll('g.map__place')].map((g) => ({
          label: g.querySelector('text')!.getBoundingClientRect(),
          marker: g.querySelector('circle')!.getBoundingClientRect(),
          href: g.querySelector('a')?.getAttribute('href') ?? null,
          size:
            parseFloat(getComputedStyle(g.querySelector('text')!).fontSize) * (box.width / svg.viewBox.baseVal.width),
        }));
        return {
          count: places.length,
          smallest: Math.min(...places.map((p) => p.size)),
          cut: places.filter((p) => !inside(p.label, box) || !inside(p.marker, box)).length,
          covered: places.filter((p, i) => places.some((q, j) => i !== j && hit(q.marker, p.label))).length,
          unlinked: places.filter((p) => !p.href || !document.querySelector(p.href)).length,
        };
      });
    });
    await page.close();
    expect(m.length).toBeGreaterThanOrEqual(1);
    expect(m.reduce((n, x) => n + x.count, 0)).toBeGreaterThan(2);
    for (const map of m) {
      expect(map.smallest).toBeGreaterThanOrEqual(12);
      expect(map.cut).toBe(0);
      expect(map.covered).toBe(0);
      expect(map.unlinked).toBe(0);
    }
    const narrow = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await narrow.goto(`${site.server.origin}/people-places/`);
    const sideways = await narrow.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      tables: Math.max(0, ...[...document.querySelectorAll('.table-scroll')].map((t) => t.scrollWidth - t.clientWidth)),
    }));
    await narrow.close();
    expect(sideways).toEqual({ page: 0, tables: 0 });
  });

  it('search lands on the paragraph, stems each language in its own, and suggests the story’s own words when empty', async () => {
    const page = await open(site, '/search/?q=zzzqqx');
    await page.waitForFunction(() => /Nothing found/.test(document.getElementById('search-status')!.textContent!));
    const suggestions = await page.evaluate(() => {
      const s = document.getElementById('search-suggest')!;
      return s.hidden ? [] : [...s.querySelectorAll('a')].map((a) => a.textContent!);
    });
    expect(suggestions.length).toBeGreaterThan(2);
    // A suggestion finds something.
    await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(suggestions[0]!)}`);
    await page.locator('.search-result').first().waitFor();
    // A plural the text never writes finds the singular, in English and, on the second story, in French.
    const query = name === 'seeds' ? 'withdrawals' : 'barrages';
    await page.goto(`${site.server.origin}/search/?q=${query}`);
    await page.locator('.search-result').first().waitFor();
    const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const articles = hrefs.filter((h) => h.startsWith('/articles/'));
    expect(articles.length).toBeGreaterThan(0);
    for (const h of articles) expect(h).toMatch(/^\/articles\/[^/]+\/#p-\d+$/);
    await page.close();
  });

  it('the navigation takes one line at 1280 px and at most two at 390 px, on every page', async () => {
    for (const [viewport, most] of [
      [DESKTOP, 1],
      [PHONE, 2],
    ] as const) {
      const page = await browser.newPage({ viewport });
      for (const url of pageUrls(site.dir)) {
        await page.goto(`${site.server.origin}${url}`);
        const lines = await page.evaluate(
          () =>
            new Set(
              [...document.querySelectorAll('.site-header li')].map((li) => Math.round(li.getBoundingClientRect().top)),
            ).size,
        );
        expect(lines, `${url} at ${viewport.width} px`).toBeLessThanOrEqual(most);
      }
      await page.close();
    }
  });
});
