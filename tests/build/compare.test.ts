/**
 * The comparison pages and exports as built: the discrepancies on /compare/,
 * the matrix, the ledger, the maps, the chart on the timeline, shared
 * reporting on article pages; SVGs well-formed and no script anywhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, Coverage, Entity, FigureGroup, QuoteEntry } from '../../src/engine/schema/compare.ts';
import type { OriginFamily, OriginThresholds, SimilarityPair } from '../../src/engine/schema/origin.ts';
import type { Article } from '../../src/engine/schema/article.ts';
import type { TimelineEvent } from '../../src/engine/schema/timeline.ts';
import { xmlProblems } from '../xml.ts';
import { htmlPages, readJson, requireDist } from './dist.ts';

beforeAll(requireDist);

const page = (url: string) => {
  const p = htmlPages().find((x) => x.url === url);
  if (!p) throw new Error(`no page at ${url}`);
  return p;
};
const articles = () => readJson<{ articles: Article[] }>('articles.json').articles;
const slugOf = (prefix: string) => articles().find((a) => a.seedFile.startsWith(prefix))!.slug;

describe('/figures.json and the other exports', () => {
  it('figures.json holds the figure groups, name spellings and event dates', () => {
    const { figures, names, eventDates } = readJson<Pick<Analysis, 'figures' | 'names' | 'eventDates'>>('figures.json');
    const killed = figures.find((g: FigureGroup) => g.id === 'personnel-killed')!;
    expect(killed.differs).toBe(true);
    expect(killed.variants.map((v) => v.value)).toEqual([180, 310, 311]);
    expect(figures.find((g) => g.id === 'personnel-strength')!.variants.map((v) => v.value)).toEqual([
      12000, 13800, 15000,
    ]);
    expect(names.map((n) => n.spellings.map((s) => s.name))).toEqual([['El-Ghassim Wane', 'El-Ghassum Wane']]);
    // The mission's end on 11 and on 31 December is no longer a difference: two days of one process are not a
    // conflict when the earlier report predates the later day (the engine's rule since 2ac9396).
    expect(eventDates.map((d) => d.claims.map((c) => c.start))).toEqual([['2023-06-01', '2023-06-01']]);
  });

  it('similarity.json, quotes.json, entities.json and coverage.json are written', () => {
    const { pairs, thresholds, families } = readJson<{
      pairs: SimilarityPair[];
      thresholds: OriginThresholds;
      families: OriginFamily[];
    }>('similarity.json');
    expect(pairs).toHaveLength(10);
    expect(thresholds.copy).toBeGreaterThan(thresholds.margin - 1e-9);
    expect(thresholds.align).toBeGreaterThan(thresholds.margin - 1e-9);
    // No two seeds share sentences: 000 tells the AFP report's facts (004) in its own words, so two origins.
    expect(families).toEqual([]);
    const afp = pairs.find((p) => [p.a, p.b].sort().join() === [slugOf('000'), slugOf('004')].sort().join())!;
    expect(afp.kind).toBeNull();
    expect(afp.sharedFacts).toEqual(expect.arrayContaining(['10,500', '13,800']));
    const { quotes } = readJson<{ quotes: QuoteEntry[] }>('quotes.json');
    expect(quotes.map((q) => q.type)).toEqual(expect.arrayContaining(['direct', 'reported']));
    expect(quotes.every((q) => q.speaker === null || !/\bAFP\b/.test(q.speaker))).toBe(true);
    expect(readJson<{ entities: Entity[] }>('entities.json').entities.some((e) => e.kind === 'place')).toBe(true);
    const { coverage } = readJson<{ coverage: Coverage }>('coverage.json');
    expect(coverage.rows).toHaveLength(readJson<{ events: TimelineEvent[] }>('timeline.json').events.length);
  });
});

describe('/compare/', () => {
  it('shows where sources differ: the death toll, the personnel count, names and dates', () => {
    const { root } = page('/compare/');
    const captions = root.querySelectorAll('.figures-table caption').map((c) => c.text);
    expect(captions).toEqual([
      'Personnel killed: 180 · 310 · 311',
      'Personnel deployed or held: 12,000 · 13,800 · 15,000',
    ]);
    const wordings = root.querySelectorAll('.figures-table q').map((q) => q.text);
    expect(wordings).toEqual(
      expect.arrayContaining([
        'about 180 peacekeeping personnel lost their lives in hostile acts',
        '311 personnel who lost their lives',
        '12,000 peacemakers',
        'in hostile acts',
        'during its tenure',
      ]),
    );
    expect(root.querySelector('.name-variants')!.text).toContain('El-Ghassum Wane');
    expect(root.querySelectorAll('.date-diffs > li')).toHaveLength(1);
    expect(root.querySelectorAll('.families > li')).toHaveLength(0);
    expect(root.text).toContain('No two articles carry the same report.');
    expect(root.text).toContain('Sharing the story’s facts (figures, names, dates) is not enough');
  });

  it('wraps every table in a focusable, named, scrollable region with a caption and column headers', () => {
    for (const url of ['/compare/', '/coverage/', '/people-places/']) {
      const { root } = page(url);
      for (const table of root.querySelectorAll('table')) {
        const region = table.parentNode!;
        // A <section> with an accessible name is a region landmark.
        expect(region.tagName).toBe('SECTION');
        expect(region.getAttribute('tabindex')).toBe('0');
        expect(region.getAttribute('aria-labelledby')).toBe(table.querySelector('caption')!.id);
        expect(table.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThan(1);
      }
    }
  });
});

describe('other comparison pages', () => {
  it('/coverage/ has one row per event and one column per article', () => {
    const { root } = page('/coverage/');
    const { events } = readJson<{ events: TimelineEvent[] }>('timeline.json');
    expect(root.querySelectorAll('.matrix tbody tr')).toHaveLength(events.length);
    expect(root.querySelectorAll('.matrix thead th.matrix__col')).toHaveLength(5);
  });

  it('/quotes/ lists each quotation and reported statement with its speaker, or says it is not stated', () => {
    const { root } = page('/quotes/');
    const { quotes } = readJson<{ quotes: QuoteEntry[] }>('quotes.json');
    expect(root.querySelectorAll('.ledger__entry')).toHaveLength(quotes.length);
    expect(root.text).toContain('there was a gap between what we were mandated to do and we were able to do');
    const unstated = quotes.filter((q) => q.speaker === null).length;
    expect(root.text.split('speaker not stated').length - 1).toBe(unstated);
  });

  it('/people-places/ has the maps, a marker for each place where an event happened, and what happened there', () => {
    const { root } = page('/people-places/');
    const svgs = root.querySelectorAll('svg');
    expect(svgs).toHaveLength(2);
    const labelled = svgs.flatMap((s) => s.querySelectorAll('g.map__place title').map((t) => t.text.split(':')[0]));
    expect(labelled).toEqual(expect.arrayContaining(['Bamako', 'Gao', 'Timbuktu', 'Mopti', 'France']));
    // Each marker links to its place's list of events, dated and linked to the timeline.
    for (const a of root.querySelectorAll('g.map__place a')) {
      const item = root.querySelector(a.getAttribute('href')!)!;
      expect(item.querySelectorAll('.where__events li time').length).toBeGreaterThan(0);
      expect(item.querySelectorAll('.where__events a[href^="/#"]').length).toBeGreaterThan(0);
    }
    // The Sahel, a region, is listed without a marker.
    expect(labelled).not.toContain('Sahel');
    expect(root.querySelector('#place-sahel')?.text).toContain('a region');
  });
});

describe('timeline and article pages', () => {
  it('the timeline page has the chart, one labelled link per event', () => {
    const { root } = page('/');
    // The phone's chart; the wide one draws the same links.
    const links = root.querySelector('svg.tl-chart')!.querySelectorAll('a');
    expect(root.querySelectorAll('svg.tl-chart--wide a')).toHaveLength(links.length);
    const { events } = readJson<{ events: TimelineEvent[] }>('timeline.json');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(events.map((e) => `#${e.id}`).sort());
    expect(links.every((a) => (a.getAttribute('aria-label') ?? '').length > 0)).toBe(true);
  });

  it('shows no same-report block where no family was found', () => {
    for (const prefix of ['000', '001', '004'])
      expect(page(`/articles/${slugOf(prefix)}/`).root.querySelector('.same-report')).toBeNull();
  });
});

describe('every page', () => {
  it('has well-formed inline SVGs and no script but JSON-LD data (search loads its own on /search/)', () => {
    for (const p of htmlPages()) {
      const scripts = p.root
        .querySelectorAll('script')
        .filter((el) => el.getAttribute('type') !== 'application/ld+json');
      if (p.url !== '/search/')
        expect(
          scripts.map((el) => el.toString()),
          `${p.url} has a script`,
        ).toEqual([]);
      for (const svg of p.html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) expect(xmlProblems(svg), p.url).toEqual([]);
    }
  });

  it('links the comparison pages from the header', () => {
    const nav = page('/')
      .root.querySelectorAll('header nav a')
      .map((a) => a.getAttribute('href'));
    expect(nav).toEqual(expect.arrayContaining(['/compare/', '/coverage/', '/quotes/', '/people-places/']));
  });
});
