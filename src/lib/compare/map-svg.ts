/**
 * The map of places, as SVG markup built at build time: country shapes from
 * world-atlas (Natural Earth, 1:110m) projected with d3-geo, a marker for every
 * place the articles name, sized by mentions. Every text is escaped.
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import land110m from 'world-atlas/land-110m.json';
import type { Place } from './schema';
import { escapeXml } from './xml';

/** A place to draw, with how often the articles name it. */
export interface MappedPlace extends Place {
  /** Mentions across all articles. */
  mentions: number;
  /** Number of articles naming it. */
  articles: number;
}

/** Options for one map. */
export interface MapOptions {
  /** Prefix for the ids inside the SVG, unique on the page. */
  idPrefix: string;
  /** The map's title. */
  title: string;
  /** The extent to show, [west, south, east, north]; by default the places' own extent. */
  frame?: readonly [number, number, number, number];
  /** A rectangle to outline (the regional map's frame, on the wider map). */
  outline?: readonly [number, number, number, number];
  /** Width and height of the view box. */
  width?: number;
  height?: number;
}

type CountryProps = { name: string };
const world = countries110m as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
const COUNTRIES = feature(world, world.objects.countries) as FeatureCollection<Geometry, CountryProps>;
const landTopology = land110m as unknown as Topology<{ land: GeometryCollection }>;
// One outline for all land: the wide map draws it instead of every border, which keeps the page small.
const LAND = feature(landTopology, landTopology.objects.land) as FeatureCollection;

const box = ([w, s, e, n]: readonly [number, number, number, number]): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  // Counter-clockwise in d3's spherical sense is the small polygon: walk south edge east, north edge west.
  geometry: { type: 'Polygon', coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] },
});

const round1 = (x: number) => Math.round(x * 10) / 10;
const MIN_AREA = 6;
const MIN_STEP = 5;

/** Draws the places on a map; each place is a group with a `<title>` and a visible label. */
export function renderMap(places: readonly MappedPlace[], options: MapOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  const pad = 24;
  const frame = options.frame ?? extentOf(places);
  const projection: GeoProjection = (options.frame ? geoMercator() : geoEqualEarth())
    .fitExtent([[pad, pad], [width - pad, height - pad]], box(frame))
    .clipExtent([[0, 0], [width, height]]);
  // Whole view-box units (a 640-unit-wide map) are as fine as a 110m atlas is; more digits only add bytes.
  const projected = geoPath(projection).digits(0);
  // Islands smaller than a few square units are invisible at this size; leaving them out keeps the page small.
  const path = (f: Feature | FeatureCollection): string | null => {
    const parts = (f.type === 'FeatureCollection' ? f.features : [f]).flatMap((x) =>
      x.geometry.type === 'MultiPolygon' ? x.geometry.coordinates.map((coordinates): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } })) : [x],
    );
    const kept = parts.filter((x) => projected.area(x) >= MIN_AREA).map((x) => thin(projected(x) ?? '')).join('');
    return kept || null;
  };
  const named = new Set(places.filter((p) => p.kind === 'country').map((p) => p.name));
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const maxMentions = Math.max(1, ...places.map((p) => p.mentions));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="map" role="group" aria-labelledby="${titleId}" aria-describedby="${descId}">`);
  out.push(`<title id="${titleId}">${escapeXml(options.title)}</title>`);
  // Each place carries its own <title>; the page's table gives the same counts as text.
  out.push(`<desc id="${descId}">${escapeXml(`${places.length} places, each marked and labelled, sized by how often the articles name it: ${places.map((p) => p.name).join(', ')}.`)}</desc>`);
  out.push(`<rect class="map__sea" x="0" y="0" width="${width}" height="${height}"/>`);
  out.push('<g class="map__land" aria-hidden="true">');
  if (options.frame) {
    for (const f of COUNTRIES.features) {
      const d = path(f);
      if (d) out.push(`<path d="${d}" class="${named.has(f.properties.name) ? 'map__country map__country--named' : 'map__country'}"/>`);
    }
  } else {
    const land = path(LAND);
    if (land) out.push(`<path d="${land}" class="map__country"/>`);
    for (const f of COUNTRIES.features.filter((c) => named.has(c.properties.name))) {
      const d = path(f);
      if (d) out.push(`<path d="${d}" class="map__country map__country--named"/>`);
    }
  }
  out.push('</g>');
  if (options.outline) {
    const d = path(box(options.outline));
    if (d) out.push(`<path d="${d}" class="map__outline" aria-hidden="true"/>`);
  }
  // Larger markers first, so small ones stay visible on top. Labels go right of
  // their marker, else left, below or above: the first spot that overlaps no label or marker drawn so far.
  const ordered = [...places].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const taken: Array<[number, number, number, number]> = [];
  const points = ordered.map((p) => ({ p, xy: projection([p.lon, p.lat]) })).filter((q): q is { p: MappedPlace; xy: [number, number] } => q.xy !== null);
  const radius = (p: MappedPlace) => round1(3 + 9 * Math.sqrt(p.mentions / maxMentions));
  for (const { p, xy } of points) taken.push([xy[0] - radius(p), xy[1] - radius(p), xy[0] + radius(p), xy[1] + radius(p)]);
  for (const { p, xy } of points) {
    const [x, y] = xy.map(round1) as [number, number];
    const r = radius(p);
    const w = p.name.length * 6.6;
    const spots: Array<{ tx: number; ty: number; end: boolean; box: [number, number, number, number] }> = [
      { tx: x + r + 3, ty: y + 4, end: false, box: [x + r + 3, y - 8, x + r + 3 + w, y + 5] },
      { tx: x - r - 3, ty: y + 4, end: true, box: [x - r - 3 - w, y - 8, x - r - 3, y + 5] },
      { tx: x - w / 2, ty: y + r + 13, end: false, box: [x - w / 2, y + r + 2, x + w / 2, y + r + 15] },
      { tx: x - w / 2, ty: y - r - 4, end: false, box: [x - w / 2, y - r - 15, x + w / 2, y - r - 2] },
    ];
    const fits = (b: [number, number, number, number]) => b[0] >= 0 && b[2] <= width && !taken.some((t) => !(b[2] <= t[0] || b[0] >= t[2] || b[3] <= t[1] || b[1] >= t[3]));
    const spot = spots.find((sp) => fits(sp.box)) ?? spots[x > width - 110 ? 1 : 0]!;
    taken.push(spot.box);
    out.push(`<g class="map__place map__place--${p.kind}"><title>${escapeXml(`${p.name}: ${mentionText(p)}`)}</title>`);
    out.push(`<circle cx="${x}" cy="${y}" r="${r}"/>`);
    out.push(`<text x="${round1(spot.tx)}" y="${round1(spot.ty)}"${spot.end ? ' text-anchor="end"' : ''}>${escapeXml(p.name)}</text></g>`);
  }
  out.push('</svg>');
  return out.join('');
}

/** Drops path points closer than MIN_STEP units to the last one kept in their ring: a crude simplification, invisible at this scale, that halves the bytes. */
export function thin(d: string): string {
  return d.replace(/M[^MZ]+Z?/g, (ring) => {
    const points = [...ring.matchAll(/[ML](-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const kept: Array<readonly [number, number]> = [];
    points.forEach((p, i) => {
      const last = kept.at(-1);
      if (!last || i === points.length - 1 || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= MIN_STEP) kept.push(p);
    });
    return kept.length < 3 ? '' : `M${kept.map((p) => `${p[0]},${p[1]}`).join('L')}${ring.endsWith('Z') ? 'Z' : ''}`;
  });
}

function mentionText(p: MappedPlace): string {
  return `${p.mentions} ${p.mentions === 1 ? 'mention' : 'mentions'} in ${p.articles} ${p.articles === 1 ? 'article' : 'articles'}`;
}

/** The places' extent with a margin, as [west, south, east, north]. */
export function extentOf(places: readonly Pick<Place, 'lat' | 'lon'>[]): [number, number, number, number] {
  if (!places.length) return [-20, -10, 60, 60];
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const margin = 6;
  return [Math.max(-180, Math.min(...lons) - margin), Math.max(-85, Math.min(...lats) - margin), Math.min(180, Math.max(...lons) + margin), Math.min(85, Math.max(...lats) + margin)];
}

/** True when a place lies inside a frame [west, south, east, north]. */
export function inFrame(p: Pick<Place, 'lat' | 'lon'>, [w, s, e, n]: readonly [number, number, number, number]): boolean {
  return p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n;
}
