/** The articles as feed entries, shared by the RSS and JSON feeds. */
import type { Article } from '../engine/schema/article.ts';
import { dateMarks, publicationStamp, type DateMarks, type PublicationStamp } from './published.ts';

/** One article as a feed lists it. */
export interface FeedEntry {
  /** The article page's path, `/articles/<slug>/`. */
  path: string;
  /** The headline (stated or derived). */
  title: string;
  /** The first paragraph of the body. */
  summary: string;
  /** The body as plain text, paragraphs separated by blank lines. */
  text: string;
  /** The publication as feeds write it: a stated time with its offset, else the day (feeds omit it with no day). */
  published: PublicationStamp;
  /** How the date is known: stated or inferred, a day or a window (the feeds' documented extension). */
  dateMarks: DateMarks;
  /** The byline's name, when stated. */
  author: string | null;
  /** The outlet, when stated. */
  publisher: string | null;
  /** Section and tags, for feed categories. */
  categories: string[];
  /** The article's address where it was published, when known. */
  original: string | null;
}

/** What a feed says of an article whose text the site may not republish: who published it, and where. */
export function attributionText(a: Pick<Article, 'title' | 'publisher' | 'author' | 'url'>): string {
  const by = [a.author, a.publisher].filter(Boolean).join(', ');
  return `${a.title}${by ? ` (${by})` : ''}. ${a.url ? `Read it at ${a.url}.` : 'The address of the original is not known.'}`;
}

/**
 * Feed entries newest first; articles of unknown date come last, by slug, so the order never depends on the build.
 * With `fullText` false, summary and text are the attribution only.
 */
export function feedEntries(articles: readonly Article[], fullText = true): FeedEntry[] {
  // Newest first by instant: a stated 11:27 -05:00 is later than the same day's conventional midnight UTC.
  const instant = (a: Article) => {
    const t = publicationStamp(a.published).dateTime;
    return t ? Date.parse(t) : -Infinity;
  };
  return [...articles]
    .sort((a, b) => instant(b) - instant(a) || a.slug.localeCompare(b.slug))
    .map((a) => ({
      path: `/articles/${a.slug}/`,
      title: a.title,
      summary: fullText ? (a.blocks.find((b) => b.type === 'paragraph')?.text ?? a.title) : attributionText(a),
      text: fullText ? a.blocks.map((b) => b.text).join('\n\n') : attributionText(a),
      // Only the day is known for most articles; midnight UTC is then the convention, not a claim about the hour.
      published: publicationStamp(a.published),
      dateMarks: dateMarks(a.published),
      author: a.author,
      publisher: a.publisher,
      categories: [...(a.section ? [a.section] : []), ...a.tags],
      original: a.url,
    }));
}
