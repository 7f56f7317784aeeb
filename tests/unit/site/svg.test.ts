/** The map and the timeline chart: well-formed SVG, a label for every place and event, seed text escaped. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { analyzeCorpus } from '../../../src/engine/compare/analyze.ts';
import { parseGazetteer } from '../../../src/engine/read/gazetteer';
import { renderMap, thin } from '../../../src/site/svg/map';
import { placeMaps } from '../../../src/site/svg/place-maps';
import { renderTimelineChart } from '../../../src/site/svg/timeline-chart';
import { escapeXml } from '../../../src/site/svg/xml';
import { buildCorpus } from '../../../src/engine/timeline/corpus';
import { readStory, seedCorpus, textSeed } from '../../helpers';
import { xmlProblems } from '../../xml';
import { fixture, seedAnalysis } from '../compare/helpers';

const titles = (svg: string, selector: string) =>
  parse(svg)
    .querySelectorAll(selector)
    .map((g) => g.querySelector('title')?.text ?? g.getAttribute('aria-label') ?? '');

describe('escapeXml', () => {
  it('escapes markup and ampersands, and both quote kinds', () => {
    expect(escapeXml('<script>alert("x")</script> & \'y\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;',
    );
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c')).toBe('abc');
  });
});

describe('path thinning', () => {
  it('drops points a few units from the last kept one, keeping each ring’s ends and closure', () => {
    expect(thin('M0,0L1,0L2,0L10,0L10,10L0,10Z')).toBe('M0,0L10,0L10,10L0,10Z');
    expect(thin('M0,0L1,1L0,1Z')).toBe('');
  });
});

describe('the seeds’ SVGs', () => {
  const analysis = seedAnalysis();
  const { events } = seedCorpus();
  const maps = placeMaps(analysis);
  const chart = renderTimelineChart(events, readStory().focus);

  it('are well-formed', () => {
    for (const svg of [maps.region, maps.world, chart]) expect(xmlProblems(svg)).toEqual([]);
  });

  it('label every place the articles name, on one of the two maps', () => {
    const labelled = [...titles(maps.region, 'g.map__place'), ...titles(maps.world, 'g.map__place')].map(
      (t) => t.split(':')[0],
    );
    const places = analysis.entities.filter((e) => e.kind === 'place').map((e) => e.name);
    expect(labelled.sort()).toEqual(places.sort());
    expect(titles(maps.region, 'g.map__place').find((t) => t.startsWith('Bamako'))).toBe(
      'Bamako: 6 mentions in 3 articles',
    );
  });

  it('give every event a labelled link to its entry on the timeline', () => {
    const root = parse(chart);
    const links = root.querySelectorAll('a');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(events.map((e) => `#${e.id}`).sort());
    for (const a of links) {
      const name = a.getAttribute('aria-label')!;
      expect(name).toMatch(/^[^:]+, \d+ sources?: /);
      expect(a.querySelector('title')!.text).toBe(name);
      // The accessible name begins with the link's visible text (WCAG 2.5.3, axe's label-content-name-mismatch).
      expect(name.startsWith(`${a.querySelector('text')!.text},`)).toBe(true);
      expect(a.querySelectorAll('text')).toHaveLength(1);
    }
    expect(root.querySelector('svg > title')).not.toBeNull();
    expect(root.querySelector('svg > desc')!.text).toMatch(/focus window/);
    expect(root.querySelectorAll('.tl-chart__focus')).toHaveLength(1);
  });

  it('draw the timeline chart for a phone: 340 units wide, rows tall enough to tap, nothing past the right edge', () => {
    const svg = parse(chart).querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 340 /);
    const hits = svg.querySelectorAll('.tl-chart__hit');
    expect(hits).toHaveLength(events.length);
    for (const h of hits) expect(Number(h.getAttribute('height'))).toBeGreaterThanOrEqual(24);
    for (const t of svg.querySelectorAll('text')) expect(Number(t.getAttribute('x'))).toBeLessThanOrEqual(340);
  });
});

describe('seed text inside SVGs', () => {
  const story = { ...readStory(), focus: { start: '2024-01-01', end: '2024-12-31' } };
  const corpus = buildCorpus([textSeed('script.txt', fixture('script.txt'))], story);
  const analysis = analyzeCorpus(corpus.articles, corpus.events, parseGazetteer(fixture('places.yaml')));
  const maps = placeMaps(analysis);
  const chart = renderTimelineChart(corpus.events, story.focus);

  it('is escaped, so a <script> in a seed stays text', () => {
    expect(corpus.events.some((e) => e.label.includes('<script>'))).toBe(true);
    expect(maps.world).toBe(''); // no place outside the frame is named
    for (const svg of [chart, maps.region]) {
      expect(xmlProblems(svg)).toEqual([]);
      expect(svg).not.toMatch(/<script|<b>/i);
    }
    expect(chart).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends');
  });

  it('escapes place names from the gazetteer too', () => {
    const svg = renderMap(
      [
        {
          name: 'Trinidad & Tobago',
          aliases: [],
          lat: 10.7,
          lon: -61.2,
          kind: 'country',
          source: 'places.yaml',
          mentions: 1,
          articles: 1,
        },
      ],
      { idPrefix: 't', title: 'A <map> & more' },
    );
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('<text x=');
    expect(svg).toContain('Trinidad &amp; Tobago</text>');
    expect(svg).toContain('A &lt;map&gt; &amp; more');
  });

  it('render an empty timeline without failing', () => {
    expect(xmlProblems(renderTimelineChart([], story.focus))).toEqual([]);
  });
});
