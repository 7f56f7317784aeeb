/**
 * Builds the Pagefind search index once the pages are written: one record per
 * article (title, publisher, author and text) and one per timeline event (its
 * quoted sentences), so an event is a result of its own that links to its
 * place on the (paged) timeline. The records come from the build's own
 * exports, /articles.json and /timeline.json, so nothing is parsed twice and
 * no page's HTML is read back.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Article } from '../engine/schema/article.ts';
import type { Story } from '../engine/schema/story.ts';
import type { TimelineEvent } from '../engine/schema/timeline.ts';
import { byTimelineOrder } from '../engine/timeline/sources.ts';
import { eventLinks } from '../site/timeline-pages.ts';

/** Fails the build with Pagefind's own messages when it reports errors. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Search index: ${step} failed: ${errors.join('; ')}`);
}

/** Indexes the site in `dir` (its exports) into `dir/pagefind/`; returns what it indexed. */
async function indexSite(dir: string): Promise<string> {
  const read = async <T>(name: string) => JSON.parse(await readFile(`${dir}${name}`, 'utf8')) as T;
  const { articles } = await read<{ articles: Array<Omit<Article, 'blocks'> & Partial<Pick<Article, 'blocks'>>> }>(
    'articles.json',
  );
  const { focus, events } = await read<{ focus: Story['focus']; events: TimelineEvent[] }>('timeline.json');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  check('createIndex', errors);
  // In the engine's order: seed files by name.
  const bySeed = [...articles].sort((a, b) => (a.seedFile < b.seedFile ? -1 : a.seedFile > b.seedFile ? 1 : 0));
  const added = await Promise.all(
    bySeed.map((a) =>
      index!.addCustomRecord({
        url: `/articles/${a.slug}/`,
        // Without `blocks` (publish.fullText false) only what the page shows is indexed: the cited sentences are events'.
        content: [a.title, a.publisher, a.author, ...(a.blocks ?? []).map((b) => b.text)].filter(Boolean).join('\n'),
        language: 'en',
        meta: { title: a.title },
      }),
    ),
  );
  added.forEach((r, i) => check(`article ${bySeed[i]!.slug}`, r.errors));
  const links = new Map(eventLinks(events, focus).map((l) => [l.id, l]));
  // In the timeline's own order.
  const ordered = [...events].sort(byTimelineOrder);
  const records = await Promise.all(
    ordered.map((e) =>
      index!.addCustomRecord({
        url: links.get(e.id)!.href,
        content: [...new Set(e.sources.map((s) => s.quote))].join('\n'),
        language: 'en',
        meta: { title: `${links.get(e.id)!.when}: ${e.label}`, kind: 'Timeline event' },
      }),
    ),
  );
  records.forEach((r, i) => check(`event ${ordered[i]!.id}`, r.errors));
  check('writeFiles', (await index!.writeFiles({ outputPath: `${dir}pagefind` })).errors);
  return `${articles.length} articles and ${events.length} events`;
}

/** The integration that writes `dist/pagefind/` at the end of `astro build`. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          logger.info(`${await indexSite(fileURLToPath(dir))} indexed into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
