/**
 * The built site: the timeline with <time datetime>, five article pages,
 * both exports, and citation links that land on real anchors.
 */
import { headline } from '../../src/site/headline.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/engine/schema/article.ts';
import type { TimelineEvent } from '../../src/engine/schema/timeline.ts';
import { htmlPages, readJson, requireDist } from './dist.ts';

beforeAll(requireDist);

const page = (url: string) => {
  const p = htmlPages().find((x) => x.url === url);
  if (!p) throw new Error(`no page at ${url}`);
  return p;
};

describe('exports', () => {
  it('articles.json holds five records with the documented fields', () => {
    const { articles } = readJson<{ articles: Article[] }>('articles.json');
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      for (const key of [
        'slug',
        'seedFile',
        'sha256',
        'title',
        'titleBasis',
        'publisher',
        'author',
        'credits',
        'section',
        'tags',
        'published',
        'language',
        'wordCount',
        'readingMinutes',
        'blocks',
        'removed',
      ]) {
        expect(a, `${a.seedFile} lacks ${key}`).toHaveProperty(key);
      }
    }
  });

  it('timeline.json holds the events with id, start, end, precision, label and sources', () => {
    const { events, focus } = readJson<{ events: TimelineEvent[]; focus: { start: string; end: string } }>(
      'timeline.json',
    );
    expect(focus).toEqual({ start: '2023-06-01', end: '2024-01-31' });
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'start', 'end', 'precision', 'label', 'sources']));
      for (const s of e.sources) expect(Object.keys(s)).toEqual(expect.arrayContaining(['slug', 'quote', 'anchor']));
    }
  });
});

describe('timeline page', () => {
  it('lists every event once, in ordered lists, each with a <time datetime>', () => {
    const { events } = readJson<{ events: TimelineEvent[] }>('timeline.json');
    const { root } = page('/');
    const items = root.querySelectorAll('ol li.event-row');
    expect(items.map((li) => li.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const li of items)
      expect(li.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/);
  });

  it('shows precision in the date text and keeps background apart, in one collapsed block', () => {
    const { root } = page('/');
    const texts = root.querySelectorAll('section li.event-row time').map((t) => t.text);
    expect(texts).toEqual(
      expect.arrayContaining(['June 2023', 'Week of 4 Dec 2023', '31 Dec 2023', 'Summer 2023 (Jun–Aug 2023)']),
    );
    expect(root.querySelectorAll('details.background')).toHaveLength(1);
    expect(
      root.querySelectorAll('details.background li.event-row > details > summary time').map((t) => t.text),
    ).toEqual(['2013', '2015', '2020', '2021']);
  });
});

describe('article pages', () => {
  it('exist for all five articles, with attribution and the original text', () => {
    const { articles } = readJson<{ articles: Article[] }>('articles.json');
    for (const a of articles) {
      const { root } = page(`/articles/${a.slug}/`);
      expect(root.querySelector('h1')!.text.trim()).toBe(headline(a));
      // A derived headline is cut short, at most 73 characters with its ellipsis; the sentence stays in the text.
      if (a.titleBasis === 'derived') {
        expect(headline(a).length).toBeLessThanOrEqual(73);
        expect(root.querySelector('.article-body')!.text.replace(/\s+/g, ' ')).toContain(
          headline(a).replace(/…$/, '').replace(/\s+/g, ' '),
        );
      }
      expect(root.querySelector('.attribution')!.text).toContain(a.publisher ?? 'Publisher not stated');
      expect(root.querySelector('details.original pre')!.text).toBe(a.original);
      expect(root.querySelectorAll('.also a')).toHaveLength(4);
    }
  });

  it('mark derived headlines', () => {
    const { articles } = readJson<{ articles: Article[] }>('articles.json');
    for (const a of articles) {
      const { root } = page(`/articles/${a.slug}/`);
      expect(root.querySelector('.derived-note') !== null).toBe(a.titleBasis === 'derived');
    }
  });

  it('are listed on /articles/, numbered, with the name they are cited by, date and word count', () => {
    const rows = page('/articles/').root.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.querySelectorAll('td')[0]!.text.trim())).toEqual(['1', '2', '3', '4', '5']);
    expect(rows.map((r) => r.querySelectorAll('td')[4]!.text.trim()).every((t) => /^\d+$/.test(t))).toBe(true);
    const names = rows.map((r) => r.querySelectorAll('td')[2]!.text.trim());
    expect(names).toEqual([
      'Unnamed outlet, 11 Dec 2023',
      'Salman Akhtar, 31 Dec 2023',
      'Unnamed outlet, 31 Dec 2023 – 6 Jan 2024',
      'Unnamed outlet, 8 Dec 2023 – 14 Dec 2023',
      'The Wall Street Herald',
    ]);
  });

  it('are named by one rule wherever they are cited, with the full headline in each link’s accessible name', () => {
    const { articles } = readJson<{ articles: Array<{ slug: string; title: string }> }>('articles.json');
    const titles = new Set(articles.map((a) => a.title));
    let checked = 0;
    for (const url of ['/', '/compare/', '/coverage/', '/people-places/']) {
      for (const a of page(url).root.querySelectorAll('a[href^="/articles/"]')) {
        const hidden = a.querySelector('.visually-hidden');
        if (!hidden) continue;
        const visible = a.text.slice(0, a.text.length - hidden.text.length).trim();
        // Only the rule's names: a publisher, “Name, date” or “Unnamed outlet, date (article n)”, or a matrix column A1…
        expect(visible).toMatch(
          /^(?:The Wall Street Herald|Salman Akhtar, 31 Dec 2023|Unnamed outlet, (?:11 Dec 2023|31 Dec 2023 – 6 Jan 2024|8 Dec 2023 – 14 Dec 2023)(?: \(article \d\))?|A\d)$/,
        );
        expect([...titles].some((t) => hidden.text.endsWith(t))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    // No headline cut mid-phrase stands in for a source's name.
    expect(
      page('/')
        .root.querySelectorAll('.summary__cite, .citation__source')
        .map((a) => a.text)
        .join(' '),
    ).not.toContain('…');
  });
});

describe('links', () => {
  it('every citation link resolves to an existing anchor', () => {
    const pages = htmlPages();
    const ids = new Map(pages.map((p) => [p.url, new Set(p.root.querySelectorAll('[id]').map((e) => e.id))]));
    let checked = 0;
    for (const p of pages) {
      for (const a of p.root.querySelectorAll('a[href*="#"]')) {
        const href = a.getAttribute('href')!;
        const [path, hash] = href.split('#');
        const target = path === '' ? p.url : path!;
        expect(ids.has(target), `${p.url}: ${href} points to a missing page`).toBe(true);
        expect(ids.get(target)!.has(decodeURIComponent(hash!)), `${p.url}: ${href} points to a missing anchor`).toBe(
          true,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('what the site says about itself', () => {
  it('names what is written by hand, and claims no more for the footer than the pages do', () => {
    const about = page('/about/').root.querySelector('main')!.text;
    expect(about).not.toContain('Nothing here is written by hand');
    expect(about).toContain('story.yaml');
    expect(about).toContain('places.yaml');
    const footer = page('/').root.querySelector('.site-footer')!.text;
    expect(footer).not.toMatch(/every line/i);
  });

  it('has no date heading that repeats the dates under it, and lists events by start, the coarser window first', () => {
    const { root } = page('/');
    const dates = new Set(root.querySelectorAll('.event-row time').map((t) => t.text.trim().toLowerCase()));
    for (const h of root.querySelectorAll('main h2, main h3, main h4'))
      expect(dates.has(h.text.trim().toLowerCase()), h.text).toBe(false);
    const rank = { year: 0, season: 1, month: 2, week: 3, day: 4 };
    const { events } = readJson<{ events: TimelineEvent[] }>('timeline.json');
    for (const [a, b] of events.slice(1).map((e, i) => [events[i]!, e] as const))
      expect(a.start < b.start || (a.start === b.start && rank[a.precision] <= rank[b.precision]), b.id).toBe(true);
    // The page's rows follow the same order.
    const ids = root.querySelectorAll('section li.event-row').map((li) => li.id);
    const inFocus = events.filter((e) => ids.includes(e.id)).map((e) => e.id);
    expect(ids).toEqual(inFocus);
  });
});
