/** The map: thinned paths, escaped names, and the regional map's skipping of countries outside its view. */
import { geoBounds, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { inMercatorView, mapProjection, renderMap, thin } from '../../../../src/site/svg/map.ts';
import { xmlProblems } from '../../../xml.ts';

describe('path thinning', () => {
  it('drops points a few units from the last kept one, keeping each ring’s ends and closure', () => {
    expect(thin('M0,0L1,0L2,0L10,0L10,10L0,10Z')).toBe('M0,0L10,0L10,10L0,10Z');
    expect(thin('M0,0L1,1L0,1Z')).toBe('');
  });
});

describe('seed text inside the map', () => {
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
          events: ['e1'],
        },
      ],
      { idPrefix: 't', title: 'A <map> & more' },
    );
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('<text x=');
    expect(svg).toContain('Trinidad &amp; Tobago</text>');
    expect(svg).toContain('A &lt;map&gt; &amp; more');
  });
});

/** A fixed pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

// Skipping the countries outside the view must draw what projecting every country draws.
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
