// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

/** The deployed origin; absolute URLs (canonical, feeds, sitemap) are built from it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Inline nothing: every page links one stylesheet, so the CSP needs no hashes for styles.
  // (Astro still hashes anything it does inline.)
  // Seeds are plain text; nothing is rendered as Markdown, so no highlighter is needed.
  markdown: { syntaxHighlight: false },
  // The 404 page is served for any missing path; it is not a page to index.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  security: { csp: true },
});
