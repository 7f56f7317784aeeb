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

  it('frame the regional map around the most named country and its neighbours, from the places found', () => {
    const regional = markers(placeMaps(analysis).region).map((t) => t.split(':')[0]);
    expect(regional).toEqual(
      expect.arrayContaining(['Mali', 'Bamako', 'Timbuktu', 'Gao', 'Niger', 'Senegal', 'Togo', 'Sahel']),
    );
    expect(regional).not.toContain('France');
    expect(markers(placeMaps(analysis).world).map((t) => t.split(':')[0])).toEqual(
      expect.arrayContaining(['France', 'Moscow', 'Lebanon', 'Bangladesh']),
    );
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
