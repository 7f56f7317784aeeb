/** The timeline chart: a labelled link per event, sized for a phone, seed text escaped. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../src/engine/timeline/corpus.ts';
import { renderTimelineChart } from '../../../../src/site/svg/timeline-chart.ts';
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
