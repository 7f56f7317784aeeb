/**
 * The world's countries and land from world-atlas, each country's extent, and
 * the frames maps are drawn in: where a place's country lies, and whether a
 * place falls inside a frame.
 */
import { geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import land110m from 'world-atlas/land-110m.json' with { type: 'json' };
import type { Place } from '../../engine/schema/places.ts';

// world-atlas features carry the ISO 3166-1 numeric code as their id and Natural Earth's short name.
export type CountryProps = { name: string };
const world = countries110m as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
export const COUNTRIES = feature(world, world.objects.countries) as FeatureCollection<Geometry, CountryProps>;
const landTopology = land110m as unknown as Topology<{ land: GeometryCollection }>;
// One outline for all land: the wide map draws it instead of every border, which keeps the page small.
export const LAND = feature(landTopology, landTopology.objects.land) as FeatureCollection;
// Each country's extent, [[west, south], [east, north]] (west > east across the antimeridian), found once: the
// regional map skips the countries wholly outside its view instead of projecting and clipping all of them.
export const COUNTRY_BOUNDS = new Map(COUNTRIES.features.map((f) => [f, geoBounds(f)] as const));

/** A country place's outline, found by ISO numeric code or Natural Earth name, with its extent; null for other places. */
function countryFeature(
  p: Pick<Place, 'kind' | 'name' | 'isoNumeric'>,
): { feature: Feature<Geometry, CountryProps>; bounds: [[number, number], [number, number]] } | null {
  if (p.kind !== 'country') return null;
  const f = COUNTRIES.features.find(
    (c) => (p.isoNumeric && String(c.id) === p.isoNumeric) || c.properties.name === p.name,
  );
  return f ? { feature: f, bounds: COUNTRY_BOUNDS.get(f)! } : null;
}

/** A country's outline extent, [[west, south], [east, north]]; null for other places and across the antimeridian (its points are extent enough then). */
export function countryBounds(
  p: Pick<Place, 'kind' | 'name' | 'isoNumeric'>,
): [[number, number], [number, number]] | null {
  const b = countryFeature(p)?.bounds;
  return b && b[0][0] <= b[1][0] ? b : null;
}

/** A country's whole outline extent, for framing it uncut: across the antimeridian, it runs east to 180°. */
export function countryOutlineExtent(
  p: Pick<Place, 'kind' | 'name' | 'isoNumeric'>,
): [[number, number], [number, number]] | null {
  const b = countryFeature(p)?.bounds;
  if (!b) return null;
  const [[w, s], [e, n]] = b;
  return [
    [w, s],
    [w <= e ? e : 180, n],
  ];
}

/** The places' extent with a margin, as [west, south, east, north]. */
export function extentOf(places: readonly Pick<Place, 'lat' | 'lon'>[]): [number, number, number, number] {
  if (!places.length) return [-20, -10, 60, 60];
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const margin = 6;
  return [
    Math.max(-180, Math.min(...lons) - margin),
    Math.max(-85, Math.min(...lats) - margin),
    Math.min(180, Math.max(...lons) + margin),
    Math.min(85, Math.max(...lats) + margin),
  ];
}

/** True when a place lies inside a frame [west, south, east, north]. */
export function inFrame(
  p: Pick<Place, 'lat' | 'lon'>,
  [w, s, e, n]: readonly [number, number, number, number],
): boolean {
  return p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n;
}
