import { getStory, getArticles, getEvents } from '../site/data.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedEntries } from '../site/feed.ts';
import { DATE_MARKS_DOC, type DateMarks } from '../site/published.ts';
import { fillStoryText } from '../site/story-text.ts';
import { SITE_NAME } from '../consts.ts';

const xmlText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `<desk:date basis="inferred" precision="day" …/>`: how the date is known, documented at /about/#dates-in-feeds. */
const marksElement = (m: DateMarks) =>
  `<desk:date ${Object.entries(m)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}="${xmlText(String(v))}"`)
    .join(' ')}/>`;

/** RSS 2.0: one item per article, newest first; an article of unknown date has no pubDate. */
export const GET: APIRoute = async ({ site }) => {
  const story = await getStory();
  const entries = feedEntries(await getArticles(), story.publish.fullText);
  return rss({
    title: `${story.title} · ${SITE_NAME}`,
    description: fillStoryText(story.description, {
      articles: (await getArticles()).length,
      events: (await getEvents()).length,
    }),
    site: site!,
    trailingSlash: true,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', desk: new URL(DATE_MARKS_DOC, site).href },
    customData: '<language>en</language>',
    items: entries.map((e) => ({
      title: e.title,
      // The item links to the original where its address is known, as an aggregator's feed does.
      link: e.original ?? e.path,
      description: e.summary,
      categories: e.categories,
      // pubDate is written here, not by @astrojs/rss, which would turn a stated 11:27 -0500 into UTC.
      // RSS's own <author> wants an e-mail address; Dublin Core carries a name. Only stated names: the
      // site's fallback labels (“Unnamed outlet, …”) are for reading, not metadata.
      customData: [
        e.published.rfc822 && `<pubDate>${e.published.rfc822}</pubDate>`,
        marksElement(e.dateMarks),
        e.author && `<dc:creator>${xmlText(e.author)}</dc:creator>`,
        e.publisher && `<dc:publisher>${xmlText(e.publisher)}</dc:publisher>`,
      ]
        .filter(Boolean)
        .join(''),
    })),
  });
};
