/** The two maps of /people-places/: every place labelled on one of them, the region framed from the places found. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../../../src/engine/compare/analyze.ts';
import { parseGazetteer } from '../../../../src/engine/read/gazetteer.ts';
import { buildCorpus } from '../../../../src/engine/timeline/corpus.ts';
import { placeMaps } from '../../../../src/site/svg/place-maps.ts';
import { readStory, textSeed } from '../../../helpers.ts';
import { xmlProblems } from '../../../xml.ts';
import { fixture, seedAnalysis } from '../../compare/helpers.ts';

const titles = (svg: string, selector: string) =>
  parse(svg)
    .querySelectorAll(selector)
    .map((g) => g.querySelector('title')?.text ?? g.getAttribute('aria-label') ?? '');
const markers = (svg: string) =>
  parse(svg)
    .querySelectorAll('g.map__place title')
    .map((t) => t.text);

describe('the seeds’ maps', () => {
  const analysis = seedAnalysis();
  const maps = placeMaps(analysis);

  it('are well-formed', () => {
    for (const svg of [maps.region, maps.world]) expect(xmlProblems(svg)).toEqual([]);
  });

  it('mark every place where an event happened (named in a sentence that dates one), on one of the two maps', () => {
    const labelled = [...titles(maps.region, 'g.map__place'), ...titles(maps.world, 'g.map__place')].map(
      (t) => t.split(':')[0],
    );
    const withEvents = analysis.places.filter((p) => p.events.length > 0 && p.kind !== 'region').map((p) => p.name);
    expect(labelled.sort()).toEqual(withEvents.sort());
    // Mentions are not counted; events are.
    const bamako = analysis.places.find((p) => p.name === 'Bamako')!;
    expect(titles(maps.region, 'g.map__place').find((t) => t.startsWith('Bamako'))).toBe(
      `Bamako: ${bamako.events.length} events`,
    );
    // A place named only outside the sentences that date events gets no marker.
    expect(analysis.places.some((p) => p.events.length === 0)).toBe(true);
  });

  it('draw no marker for a region (no outline in the data), and link each marker to its list of events', () => {
    expect(markers(maps.region).some((t) => t.startsWith('Sahel'))).toBe(false);
    for (const a of parse(maps.region).querySelectorAll('g.map__place a'))
      expect(a.getAttribute('href')).toMatch(/^#place-[a-z0-9-]+$/);
  });

  it('frame the regional map around the most named country, holding every marked country whole', () => {
    const regional = markers(maps.region).map((t) => t.split(':')[0]);
    expect(regional).toEqual(expect.arrayContaining(['Mali', 'Bamako', 'Timbuktu', 'Gao', 'Niger']));
    expect(regional).not.toContain('France');
    expect(markers(maps.world).map((t) => t.split(':')[0])).toEqual(expect.arrayContaining(['France']));
  });
});

describe('seed text inside the maps', () => {
  const story = { ...readStory(), focus: { start: '2024-01-01', end: '2024-12-31' } };
  const corpus = buildCorpus([textSeed('script.txt', fixture('script.txt'))], story);
  const maps = placeMaps(analyzeCorpus(corpus.articles, corpus.events, parseGazetteer(fixture('places.yaml'))));

  it('is escaped, so a <script> in a seed stays text', () => {
    expect(maps.world).toBe(''); // no place outside the frame is named
    expect(xmlProblems(maps.region)).toEqual([]);
    expect(maps.region).not.toMatch(/<script|<b>/i);
  });
});
