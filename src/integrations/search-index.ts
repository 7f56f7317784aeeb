/**
 * Builds the Pagefind search index once the pages are written: one record per
 * article (title, publisher, author and text, each paragraph a sub-result that
 * links to its anchor) and one per timeline event (its quoted sentences), so an
 * event is a result of its own that links to its place on the (paged)
 * timeline. Each record carries its article's language, so Pagefind stems it in
 * that language (one index per language; the search page merges them). The
 * records come from the build's own exports, /articles.json and /timeline.json,
 * so nothing is parsed twice and no page's HTML is read back.
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

/** Text escaped for the HTML Pagefind reads: seed text never becomes markup. */
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The language Pagefind stems a text in: the article's, or English when it is unknown. */
const languageOf = (a: Pick<Article, 'language'> | undefined) => (a?.language ?? 'en').slice(0, 2);

/**
 * An article as the HTML Pagefind indexes: its headline as the title, then each paragraph under a heading that
 * carries the paragraph's anchor, so a hit comes back as a sub-result that lands on that paragraph.
 */
export function articleSearchHtml(a: Pick<Article, 'title' | 'publisher' | 'author' | 'blocks' | 'language'>): string {
  const byline = [a.publisher, a.author].filter(Boolean).map((x) => html(x!));
  const body = a.blocks.map((b) => `<h2 id="${b.anchor}">¶${b.anchor.slice(2)}</h2><p>${html(b.text)}</p>`);
  return `<html lang="${languageOf(a)}"><head><title>${html(a.title)}</title></head><body><main data-pagefind-body><h1 data-pagefind-meta="title">${html(a.title)}</h1>${byline.length ? `<p>${byline.join(' · ')}</p>` : ''}${body.join('')}</main></body></html>`;
}

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
  const { index, errors } = await pagefind.createIndex({});
  check('createIndex', errors);
  // In the engine's order: seed files by name.
  const bySeed = [...articles].sort((a, b) => (a.seedFile < b.seedFile ? -1 : a.seedFile > b.seedFile ? 1 : 0));
  const added = await Promise.all(
    // Without `blocks` (publish.fullText false) only the title and byline are indexed: the cited sentences are events'.
    bySeed.map((a) =>
      index!.addHTMLFile({ url: `/articles/${a.slug}/`, content: articleSearchHtml({ ...a, blocks: a.blocks ?? [] }) }),
    ),
  );
  added.forEach((r, i) => check(`article ${bySeed[i]!.slug}`, r.errors));
  const links = new Map(eventLinks(events, focus).map((l) => [l.id, l]));
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  // In the timeline's own order.
  const ordered = [...events].sort(byTimelineOrder);
  const records = await Promise.all(
    ordered.map((e) =>
      index!.addCustomRecord({
        url: links.get(e.id)!.href,
        content: [...new Set(e.sources.map((s) => s.quote))].join('\n'),
        // The language of the article its label is quoted from.
        language: languageOf(bySlug.get((e.sources[e.labelSource] ?? e.sources[0]!).slug)),
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
