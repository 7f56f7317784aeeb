/** The regional map's extent: the home country in full and the places near it, not those far away. */
import { describe, expect, it } from 'vitest';
import type { MappedPlace } from '../../../../src/engine/schema/places.ts';
import { distanceKm, regionalFrame } from '../../../../src/site/svg/map-frame.ts';

const place = (name: string, kind: MappedPlace['kind'], lat: number, lon: number, mentions: number): MappedPlace => ({
  name,
  aliases: [],
  lat,
  lon,
  kind,
  source: 'dataset',
  mentions,
  articles: 1,
  events: [],
});

describe('regionalFrame', () => {
  it('frames the most named country’s outline and the places within reach, with a margin', () => {
    const places = [
      place('Mali', 'country', 17, -4, 5),
      place('Bamako', 'city', 12.65, -8, 3),
      place('Paris', 'city', 48.85, 2.35, 1),
    ];
    expect(
      regionalFrame(places, (p) =>
        p.name === 'Mali'
          ? [
              [-12.2, 10.1],
              [4.3, 25],
            ]
          : null,
      ),
    ).toEqual([-14.2, 8.1, 6.3, 27]);
  });

  it('has no frame without places', () => {
    expect(regionalFrame([], () => null)).toBeNull();
  });
});

describe('distanceKm', () => {
  it('measures along the sphere: Bamako to Gao is a little under a thousand kilometres', () => {
    expect(Math.round(distanceKm({ lat: 12.65, lon: -8 }, { lat: 16.27, lon: -0.04 }))).toBe(947);
  });
});
