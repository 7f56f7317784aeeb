/**
 * Builds the Pagefind search index once the site is written: the article
 * pages (their `data-pagefind-body`), plus one record per timeline event read
 * from the site's own `timeline.json`, so an event is a result of its own that
 * links to its place on the timeline.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { TimelineEvent } from '../lib/schema.ts';

/** Fails the build with Pagefind's own messages when it reports errors. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Search index: ${step} failed: ${errors.join('; ')}`);
}

/** The integration that writes `dist/pagefind/` after `astro build`. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Imported here, not at the top: the config loads before every command and needs none of it.
        const { formatWindow } = await import('../lib/format.ts');
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        check('createIndex', errors);
        try {
          const pages = await index!.addDirectory({ path: site });
          check('addDirectory', pages.errors);
          const { events } = JSON.parse(await readFile(new URL('timeline.json', dir), 'utf8')) as { events: TimelineEvent[] };
          for (const e of events) {
            const when = formatWindow(e.start, e.end, e.precision);
            const added = await index!.addCustomRecord({
              url: `/#${e.id}`,
              content: [...new Set(e.sources.map((s) => s.quote))].join('\n'),
              language: 'en',
              meta: { title: `${when}: ${e.label}`, kind: 'Timeline event' },
            });
            check(`event ${e.id}`, added.errors);
          }
          check('writeFiles', (await index!.writeFiles({ outputPath: `${site}pagefind` })).errors);
          logger.info(`${pages.page_count} pages and ${events.length} events indexed into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
