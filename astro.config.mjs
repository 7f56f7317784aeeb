// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { cleanOutDir } from './src/integrations/clean-out-dir.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { seedEngine } from './src/integrations/seed-engine.ts';
import { syncServer } from './src/integrations/sync-server.ts';

/** The deployed origin; absolute URLs (canonical, feeds, sitemap) are built from it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  // Inline nothing: every page links one stylesheet, so the CSP needs no hashes for styles.
  // (Astro still hashes anything it does inline.)
  // Seeds are plain text; nothing is rendered as Markdown, so no highlighter is needed.
  markdown: { syntaxHighlight: false },
  // The engine's `import … from 'date-fns'` resolves to one module per function (src/engine/time/date-fns.ts):
  // the package's barrel costs over a second per build, imported by Node or transformed by Vite.
  vite: {
    // The output folder is emptied by src/integrations/clean-out-dir.ts, off the build's main thread.
    build: { emptyOutDir: false },
    optimizeDeps: { noDiscovery: true },
    environments: {
      prerender: {
        // Bundled into the pages' build rather than imported by Node at render time: Node's resolver reads date-fns'
        // 199 KB package.json once for each of the dozens of modules a date function imports (about 0.1 s per build).
        resolve: { noExternal: ['date-fns'] },
        // The code that renders the pages as one module rather than a chunk per route: every page is rendered in
        // every build, and Node compiled and linked some thirty chunks one by one (rendering at five seeds took
        // 95–150 ms instead of 145–190 ms; docs/build-speed.md). The stylesheet is then named after it.
        build: { rolldownOptions: { output: { codeSplitting: false } } },
      },
    },
    resolve: {
      alias: [
        { find: /^date-fns$/, replacement: fileURLToPath(new URL('./src/engine/time/date-fns.ts', import.meta.url)) },
      ],
    },
  },
  // The 404 page is served for any missing path; it is not a page to index.
  integrations: [
    seedEngine(),
    syncServer(),
    cleanOutDir(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    searchIndex(),
  ],
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
