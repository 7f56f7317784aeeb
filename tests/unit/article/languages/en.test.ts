/** English pages: an agency in the byline slot, a byline with an e-mail, a two-field stamp, "More by", bylines "From". */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

const BODY = `The county council voted on Tuesday night to keep the Riverside library open for another two years, after residents handed in a petition with more than 4,000 signatures.

Councillors said the building's heating would be repaired over the winter and the opening hours extended on Saturdays.
`;

describe('English pages', () => {
  it('credits an agency put in the byline slot with the author-page link glued on, and names no writer', () => {
    const { article, removed } = readPage(
      'en-agency-byline.txt',
      `Valley Times\n\nRiverside library saved by petition\n\nBy Reuters More by this Author\n\n${BODY}`,
    );
    expect(article.author).toBeNull();
    expect(article.credits.map((c) => c.name)).toEqual(['Reuters']);
    expect(removed.get('By Reuters More by this Author')).toBe('byline');
  });

  it('reads a byline with an e-mail and a "PUBLISHED: … | UPDATED: …" line that reads like prose', () => {
    const { article, removed } = readPage(
      'en-email-byline.txt',
      `Valley Times\n\nRiverside library saved by petition\n\nBy Dana Whitfield | dwhitfield@example.com\nPUBLISHED: October 2, 2024 at 7:10 a.m. | UPDATED: October 2, 2024 at 11:02 a.m.\n\n${BODY}\nMore by Dana Whitfield\n`,
    );
    expect(article.author).toBe('Dana Whitfield');
    expect(article.published).toMatchObject({ date: '2024-10-02', time: '07:10', basis: 'stated' });
    expect(removed.get('More by Dana Whitfield')).toBe('related-links');
  });

  it('reads "From <name>, <city>" as the byline', () => {
    const { article } = readPage(
      'en-from.txt',
      `Valley Times\n\nRiverside library saved by petition\n\nFrom Tunde Bakare, Ibadan\n\n${BODY}`,
    );
    expect(article.author).toBe('Tunde Bakare');
  });

  it('keeps a caption closing with "(PHOTO / AGENCY)" out of the body, and a desk sign-off names no one', () => {
    const { article, removed } = readPage(
      'en-caption.txt',
      `Valley Times\n\nRiverside library saved by petition\n\nResidents queue outside the library on Monday, September 30, 2024. (PHOTO / COUNTY ARCHIVE)\n\n${BODY}\n— The Valley Times desk\n`,
    );
    expect(
      removed.get('Residents queue outside the library on Monday, September 30, 2024. (PHOTO / COUNTY ARCHIVE)'),
    ).toBe('page-chrome');
    expect(removed.get('— The Valley Times desk')).toBe('sign-off');
    expect(article.author).toBeNull();
  });

  it('reads a blog\'s "Posted by <name> in <category>" as the byline, but not a publishing account', () => {
    const page = (byline: string) => `Valley Notes\n\nRiverside library saved by petition\n\n${byline}\n\n${BODY}`;
    expect(readPage('en-posted.txt', page('Posted by Mara Quinn in Local Affairs')).article.author).toBe('Mara Quinn');
    expect(readPage('en-posted-account.txt', page('Posted by Editor')).article.author).toBeNull();
  });

  it('takes a "More by <writer>" heading and the links under it, and a syndication note', () => {
    const { removed } = readPage(
      'en-more-by.txt',
      `Valley Times\n\nRiverside library saved by petition\n\n${BODY}\n(This story has not been edited by Valley Times staff and is auto-generated from a syndicated feed.)\n\nMore by Dana Whitfield\nBus depot plans go to consultation\nNew crossing for Mill Lane`,
    );
    expect(removed.get('More by Dana Whitfield')).toBe('related-links');
    expect(removed.get('New crossing for Mill Lane')).toBe('related-links');
    expect(
      removed.get(
        '(This story has not been edited by Valley Times staff and is auto-generated from a syndicated feed.)',
      ),
    ).toBe('page-chrome');
  });
});
