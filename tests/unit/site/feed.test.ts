/** Feed entries: newest first, undated last, no invented dates. */
import { describe, expect, it } from 'vitest';
import { feedEntries } from '../../../src/site/feed.ts';
import type { Article } from '../../../src/engine/schema/article.ts';
import { seedCorpus } from '../../helpers.ts';

const withDate = (a: Article, date: string | null): Article => ({ ...a, published: { ...a.published, date } });

describe('feedEntries', () => {
  const [first, second, third] = seedCorpus().articles;

  it('lists dated articles newest first and undated ones last, by slug', () => {
    const entries = feedEntries([
      withDate(first!, '2023-01-02'),
      withDate(second!, null),
      withDate(third!, '2023-05-06'),
    ]);
    expect(entries.map((e) => e.path)).toEqual([
      `/articles/${third!.slug}/`,
      `/articles/${first!.slug}/`,
      `/articles/${second!.slug}/`,
    ]);
  });

  it('dates a known day at midnight UTC and leaves an unknown date null', () => {
    const [dated, undated] = feedEntries([withDate(first!, '2023-12-31'), withDate(second!, null)]);
    expect(dated!.published?.toISOString()).toBe('2023-12-31T00:00:00.000Z');
    expect(undated!.published).toBeNull();
  });

  it('summarises with the first paragraph and keeps the author only when stated', () => {
    const [e] = feedEntries([{ ...first!, author: null }]);
    expect(e!.summary).toBe(first!.blocks.find((b) => b.type === 'paragraph')!.text);
    expect(e!.author).toBeNull();
  });
});
