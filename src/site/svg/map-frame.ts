/** The regional map's extent: what part of the world the first map of /people-places/ shows. */
import type { MappedPlace, Place } from '../../engine/schema/places.ts';
import { round1 } from './numbers.ts';

/** Kilometres between two points on the sphere. */
export function distanceKm(a: Pick<Place, 'lat' | 'lon'>, b: Pick<Place, 'lat' | 'lon'>): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** How far from the story's home country a place may be and still go on the regional map. */
export const REGION_KM = 1600;

/**
 * The regional map's extent, from the places found: the story's home country
 * (the country the articles name most) in full, and every place within
 * REGION_KM of it, with a margin. Without a named country, the most named place is home.
 */
export function regionalFrame(
  places: readonly MappedPlace[],
  boundsOf: (p: Place) => [[number, number], [number, number]] | null,
): [number, number, number, number] | null {
  if (!places.length) return null;
  const byMentions = [...places].sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
  const home = byMentions.find((p) => p.kind === 'country') ?? byMentions[0]!;
  const near = places.filter((p) => distanceKm(home, p) <= REGION_KM);
  const bounds = boundsOf(home);
  const lons = [...near.map((p) => p.lon), ...(bounds ? [bounds[0][0], bounds[1][0]] : [])];
  const lats = [...near.map((p) => p.lat), ...(bounds ? [bounds[0][1], bounds[1][1]] : [])];
  const margin = 2;
  // At least 10 degrees each way, so a single town still shows its surroundings.
  const pad = (lo: number, hi: number) => Math.max(margin, (10 - (hi - lo)) / 2);
  const [w, e] = [Math.min(...lons), Math.max(...lons)];
  const [s, n] = [Math.min(...lats), Math.max(...lats)];
  return [
    round1(Math.max(-180, w - pad(w, e))),
    round1(Math.max(-80, s - pad(s, n))),
    round1(Math.min(180, e + pad(w, e))),
    round1(Math.min(84, n + pad(s, n))),
  ];
}
