/** A short invented page in one language and what its furniture tables must take off it, checked with `parseArticle`. */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

/** A page written for a test and the furniture lines it holds. */
export interface FurniturePage {
  /** The page's language code (`hr`). */
  code: string;
  /** The page as a seed holds it. */
  text: string;
  /** The writer its byline names. */
  author: string;
  /** The byline's line. */
  byline: string;
  /** The line with the publication and update stamps. */
  stamp: string;
  /** The publication date the stamp gives, and its time when the test checks one. */
  published: { date: string; time?: string | null };
  /** The share row, or each line of a share list. */
  share: string[];
  /** The "read also" heading and the items of its list. */
  related: string[];
  /** The copyright line. */
  copyright: string;
  /** The paragraphs of the article, which must stay, in order. */
  body: string[];
}

/** The parts of a page, top to bottom, that `pageOf` sets out as a seed holds them. */
export interface PageParts extends Omit<FurniturePage, 'text'> {
  /** The outlet's name, first on the page. */
  masthead: string;
  /** The site's menu row. */
  menu: string;
  /** The headline. */
  headline: string;
}

/** The page laid out from its parts: masthead, menu, headline, byline, stamp, paragraphs, share, related, copyright. */
export function pageOf(parts: PageParts): FurniturePage {
  const text = [
    parts.masthead,
    parts.menu,
    '',
    parts.headline,
    '',
    parts.byline,
    parts.stamp,
    '',
    parts.body.join('\n\n'),
    '',
    parts.share.join('\n'),
    '',
    parts.related.join('\n'),
    '',
    parts.copyright,
    '',
  ].join('\n');
  return { ...parts, text };
}

/** Parses the page and checks that its furniture is taken off and its paragraphs kept. */
export function describeFurniturePage(page: FurniturePage): void {
  describe(`a page in ${page.code}`, () => {
    const { article, removed } = readPage(`${page.code}-page.txt`, page.text);

    it('reads the writer from the byline and the date from the publication stamp', () => {
      expect(article.author).toBe(page.author);
      expect(removed.get(page.byline)).toBe('byline');
      expect(article.published).toMatchObject({ ...page.published, basis: 'stated' });
      expect(removed.get(page.stamp)).toBe('published-line');
    });

    it('takes off the share row, the related heading with its list, and the copyright line', () => {
      for (const line of page.share) expect(removed.get(line), line).toBe('share-list');
      for (const line of page.related) expect(removed.get(line), line).toBe('related-links');
      expect(removed.get(page.copyright)).toBe('copyright');
    });

    it('keeps every paragraph of the article and nothing else', () => {
      expect(article.blocks.map((b) => b.text)).toEqual(page.body);
    });
  });
}
