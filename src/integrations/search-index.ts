/**
 * Builds the Pagefind search index: one record per article (title, publisher,
 * author and text) and one per timeline event (its quoted sentences), so an
 * event is a result of its own that links to its place on the (paged)
 * timeline. The records come from the engine's run for this build, taken when
 * the pages start to render, so Pagefind indexes them in its own process
 * meanwhile; the files are written into the site at the end.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { FolderRun } from '../content/seed-folder.ts';
import { takeLatestRun } from '../content/engine-client.ts';
import { byTimelineOrder } from '../engine/timeline/sources.ts';
import { eventLinks } from '../site/timeline-pages.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Fails the build with Pagefind's own messages when it reports errors. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Search index: ${step} failed: ${errors.join('; ')}`);
}

/** Adds the run's articles and events to a new index; returns it and what it holds. */
async function indexRun({ corpus, story }: FolderRun): Promise<{ index: Index; what: string }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  check('createIndex', errors);
  const added = await Promise.all(
    corpus.articles.map((a) =>
      index!.addCustomRecord({
        url: `/articles/${a.slug}/`,
        content: [a.title, a.publisher, a.author, ...a.blocks.map((b) => b.text)].filter(Boolean).join('\n'),
        language: 'en',
        meta: { title: a.title },
      }),
    ),
  );
  added.forEach((r, i) => check(`article ${corpus.articles[i]!.slug}`, r.errors));
  const links = new Map(eventLinks(corpus.events, story.focus).map((l) => [l.id, l]));
  const events = [...corpus.events].sort(byTimelineOrder);
  const records = await Promise.all(
    events.map((e) =>
      index!.addCustomRecord({
        url: links.get(e.id)!.href,
        content: [...new Set(e.sources.map((s) => s.quote))].join('\n'),
        language: 'en',
        meta: { title: `${links.get(e.id)!.when}: ${e.label}`, kind: 'Timeline event' },
      }),
    ),
  );
  records.forEach((r, i) => check(`event ${events[i]!.id}`, r.errors));
  return { index: index!, what: `${corpus.articles.length} articles and ${events.length} events` };
}

/** The integration that writes `dist/pagefind/` during `astro build`. */
export function searchIndex(): AstroIntegration {
  let indexing: Promise<{ index: Index; what: string }> | null = null;
  return {
    name: 'search-index',
    hooks: {
      'astro:build:start': () => {
        const run = takeLatestRun();
        if (!run) throw new Error('Search index: the engine made no run for this build.');
        indexing = run.then(indexRun);
        // Awaited in build:done; until then a failure must not surface as an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { index, what } = await indexing!;
          check('writeFiles', (await index.writeFiles({ outputPath: `${fileURLToPath(dir)}pagefind` })).errors);
          logger.info(`${what} indexed into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
