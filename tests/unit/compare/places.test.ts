/** Places from the datasets: folded names, ambiguity, the regional frame, and a town no story data mentions. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../../src/engine/compare/analyze.ts';
import { parseGazetteer } from '../../../src/engine/read/gazetteer';
import { countriesFrom, fold, indexPlaces, loadPlaceDataset } from '../../../src/engine/compare/place-data';
import { resolvePlaces } from '../../../src/engine/compare/places';
import { buildCorpus } from '../../../src/engine/timeline/corpus';
import { readStory, textSeed } from '../../helpers';
import { fixture, seedAnalysis, seedGazetteer } from './helpers';
import { placeMaps } from '../../../src/site/svg/place-maps';

const story = { ...readStory(), focus: { start: '2024-01-01', end: '2024-12-31' } };
const analyse = (file: string, gazetteer = seedGazetteer()) => {
  const corpus = buildCorpus([textSeed(file, fixture(file))], story);
  return analyzeCorpus(corpus.articles, corpus.events, gazetteer);
};
const markers = (svg: string) =>
  parse(svg)
    .querySelectorAll('g.map__place title')
    .map((t) => t.text);

describe('folding names', () => {
  it('drops diacritics and case, and unifies apostrophes', () => {
    expect(fold('Sévaré')).toBe(fold('Sevare'));
    expect(fold('Côte d’Ivoire')).toBe("cote d'ivoire");
  });

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

describe('country data', () => {
  it('gives each country its demonyms, and a demonym two countries share to neither', () => {
    const countries = countriesFrom([
      {
        name: { common: 'Portland', official: 'Republic of Portland' },
        cca2: 'PL',
        ccn3: '001',
        altSpellings: ['PL'],
        latlng: [1, 1],
        demonyms: { eng: { m: 'Portlander', f: 'Portlander' } },
      },
      {
        name: { common: 'North Congo', official: 'North Congo' },
        cca2: 'NC',
        ccn3: '002',
        altSpellings: [],
        latlng: [2, 2],
        demonyms: { eng: { m: 'Congolese', f: 'Congolese' } },
      },
      {
        name: { common: 'South Congo', official: 'South Congo' },
        cca2: 'SC',
        ccn3: '003',
        altSpellings: [],
        latlng: [3, 3],
        demonyms: { eng: { m: 'Congolese', f: 'Congolese' } },
      },
    ] as never);
    expect(countries[0]!.aliases).toEqual(['Republic of Portland', 'Portlander', 'Portlanders']);
    expect(countries[1]!.aliases).toEqual([]);
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
    expect(markers(placeMaps(analysis).region)).toContain('Ténenkou: 2 mentions in 1 article');
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
