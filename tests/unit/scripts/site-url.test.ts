/** A deployable build without SITE_URL is warned that it links to localhost; the local preview is not. */
import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from '../../../scripts/site-url.mjs';

describe('siteUrlWarning', () => {
  it('warns a build with no SITE_URL, naming what points to localhost and how to set it', () => {
    const w = siteUrlWarning({}, false)!;
    expect(w).toContain('SITE_URL is not set');
    expect(w).toContain('http://localhost:4321');
    for (const what of ['canonical', 'og:url', 'JSON-LD', 'sitemap', 'robots.txt', 'feeds']) expect(w).toContain(what);
    expect(w).toContain('SITE_URL=https://example.org npm run build');
  });

  it('treats a blank SITE_URL as unset', () => {
    expect(siteUrlWarning({ SITE_URL: '  ' }, false)).not.toBeNull();
  });

  it('is quiet when SITE_URL is set, and for the local preview (npm start)', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://example.org' }, false)).toBeNull();
    expect(siteUrlWarning({}, true)).toBeNull();
  });
});
