/** The maps of /people-places/: where the story's events happened, in the region and further away. */
import type { Analysis } from '../../engine/schema/compare.ts';
import type { MappedPlace } from '../../engine/schema/places.ts';
import { regionalFrame } from './map-frame.ts';
import { countryBounds, countryOutlineExtent, inFrame } from './countries.ts';
import { renderMap } from './map.ts';

/** The whole world, for a story whose places give no region. */
const WORLD: [number, number, number, number] = [-180, -60, 180, 80];

/** A place's anchor in the page's list of places and their events. */
export const placeAnchor = (p: Pick<MappedPlace, 'name'>) =>
  `place-${p.name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}`;

/** Places that get a marker: a named point (not a region, which has no outline in the data) where an event happened. */
export function markedPlaces(places: readonly MappedPlace[]): MappedPlace[] {
  return places.filter((p) => p.events.length > 0 && p.kind !== 'region');
}

/** Widens a frame to hold the whole outline of every country marked in it, so none is cut at the edge. */
function holdCountries(
  frame: [number, number, number, number],
  places: readonly MappedPlace[],
): [number, number, number, number] {
  const [w, s, e, n] = frame;
  const bounds = places.map(countryOutlineExtent).filter((b) => b !== null);
  return [
    Math.max(-180, Math.min(w, ...bounds.map((b) => b[0][0] - 1))),
    Math.max(-80, Math.min(s, ...bounds.map((b) => b[0][1] - 1))),
    Math.min(180, Math.max(e, ...bounds.map((b) => b[1][0] + 1))),
    Math.min(84, Math.max(n, ...bounds.map((b) => b[1][1] + 1))),
  ];
}

/** Both maps as SVG markup (every text escaped); `world` is empty when every marked place fits the regional map. */
export function placeMaps(
  analysis: Pick<Analysis, 'places' | 'mapFrame'>,
  describe: (p: MappedPlace) => string = (p) => `${p.events.length} ${p.events.length === 1 ? 'event' : 'events'}`,
): { region: string; world: string } {
  const marked = markedPlaces(analysis.places);
  const found = analysis.mapFrame ?? regionalFrame(marked, countryBounds) ?? WORLD;
  const inside = marked.filter((p) => inFrame(p, found));
  const frame = holdCountries(found, inside);
  const outside = marked.filter((p) => !inFrame(p, frame));
  const href = (p: MappedPlace) => `#${placeAnchor(p)}`;
  return {
    region: renderMap(inside, {
      idPrefix: 'map-region',
      title: `Where the events happened: the region (${inside.length} places)`,
      frame,
      href,
      describe,
    }),
    world: outside.length
      ? renderMap(outside, {
          idPrefix: 'map-world',
          title: `Where the events happened further away (${outside.length} places); the outlined box is the regional map`,
          outline: frame,
          width: 400,
          height: 240,
          minStep: 6,
          href,
          describe,
          // Every country marked here, whole: the frame holds their outlines as well as their markers.
          frame: holdCountries(worldExtent(outside, frame), outside),
          regional: false,
        })
      : '',
  };
}

/** The wide map's extent: its places and the regional box, with a margin. */
function worldExtent(
  places: readonly MappedPlace[],
  box: readonly [number, number, number, number],
): [number, number, number, number] {
  const lons = [...places.map((p) => p.lon), box[0], box[2]];
  const lats = [...places.map((p) => p.lat), box[1], box[3]];
  return [
    Math.max(-180, Math.min(...lons) - 8),
    Math.max(-60, Math.min(...lats) - 8),
    Math.min(180, Math.max(...lons) + 8),
    Math.min(80, Math.max(...lats) + 8),
  ];
}
