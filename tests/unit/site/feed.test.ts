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

  it('with full text withheld, gives only the attribution and the original’s address, never the body', () => {
    const a = { ...first!, url: 'https://ledger.example/quay', publisher: 'The Quay Ledger', author: 'Ana Ruiz' };
    const [entry] = feedEntries([a], false);
    expect(entry!.text).toBe(`${a.title} (Ana Ruiz, The Quay Ledger). Read it at https://ledger.example/quay.`);
    expect(entry!.summary).toBe(entry!.text);
    expect(entry!.original).toBe('https://ledger.example/quay');
    for (const b of a.blocks) expect(entry!.text).not.toContain(b.text);
    expect(feedEntries([{ ...a, url: null }], false)[0]!.text).toMatch(/The address of the original is not known\.$/);
  });
});
