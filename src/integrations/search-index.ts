/**
 * Builds the Pagefind search index: one record per article (title, publisher,
 * author and text) and one per timeline event (its quoted sentences), so an
 * event is a result of its own that links to its place on the (paged) timeline.
 *
 * The records come from the engine's run for this build, which the seed
 * loaders share through the process (src/content/corpus-cache.ts). Indexing
 * starts when the build starts and runs in Pagefind's own process while Astro
 * renders the pages, so on two cores it costs little wall time; the files are
 * written to a staging folder and moved into the site at the end. When no
 * engine run is found (another process built the data), the written article
 * pages are indexed instead, as before.
 */
import { cpSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { soleCorpus } from '../content/corpus-cache.ts';
import * as pagefind from 'pagefind';
import type { EventLink } from '../site/timeline-pages.ts';
import type { Article, Story, TimelineEvent } from '../engine/schema/article.ts';

/** What the index needs from an engine run. */
interface Loaded {
  corpus: { articles: Article[]; events: TimelineEvent[] };
  eventLinks: EventLink[];
}

/** Fails the build with Pagefind's own messages when it reports errors. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Search index: ${step} failed: ${errors.join('; ')}`);
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function newIndex(): Promise<Index> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  check('createIndex', errors);
  return index!;
}

/** One record per event, pointing at its place on the timeline (`links`: its page and written date, by id). */
async function addEvents(
  index: Index,
  events: TimelineEvent[],
  links: ReadonlyMap<string, Pick<EventLink, 'href' | 'when'>>,
): Promise<void> {
  const added = await Promise.all(
    events.map((e) =>
      index.addCustomRecord({
        url: links.get(e.id)!.href,
        content: [...new Set(e.sources.map((s) => s.quote))].join('\n'),
        language: 'en',
        meta: { title: `${links.get(e.id)!.when}: ${e.label}`, kind: 'Timeline event' },
      }),
    ),
  );
  added.forEach((a, i) => check(`event ${events[i]!.id}`, a.errors));
}

/** Indexes an engine run from its data and writes the files to `staging`; returns what it indexed. */
async function indexFromData(loaded: Loaded, staging: string): Promise<string> {
  const index = await newIndex();
  const { articles, events } = loaded.corpus;
  const added = await Promise.all(
    articles.map((a) =>
      index.addCustomRecord({
        url: `/articles/${a.slug}/`,
        content: [a.title, a.publisher, a.author, ...a.blocks.map((b) => b.text)].filter(Boolean).join('\n'),
        language: 'en',
        meta: { title: a.title },
      }),
    ),
  );
  added.forEach((r, i) => check(`article ${articles[i]!.slug}`, r.errors));
  await addEvents(index, events, new Map(loaded.eventLinks.map((l) => [l.id, l])));
  // Normally absent: the last build moved it into its site.
  rmSync(staging, { recursive: true, force: true });
  check('writeFiles', (await index.writeFiles({ outputPath: staging })).errors);
  // Pagefind's process holds the whole index until it is closed: closed now, its memory is free before the pages
  // finish rendering, when the build's own memory peaks.
  await pagefind.close();
  return `${articles.length} articles and ${events.length} events`;
}

/** The integration that writes `dist/pagefind/` during `astro build`. */
export function searchIndex(): AstroIntegration {
  let early: Promise<string> | undefined;
  let staging = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = fileURLToPath(new URL('pagefind-staging/', config.cacheDir));
      },
      'astro:build:start': () => {
        // The content layer has synced by now; its engine run is in the registry.
        const corpus = soleCorpus();
        if (!corpus) return;
        early = corpus.then((loaded) => indexFromData(loaded, staging));
        // Awaited in build:done; until then a failure must not surface as an unhandled rejection.
        early.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          if (early) {
            const what = await early;
            // A rename when the cache and the site share a file system (the usual case); a copy otherwise.
            try {
              renameSync(staging, `${site}pagefind`);
            } catch {
              cpSync(staging, `${site}pagefind`, { recursive: true });
              rmSync(staging, { recursive: true, force: true });
            }
            logger.info(`${what} indexed into pagefind/`);
            return;
          }
          const index = await newIndex();
          // Only article pages are searched: parsing every other page (timeline, comparisons) would find nothing to index.
          const pages = await index.addDirectory({ path: site, glob: 'articles/*/index.html' });
          check('addDirectory', pages.errors);
          const { focus, events } = JSON.parse(await readFile(new URL('timeline.json', dir), 'utf8')) as {
            focus: Story['focus'];
            events: TimelineEvent[];
          };
          // Loaded here only: Node resolving date-fns' modules for format.ts costs about 0.1 s.
          const { eventLinks } = await import('../site/timeline-pages.ts');
          await addEvents(index, events, new Map(eventLinks(events, focus).map((l) => [l.id, l])));
          check('writeFiles', (await index.writeFiles({ outputPath: `${site}pagefind` })).errors);
          logger.info(`${pages.page_count} pages and ${events.length} events indexed into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
