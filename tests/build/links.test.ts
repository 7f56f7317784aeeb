/**
 * No broken internal links across dist/: every href and src on every page, the
 * absolute URLs in meta tags, JSON-LD, feeds and sitemap, and every #anchor.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST, htmlPages, requireDist } from './dist.ts';

beforeAll(requireDist);

/** The deployed origin the build used (from the timeline's canonical link). */
function siteOrigin(): string {
  const canonical = htmlPages()
    .find((p) => p.url === '/')!
    .root.querySelector('link[rel="canonical"]')!
    .getAttribute('href')!;
  return new URL(canonical).origin;
}

/** The dist file a URL path is served from, or null. */
function fileFor(pathname: string): string | null {
  const p = join(DIST, decodeURIComponent(pathname));
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (pathname.endsWith('/') && existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  // `404.html` is the page at `/404/` (as htmlPages names it).
  if (pathname.endsWith('/') && existsSync(`${p.slice(0, -1)}.html`)) return `${p.slice(0, -1)}.html`;
  return null;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!idCache.has(file))
    idCache.set(
      file,
      new Set(
        parse(readFileSync(file, 'utf8'))
          .querySelectorAll('[id]')
          .map((e) => e.id),
      ),
    );
  return idCache.get(file)!;
}

/** Why a link is broken, or null when it resolves (external links are not followed). */
function brokenReason(raw: string, base: string, origin: string): string | null {
  const url = new URL(raw, `${origin}${base}`);
  if (url.origin !== origin) return null;
  const file = fileFor(url.pathname);
  if (!file) return `${raw}: no file for ${url.pathname}`;
  if (url.hash && url.hash !== '#') {
    if (!file.endsWith('.html')) return `${raw}: #anchor on a non-HTML file`;
    if (!idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) return `${raw}: no element with id ${url.hash}`;
  }
  return null;
}

/** Every string value under a JSON key named url or @id. */
function jsonUrls(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => jsonUrls(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'url' || k === '@id' || k.endsWith('_url')) && typeof v === 'string') out.push(v);
      else jsonUrls(v, out);
    }
  }
  return out;
}

describe('internal links', () => {
  it.each(htmlPages().map((p) => p.url))('%s: every href, src, meta URL and JSON-LD URL resolves', (url) => {
    const origin = siteOrigin();
    const { root } = htmlPages().find((p) => p.url === url)!;
    const refs = [
      ...root.querySelectorAll('[href]').map((e) => e.getAttribute('href')!),
      ...root.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
      ...root.querySelectorAll('form[action]').map((e) => e.getAttribute('action')!),
      ...root.querySelectorAll('meta[property="og:url"]').map((e) => e.getAttribute('content')!),
      ...root.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => jsonUrls(JSON.parse(s.text))),
    ];
    // The 404 page is served at any address, so its links must not be relative.
    if (url === '/404/') expect(refs.filter((r) => !/^(?:\/|#|[a-z]+:)/.test(r))).toEqual([]);
    const broken = refs.map((r) => brokenReason(r, url, origin)).filter(Boolean);
    expect(broken).toEqual([]);
    expect(refs.length).toBeGreaterThan(5);
  });

  it('feeds and sitemap link only to pages that exist', () => {
    const origin = siteOrigin();
    const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
    const refs = [
      ...[...read('rss.xml').matchAll(/<(?:link|guid[^>]*)>([^<]+)</g)].map((m) => m[1]!),
      ...jsonUrls(JSON.parse(read('feed.json'))),
      ...[...read('sitemap-index.xml').matchAll(/<loc>([^<]+)</g)].map((m) => m[1]!),
      ...[...read('sitemap-0.xml').matchAll(/<loc>([^<]+)</g)].map((m) => m[1]!),
    ];
    expect(
      refs.every((r) => r.startsWith(origin)),
      'absolute URLs on the site origin',
    ).toBe(true);
    expect(refs.map((r) => brokenReason(r, '/', origin)).filter(Boolean)).toEqual([]);
    expect(refs.length).toBeGreaterThan(15);
  });
});
