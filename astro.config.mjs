// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { LOCAL_ORIGIN } from './scripts/site-url.mjs';

/** The deployed origin; absolute URLs (canonical, feeds, sitemap) are built from it. Unset or blank: localhost (warned by scripts/build.mjs). */
const site = process.env.SITE_URL?.trim() || LOCAL_ORIGIN;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  // Inline nothing: every page links one stylesheet, so the CSP needs no hashes for styles.
  // (Astro still hashes anything it does inline.)
  // Seeds are plain text; nothing is rendered as Markdown, so no highlighter is needed.
  markdown: { syntaxHighlight: false },
  // Caches live in the project, not in node_modules: two checkouts that share one node_modules (through a link) would
  // otherwise share one data store, and each could build the other's story.
  cacheDir: './.cache/astro/',
  vite: {
    cacheDir: './.cache/vite/',
    // The site ships no client bundle to pre-bundle dependencies for.
    optimizeDeps: { noDiscovery: true },
    environments: {
      prerender: {
        // Bundled into the pages' build rather than imported by Node at render time: Node's resolver reads date-fns'
        // package.json once for each of the dozens of modules a date function imports (docs/build-speed.md).
        resolve: { noExternal: ['date-fns'] },
        // The code that renders the pages as one module rather than a chunk per route: every page is rendered in
        // every build, and Node compiles and links each chunk on its own (docs/build-speed.md). The stylesheet is
        // then named after it.
        build: { rolldownOptions: { output: { codeSplitting: false } } },
      },
    },
  },
  // The 404 page is served for any missing path; it is not a page to index.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), searchIndex()],
  security: {
    csp: {
      // Everything not named is refused. Scripts and styles come from this origin
      // (plus the hashes Astro adds); the search page fetches its index from here.
      // A <meta> policy cannot carry frame-ancestors, so it is left to the host.
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
});
