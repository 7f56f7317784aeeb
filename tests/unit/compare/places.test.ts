/** Places from the datasets: names without accents, ambiguity, overrides, and a town no story data mentions. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../../src/engine/compare/analyze.ts';
import { parseGazetteer } from '../../../src/engine/read/gazetteer.ts';
import { indexPlaces, loadPlaceDataset } from '../../../src/engine/compare/place-data.ts';
import { resolvePlaces } from '../../../src/engine/compare/places.ts';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { readStory, textSeed } from '../../helpers.ts';
import { fixture, seedAnalysis, seedGazetteer } from './helpers.ts';
import { placeMaps } from '../../../src/site/svg/place-maps.ts';

const story = { ...readStory(), focus: { start: '2024-01-01', end: '2024-12-31' } };
const analyse = (file: string, gazetteer = seedGazetteer()) => {
  const corpus = buildCorpus([textSeed(file, fixture(file))], story);
  return analyzeCorpus(corpus.articles, corpus.events, gazetteer);
};
const markers = (svg: string) =>
  parse(svg)
    .querySelectorAll('g.map__place title')
    .map((t) => t.text);

describe('a town written without its accents', () => {
  it('finds a town written without its accents', () => {
    const dataset = indexPlaces(
      [{ name: 'Sévaré', country: 'ML', lat: 14.53, lon: -4.1, population: 40000 }],
      loadPlaceDataset().countries,
    );
    const article = {
      slug: 'a',
      blocks: [
        {
          type: 'paragraph' as const,
          text: 'Buses from Sevare reached the border of Mali on Monday.',
          anchor: 'p-1',
          line: 1,
        },
      ],
    };
    const { places } = resolvePlaces([article], [], dataset);
    expect(places.find((p) => p.name === 'Sévaré')).toMatchObject({
      kind: 'city',
      source: 'dataset',
      aliases: ['Sevare'],
    });
  });
});

describe('a town that no story data names', () => {
  const analysis = analyse('town-in-dataset.txt');

  it('gets a marker from the GeoNames cities, in the country the article names', () => {
    expect(seedGazetteer().places.map((p) => p.name)).not.toContain('Ténenkou');
    const town = analysis.places.find((p) => p.name === 'Ténenkou')!;
    expect(town).toMatchObject({ kind: 'city', country: 'ML', source: 'dataset', mentions: 2, articles: 1 });
    expect(town.lat).toBeCloseTo(14.46, 1);
    expect(town.lon).toBeCloseTo(-4.92, 1);
    expect(markers(placeMaps(analysis).region)).toContain('Ténenkou: 2 events');
    expect(analysis.unplacedPlaces).toEqual([]);
  });
});

describe('ambiguous and unknown names', () => {
  const analysis = analyse('ambiguous-towns.txt');

  it('leave a name several countries share unplaced when the article names none of them, with the reason', () => {
    const kayes = analysis.unplacedPlaces.find((u) => u.name === 'Kayes')!;
    expect(kayes.reason).toMatch(
      /places of this name are in 2 countries \(Mali, Republic of the Congo\) and the article names none of them/,
    );
    expect(analysis.places.map((p) => p.name)).not.toContain('Kayes');
  });

  it('list a name used where a place goes that no dataset has', () => {
    expect(analysis.unplacedPlaces.find((u) => u.name === 'Zorbaville')?.reason).toMatch(/not in the GeoNames cities/);
  });

  it('place the name in the country the article names', () => {
    const corpus = buildCorpus(
      [textSeed('kayes.txt', 'date 2024-04-10\nA touring choir sang in Kayes, in western Mali, on Sunday.\n')],
      story,
    );
    const { places, unplacedPlaces } = analyzeCorpus(corpus.articles, corpus.events, seedGazetteer());
    expect(places.find((p) => p.name === 'Kayes')).toMatchObject({ country: 'ML', source: 'dataset' });
    expect(unplacedPlaces).toEqual([]);
  });
});

describe('places.yaml as overrides', () => {
  it('wins over the datasets for the same name', () => {
    const analysis = analyse('town-in-dataset.txt', parseGazetteer(fixture('places-override.yaml')));
    expect(analysis.places.find((p) => p.name === 'Mopti')).toMatchObject({
      lat: 14.5,
      lon: -4.2,
      source: 'places.yaml',
    });
  });

  it('rejects a key it does not know, naming it', () => {
    expect(() => parseGazetteer(fixture('places-unknown-key.yaml'), 'places-unknown-key.yaml')).toThrow(
      /places-unknown-key\.yaml.*zoom/,
    );
  });
});

describe('the seeds’ maps', () => {
  const analysis = seedAnalysis();

  it('place every name from the datasets but the Sahel, which places.yaml adds', () => {
    const bySource = (s: string) =>
      analysis.places
        .filter((p) => p.source === s)
        .map((p) => p.name)
        .sort();
    expect(bySource('places.yaml')).toEqual(['Sahel']);
    expect(bySource('dataset')).toEqual([
      'Bamako',
      'Bangladesh',
      'Burkina Faso',
      'Egypt',
      'France',
      'Gao',
      'Guinea',
      'Lebanon',
      'Mali',
      'Mopti',
      'Moscow',
      'Niger',
      'Pakistan',
      'Russia',
      'Senegal',
      'Timbuktu',
      'Togo',
    ]);
    expect(analysis.unplacedPlaces).toEqual([]);
  });
});
