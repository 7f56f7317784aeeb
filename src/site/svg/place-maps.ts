/** The maps of /people-places/: the region the story happens in, and the places named further away. */
import type { Analysis } from '../../engine/schema/compare.ts';
import { regionalFrame } from './map-frame.ts';
import { countryBounds, inFrame, renderMap } from './map.ts';

/** The whole world, for a story whose places give no region. */
const WORLD: [number, number, number, number] = [-180, -60, 180, 80];

/** Both maps as SVG markup (every text escaped); `world` is empty when every place fits the regional map. */
export function placeMaps(analysis: Pick<Analysis, 'places' | 'mapFrame'>): { region: string; world: string } {
  const frame = analysis.mapFrame ?? regionalFrame(analysis.places, countryBounds) ?? WORLD;
  const inside = analysis.places.filter((p) => inFrame(p, frame));
  const outside = analysis.places.filter((p) => !inFrame(p, frame));
  return {
    region: renderMap(inside, {
      idPrefix: 'map-region',
      title: `Places named in the articles: the region (${inside.length} places)`,
      frame,
    }),
    world: outside.length
      ? renderMap(outside, {
          idPrefix: 'map-world',
          title: `Places named further away (${outside.length} places); the outlined box is the regional map`,
          outline: frame,
          width: 400,
          height: 240,
          minStep: 6,
        })
      : '',
  };
}
