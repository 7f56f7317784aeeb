import { getStory, getArticles, getEvents } from '../site/data.ts';
import type { APIRoute } from 'astro';
import { feedEntries } from '../site/feed.ts';
import { DATE_MARKS_DOC } from '../site/published.ts';
import { fillStoryText } from '../site/story-text.ts';
import { SITE_NAME } from '../consts.ts';

/** JSON Feed 1.1: one item per article, newest first; an article of unknown date has no date_published. */
export const GET: APIRoute = async ({ site }) => {
  const story = await getStory();
  const abs = (path: string) => new URL(path, site).href;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${story.title} · ${SITE_NAME}`,
    description: fillStoryText(story.description, {
      articles: (await getArticles()).length,
      events: (await getEvents()).length,
    }),
    home_page_url: abs('/'),
    feed_url: abs('/feed.json'),
    language: 'en',
    items: feedEntries(await getArticles(), story.publish.fullText).map((e) => ({
      id: abs(e.path),
      url: abs(e.path),
      ...(e.original ? { external_url: e.original } : {}),
      title: e.title,
      summary: e.summary,
      content_text: e.text,
      ...(e.published.dateTime ? { date_published: e.published.dateTime } : {}),
      // JSON Feed's extension form: an underscore key, with `about` pointing to its documentation.
      _dates: { about: abs(DATE_MARKS_DOC), ...e.dateMarks },
      ...(e.author ? { authors: [{ name: e.author }] } : {}),
      ...(e.categories.length ? { tags: e.categories } : {}),
    })),
  };
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json' } });
};
