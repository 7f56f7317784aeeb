/**
 * Builds the Pagefind search index once the site is written: the article
 * pages (their `data-pagefind-body`; no other page is read), plus one record
 * per timeline event from the site's own `timeline.json`, so an event is a
 * result of its own that links to its place on the (paged) timeline.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Story, TimelineEvent } from '../lib/schema.ts';

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
        const { eventHrefs, paginateTimeline } = await import('../lib/timeline-pages.ts');
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        check('createIndex', errors);
        try {
          // Only article pages are searched: parsing every other page (timeline, comparisons) would find nothing to index.
          const pages = await index!.addDirectory({ path: site, glob: 'articles/*/index.html' });
          check('addDirectory', pages.errors);
          const { focus, events } = JSON.parse(await readFile(new URL('timeline.json', dir), 'utf8')) as { focus: Story['focus']; events: TimelineEvent[] };
          const hrefs = eventHrefs(paginateTimeline(events, focus));
          // One batch: Pagefind takes the records concurrently.
          const added = await Promise.all(
            events.map((e) =>
              index!.addCustomRecord({
                url: hrefs.get(e.id)!,
                content: [...new Set(e.sources.map((s) => s.quote))].join('\n'),
                language: 'en',
                meta: { title: `${formatWindow(e.start, e.end, e.precision)}: ${e.label}`, kind: 'Timeline event' },
              }),
            ),
          );
          added.forEach((a, i) => check(`event ${events[i]!.id}`, a.errors));
          check('writeFiles', (await index!.writeFiles({ outputPath: `${site}pagefind` })).errors);
          logger.info(`${pages.page_count} pages and ${events.length} events indexed into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
