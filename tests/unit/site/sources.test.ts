/** The one rule that names a source wherever the site cites it. */
import { describe, expect, it } from 'vitest';
import { baseSourceName, sourceNames } from '../../../src/site/sources.ts';
import { seedCorpus } from '../../helpers.ts';

const article = (slug: string, publisher: string | null, author: string | null, date: string | null) => ({
  slug,
  publisher,
  author,
  title: `Headline of ${slug}`,
  published: {
    date,
    time: null,
    timezone: null,
    basis: date ? ('stated' as const) : ('unknown' as const),
    reason: '',
    line: null,
    corroboratedBy: null,
    earliest: date,
    latest: date,
    precision: date ? ('day' as const) : ('unknown' as const),
  },
});

describe('naming a source', () => {
  it('shows a window of weeks in the name, and calls one of years undated', () => {
    const within = article('w', null, 'Jane Roe', null);
    within.published = { ...within.published, earliest: '2024-03-01', latest: '2024-03-07' };
    expect(baseSourceName(within).name).toBe('Jane Roe, 1 Mar 2024 – 7 Mar 2024');
    const wide = article('x', null, 'Jane Roe', null);
    wide.published = { ...wide.published, earliest: '2016-01-01', latest: '2030-12-31' };
    expect(baseSourceName(wide).name).toBe('Jane Roe, undated');
  });

  it('uses the publisher when the text states one', () => {
    expect(baseSourceName(article('a', 'The Harbour Gazette', 'Jane Roe', '2024-03-04'))).toEqual({
      name: 'The Harbour Gazette',
      hasDate: false,
    });
  });

  it('otherwise uses the author and the date', () => {
    expect(baseSourceName(article('a', null, 'Jane Roe', '2024-03-04'))).toEqual({
      name: 'Jane Roe, 4 Mar 2024',
      hasDate: true,
    });
  });

  it('otherwise says “Unnamed outlet” with the date, or “undated”', () => {
    expect(baseSourceName(article('a', null, null, '2024-03-04')).name).toBe('Unnamed outlet, 4 Mar 2024');
    expect(baseSourceName(article('a', null, null, null)).name).toBe('Unnamed outlet, undated');
  });

  it('adds the article’s number in reading order only when two fallback names would clash', () => {
    const names = sourceNames([
      article('b', null, null, '2024-03-04'),
      article('a', null, null, '2024-03-04'),
      article('c', null, null, '2024-03-05'),
      article('d', 'The Harbour Gazette', null, '2024-03-01'),
      article('e', 'The Harbour Gazette', null, '2024-03-02'),
    ]);
    expect(names.get('a')!.sourceName).toBe('Unnamed outlet, 4 Mar 2024 (article 3)');
    expect(names.get('b')!.sourceName).toBe('Unnamed outlet, 4 Mar 2024 (article 4)');
    expect(names.get('c')!.sourceName).toBe('Unnamed outlet, 5 Mar 2024');
    // One outlet is one name, whatever the number of its articles.
    expect(names.get('d')!.sourceName).toBe('The Harbour Gazette');
    expect(names.get('e')!.sourceName).toBe('The Harbour Gazette');
  });

  it('names the seeds without cutting a headline', () => {
    const names = [...sourceNames(seedCorpus().articles).values()].map((a) => a.sourceName);
    expect(names).toEqual([
      'Unnamed outlet, 11 Dec 2023',
      'Salman Akhtar, 31 Dec 2023',
      'Unnamed outlet, 31 Dec 2023 – 6 Jan 2024',
      'Unnamed outlet, 8 Dec 2023 – 14 Dec 2023',
      'The Wall Street Herald',
    ]);
  });
});
