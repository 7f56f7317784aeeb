/**
 * The Content-Security-Policy in the built HTML: on every page, strict (no
 * 'unsafe-inline', nothing allowed by default), and nothing in the page that
 * it would have to allow: no inline script but JSON-LD, no inline style or
 * event handler. The browser tests also fail on any CSP violation reported.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { htmlPages, requireDist } from './dist.ts';

requireDist();

/** The page's policy as directive → sources. */
function policy(html: string): Map<string, string[]> | null {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta) return null;
  return new Map(
    meta[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('Content-Security-Policy', () => {
  it.each(htmlPages().map((p) => p.url))('%s carries a strict policy and needs nothing it forbids', (url) => {
    const { html, root } = htmlPages().find((p) => p.url === url)!;
    const csp = policy(html);
    expect(csp, 'a CSP <meta> element').not.toBeNull();
    expect(html.match(/http-equiv="content-security-policy"/gi)).toHaveLength(1);
    // It must come before anything it governs (JSON-LD is data, which it does not govern).
    expect(html.search(/content-security-policy/i)).toBeLessThan(
      html.search(/<(?:script(?! type="application\/ld\+json")|link rel="stylesheet"|style)/i),
    );
    expect(csp!.get('default-src')).toEqual(["'none'"]);
    expect(csp!.get('base-uri')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src']) {
      const sources = csp!.get(name)!;
      expect(sources, name).toBeDefined();
      expect(sources).toContain("'self'");
      expect(
        sources.filter((s) => /unsafe-inline|unsafe-eval|^\*$|^https?:$|^data:$/.test(s)),
        `${name} allows too much`,
      ).toEqual([]);
    }

    const inline = root.querySelectorAll('script:not([src])');
    expect(
      inline.filter((s) => s.getAttribute('type') !== 'application/ld+json').map((s) => s.outerHTML.slice(0, 80)),
      'inline scripts',
    ).toEqual([]);
    for (const s of inline) expect(() => JSON.parse(s.text)).not.toThrow();
    // Any inline <style> must be hashed in the policy.
    for (const s of root.querySelectorAll('style')) {
      const hash = `'sha256-${createHash('sha256').update(s.text).digest('base64')}'`;
      expect(csp!.get('style-src')).toContain(hash);
    }
    expect(root.querySelectorAll('[style]').length, 'style attributes').toBe(0);
    const handlers = root.querySelectorAll('*').flatMap((e) => Object.keys(e.attributes).filter((a) => /^on/i.test(a)));
    expect(handlers, 'inline event handlers').toEqual([]);
    expect(root.querySelectorAll('[href^="javascript:"]').length).toBe(0);
  });
});
