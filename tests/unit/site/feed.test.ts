/** Feed entries: newest first, undated last, no invented dates. */
import { describe, expect, it } from 'vitest';
import { feedEntries } from '../../../src/site/feed.ts';
import type { Article } from '../../../src/engine/schema/article.ts';
import { seedCorpus } from '../../helpers.ts';

const withDate = (a: Article, date: string | null, time: string | null = null, timezone: string | null = null) =>
  ({ ...a, published: { ...a.published, date, time, timezone } }) as Article;

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

  it('dates a known day at midnight UTC, keeps a stated time with its offset, and leaves an unknown date null', () => {
    const [timed, dated, undated] = feedEntries([
      withDate(first!, '2023-12-31'),
      withDate(second!, null),
      withDate(third!, '2023-12-31', '11:27', 'EST'),
    ]);
    expect(timed!.published.dateTime).toBe('2023-12-31T11:27:00-05:00');
    expect(dated!.published.dateTime).toBe('2023-12-31T00:00:00Z');
    expect(undated!.published.dateTime).toBeNull();
  });

  it('carries how the date is known', () => {
    const [e] = feedEntries([{ ...first!, published: { ...first!.published, basis: 'inferred' } }]);
    expect(e!.dateMarks.basis).toBe('inferred');
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
