/** The timeline chart: a labelled link per event, sized for a phone, seed text escaped. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../src/engine/timeline/corpus.ts';
import {
  renderTimelineChart,
  shortName,
  SHORT_NAME_CHARS,
  warpedAxis,
  WIDE_CHART,
} from '../../../../src/site/svg/timeline-chart.ts';
import { readStory, seedCorpus, textSeed } from '../../../helpers.ts';
import { xmlProblems } from '../../../xml.ts';
import { fixture } from '../../compare/helpers.ts';

describe('the seeds’ timeline chart', () => {
  const { events } = seedCorpus();
  const chart = renderTimelineChart(events, readStory().focus);

  it('is well-formed', () => {
    expect(xmlProblems(chart)).toEqual([]);
  });

  it('give every event a labelled link to its entry on the timeline', () => {
    const root = parse(chart);
    const links = root.querySelectorAll('a');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(events.map((e) => `#${e.id}`).sort());
    for (const a of links) {
      const name = a.getAttribute('aria-label')!;
      expect(name).toMatch(/^[^:]+, \d+ sources?(?: \((?:planned|deadline|status)\))?: /);
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

describe('the wide chart and its axis', () => {
  const { events } = seedCorpus();
  const chart = renderTimelineChart(events, readStory().focus, { layout: WIDE_CHART });

  it('writes each event’s short name, cut at a word with an ellipsis, outside the link', () => {
    const root = parse(chart);
    const names = root.querySelectorAll('.tl-chart__name').map((t) => t.text);
    expect(names).toHaveLength(events.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(SHORT_NAME_CHARS + 1);
    expect(root.querySelectorAll('a .tl-chart__name')).toHaveLength(0);
    expect(shortName('The river authority opened all four spillway gates on Tuesday', 30)).toBe(
      'The river authority opened all…',
    );
  });

  it('gives every stretch between two start dates at least the minimum step, and the rest in proportion to time', () => {
    const x = warpedAxis([0, 1, 2, 100], 0, 100, 10);
    expect(x(1) - x(0)).toBeGreaterThanOrEqual(10);
    expect(x(2) - x(1)).toBeGreaterThanOrEqual(10);
    expect(x(100) - x(2)).toBeGreaterThan(60);
    expect(x(100)).toBe(100);
  });

  it('draws a diamond for what was planned, due or a state, and a circle for what happened', () => {
    const root = parse(chart);
    for (const e of events) {
      const link = root.querySelectorAll('a').find((a) => a.getAttribute('href') === `#${e.id}`)!;
      expect(link.querySelector(e.kind === 'happened' ? 'circle' : 'path'), e.id).not.toBeNull();
    }
  });
});

describe('seed text inside the chart', () => {
  const story = { ...readStory(), focus: { start: '2024-01-01', end: '2024-12-31' } };
  const corpus = buildCorpus([textSeed('script.txt', fixture('script.txt'))], story);
  const chart = renderTimelineChart(corpus.events, story.focus);

  it('is escaped, so a <script> in a seed stays text', () => {
    expect(corpus.events.some((e) => e.label.includes('<script>'))).toBe(true);
    expect(xmlProblems(chart)).toEqual([]);
    expect(chart).not.toMatch(/<script|<b>/i);
    expect(chart).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends');
  });

  it('render an empty timeline without failing', () => {
    expect(xmlProblems(renderTimelineChart([], story.focus))).toEqual([]);
  });
});
