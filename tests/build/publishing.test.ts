/**
 * Publishing conventions in the built site: canonical, Open Graph and Twitter
 * meta on every page; NewsArticle and timeline JSON-LD; RSS 2.0, JSON Feed
 * 1.1 and the sitemap, with absolute URLs and no invented dates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/engine/schema/article.ts';
import type { TimelineEvent } from '../../src/engine/schema/timeline.ts';
import { DIST, htmlPages, readJson, requireDist } from './dist.ts';
import { publicationStamp } from '../../src/site/published.ts';

requireDist();
const pages = htmlPages();
const origin = new URL(
  pages
    .find((p) => p.url === '/')!
    .root.querySelector('link[rel="canonical"]')!
    .getAttribute('href')!,
).origin;
const articles = readJson<{ articles: Article[] }>('articles.json').articles;
const jsonLd = (url: string) =>
  pages
    .find((p) => p.url === url)!
    .root.querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.text) as Record<string, any>);

describe('page metadata', () => {
  it.each(pages.map((p) => p.url))('%s has its canonical link, Open Graph and Twitter meta', (url) => {
    const { root } = pages.find((p) => p.url === url)!;
    const meta = (sel: string) => root.querySelector(`meta[${sel}]`)?.getAttribute('content');
    const noindex = meta('name="robots"') === 'noindex';
    if (noindex) expect(root.querySelector('link[rel="canonical"]')).toBeNull();
    else {
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}${url}`);
      expect(meta('property="og:url"')).toBe(`${origin}${url}`);
    }
    for (const sel of [
      'property="og:title"',
      'property="og:description"',
      'property="og:type"',
      'property="og:site_name"',
      'name="twitter:card"',
      'name="twitter:title"',
      'name="twitter:description"',
      'name="description"',
    ]) {
      expect(meta(sel), sel).toBeTruthy();
    }
    expect(root.querySelector('link[rel="icon"]')).not.toBeNull();
    expect(root.querySelector('a.skip-link[href="#main"]')).not.toBeNull();
    expect(root.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      '/rss.xml',
    );
    expect(root.querySelector('link[rel="alternate"][type="application/feed+json"]')?.getAttribute('href')).toBe(
      '/feed.json',
    );
  });

  it('a 404 page exists, kept out of search engines', () => {
    const p = pages.find((x) => x.path === '404.html');
    expect(p?.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('JSON-LD', () => {
  it.each(articles.map((a) => [a.slug, a] as const))('%s: NewsArticle with only what is known', (slug, a) => {
    const [ld] = jsonLd(`/articles/${slug}/`).filter((x) => x['@type'] === 'NewsArticle');
    const url = `${origin}/articles/${slug}/`;
    expect(ld).toMatchObject({ '@context': 'https://schema.org', url, headline: a.title });
    expect(ld!.datePublished).toBe(publicationStamp(a.published).schemaDate ?? undefined);
    // How the date is known, as the site's documented terms.
    expect(ld![`${origin}/about/#dates-in-feeds-basis`]).toBe(a.published.basis);
    expect(ld![`${origin}/about/#dates-in-feeds-precision`]).toBe(a.published.precision);
    expect(ld!.author).toEqual(a.author ? { '@type': 'Person', name: a.author } : undefined);
    expect(ld!.publisher).toEqual(a.publisher ? { '@type': 'Organization', name: a.publisher } : undefined);
    expect(ld!.isBasedOn.url).toBe(`${url}#original`);
    expect(pages.find((p) => p.url === `/articles/${slug}/`)!.root.querySelector('details#original')).not.toBeNull();
  });

  it('the timeline lists every event, in date order', () => {
    const { events } = readJson<{ events: TimelineEvent[] }>('timeline.json');
    const [list] = jsonLd('/').filter((x) => x['@type'] === 'ItemList');
    expect(list!.numberOfItems).toBe(events.length);
    expect(list!.itemListElement.map((li: any) => li.item.url)).toEqual(events.map((e) => `${origin}/#${e.id}`));
    for (const li of list!.itemListElement)
      expect(li.item).toMatchObject({ '@type': 'Event', startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('never lets a value close its script element', () => {
    for (const p of pages)
      for (const s of p.root.querySelectorAll('script[type="application/ld+json"]')) expect(s.text).not.toContain('<');
  });
});

describe('feeds and sitemap', () => {
  const read = (f: string) => readFileSync(join(DIST, f), 'utf8');

  it('RSS 2.0 lists every article; only dated ones carry a pubDate', () => {
    const rss = read('rss.xml');
    expect(rss).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0"/);
    const items = rss.split('<item>').slice(1);
    expect(items).toHaveLength(articles.length);
    expect(items.filter((i) => i.includes('<pubDate>'))).toHaveLength(articles.filter((a) => a.published.date).length);
    // Every item says how its date is known; a stated time keeps its zone's offset.
    expect(rss).toContain(`xmlns:desk="${origin}/about/#dates-in-feeds"`);
    for (const a of articles) {
      const item = items.find((i) => i.includes(`<link>${origin}/articles/${a.slug}/</link>`))!;
      expect(item).toContain(`<desk:date basis="${a.published.basis}" precision="${a.published.precision}"`);
    }
    expect(rss).toContain('<pubDate>Sun, 31 Dec 2023 11:27:00 -0500</pubDate>');
  });

  it('JSON Feed 1.1 lists every article, newest first, with date_published only when known', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${origin}/feed.json`);
    expect(feed.items).toHaveLength(articles.length);
    const dates = feed.items.map((i: any) => i.date_published).filter(Boolean);
    expect(dates).toHaveLength(articles.filter((a) => a.published.date).length);
    expect([...dates].sort((x, y) => Date.parse(y) - Date.parse(x))).toEqual(dates);
    for (const item of feed.items) {
      const a = articles.find((x) => item.url === `${origin}/articles/${x.slug}/`)!;
      expect(item.date_published?.slice(0, 10)).toBe(a.published.date ?? undefined);
      expect(item._dates).toMatchObject({ about: `${origin}/about/#dates-in-feeds`, basis: a.published.basis });
    }
    // The seeds' one stated time, 11:27 EST, stays 11:27 at -05:00.
    expect(feed.items.map((i: any) => i.date_published)).toContain('2023-12-31T11:27:00-05:00');
    expect(feed.items.filter((i: any) => i._dates.basis === 'inferred').length).toBeGreaterThan(0);
  });

  it('the sitemap lists every indexable page', () => {
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)</g)].map((m) => m[1]);
    const indexable = pages.filter((p) => !p.root.querySelector('meta[name="robots"]')).map((p) => `${origin}${p.url}`);
    expect(locs.sort()).toEqual(indexable.sort());
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });
});
