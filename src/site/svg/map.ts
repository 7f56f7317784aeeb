/**
 * The map of places, as SVG markup built at build time: country shapes from
 * world-atlas (Natural Earth, 1:110m) projected with d3-geo, and a marker for
 * every place where timeline events happened (a place named in a sentence that
 * dates an event), linking to its list of events. Mentions are not counted.
 * Every text is escaped.
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import type { MappedPlace, Place } from '../../engine/schema/places.ts';
import { COUNTRIES, COUNTRY_BOUNDS, extentOf, LAND, type CountryProps } from './countries.ts';
import { round1 } from './numbers.ts';
import { escapeXml } from './xml.ts';

export type { MappedPlace } from '../../engine/schema/places.ts';

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
  /** Path thinning step in view-box units (default MIN_STEP); a map of half the world can afford coarser coasts. */
  minStep?: number;
  /** Draw with Mercator, as a regional map (default: when `frame` is given), or Equal Earth. */
  regional?: boolean;
  /** Width of the view box (400 by default). */
  width?: number;
  /** Height of the view box (300 by default). */
  height?: number;
  /** Where a place's marker links: its entry in the page's list of places and their events. */
  href?: (p: MappedPlace) => string;
  /** What a marker's title says after the name (`3 events: …`). */
  describe?: (p: MappedPlace) => string;
}

const box = ([w, s, e, n]: readonly [number, number, number, number]): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  // Counter-clockwise in d3's spherical sense is the small polygon: walk south edge east, north edge west.
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [w, n],
        [e, n],
        [e, s],
        [w, s],
      ],
    ],
  },
});

/**
 * For a Mercator view of `width` × `height`, a test on a shape's extent ([[west, south], [east, north]], as d3's
 * geoBounds gives it) that is false only for a shape wholly outside the view, with a degree to spare: such a shape
 * draws nothing, so skipping it changes no output. Where the view reaches past the antimeridian every shape passes.
 */
export function inMercatorView(
  projection: GeoProjection,
  width: number,
  height: number,
): (bounds: readonly [readonly [number, number], readonly [number, number]]) => boolean {
  const nw = projection.invert?.([0, 0]);
  const se = projection.invert?.([width, height]);
  if (!nw || !se || nw[0] < -180 || se[0] > 180 || nw[0] > se[0]) return () => true;
  const [west, north] = nw;
  const [east, south] = se;
  return ([[w, s], [e, n]]) => w > e || !(e < west - 1 || w > east + 1 || n < south - 1 || s > north + 1);
}

/** The projection of a map of `width` × `height` fitted to `frame`: Mercator for a regional map, Equal Earth for a wider one. */
export function mapProjection(
  frame: readonly [number, number, number, number],
  regional: boolean,
  width: number,
  height: number,
): GeoProjection {
  const pad = 16;
  return (regional ? geoMercator() : geoEqualEarth())
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      box(frame),
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** Islands smaller than this many square view-box units are invisible at this size; leaving them out keeps the page small. */
const MIN_AREA = 6;
const MIN_STEP = 5;

/** A rectangle in view-box units: [left, top, right, bottom]. */
type Box = [number, number, number, number];

/** Draws the places on a map; each place is a group with a `<title>` and a visible label. */
export function renderMap(places: readonly MappedPlace[], options: MapOptions): string {
  // A phone-sized view box: on a 360 px screen the map is drawn near 1:1, so its 12-unit labels stay legible.
  const width = options.width ?? 400;
  const height = options.height ?? 300;
  // The wider map also shows the regional map's box, so the reader sees where the region lies.
  const frame =
    options.frame ??
    extentOf([
      ...places,
      ...(options.outline
        ? [
            { lon: options.outline[0], lat: options.outline[1] },
            { lon: options.outline[2], lat: options.outline[3] },
          ]
        : []),
    ]);
  const regional = options.regional ?? Boolean(options.frame);
  const projection = mapProjection(frame, regional, width, height);
  const path = shapePath(projection, options.minStep);
  const outline = options.outline ? path(box(options.outline)) : null;
  return [
    ...mapHeading(places, options, width, height),
    '<g class="map__land" aria-hidden="true">',
    ...(regional ? regionalLand(places, projection, width, height, path) : worldLand(places, path)),
    '</g>',
    ...(outline ? [`<path d="${outline}" class="map__outline" aria-hidden="true"/>`] : []),
    ...placeMarkers(places, projection, width, height, options),
    '</svg>',
  ].join('');
}

/** The path data of a shape, each polygon drawn on its own and thinned; null when nothing is big enough to see. */
function shapePath(projection: GeoProjection, minStep?: number): (f: Feature | FeatureCollection) => string | null {
  // Whole view-box units are as fine as a 110m atlas is at this size; more digits only add bytes.
  const projected = geoPath(projection).digits(0);
  return (f) => {
    const parts = (f.type === 'FeatureCollection' ? f.features : [f]).flatMap((x) =>
      x.geometry.type === 'MultiPolygon'
        ? x.geometry.coordinates.map((coordinates): Feature => ({
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates },
          }))
        : [x],
    );
    const kept = parts
      .filter((x) => projected.area(x) >= MIN_AREA)
      .map((x) => thin(projected(x) ?? '', minStep))
      .join('');
    return kept || null;
  };
}

/** The opening `<svg>`, its title, a description naming every place, and the sea. */
function mapHeading(places: readonly MappedPlace[], options: MapOptions, width: number, height: number): string[] {
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="map" role="group" aria-labelledby="${titleId}" aria-describedby="${descId}">`,
    `<title id="${titleId}">${escapeXml(options.title)}</title>`,
    // Each place carries its own <title>; the page's table gives the same counts as text.
    `<desc id="${descId}">${escapeXml(`${places.length} places where timeline events happened, each marked, labelled and linked to its events in the list below: ${places.map((p) => p.name).join(', ')}.`)}</desc>`,
    `<rect class="map__sea" x="0" y="0" width="${width}" height="${height}"/>`,
  ];
}

/** A test for a country the articles name, by ISO numeric code or Natural Earth name. */
function namedCountry(places: readonly MappedPlace[]): (f: Feature<Geometry, CountryProps>) => boolean {
  const countries = places.filter((p) => p.kind === 'country');
  const codes = new Set(countries.map((p) => p.isoNumeric).filter(Boolean));
  const names = new Set(countries.map((p) => p.name));
  return (f) => codes.has(String(f.id)) || names.has(f.properties.name);
}

/** The regional map's land: every country in view, the named ones marked. */
function regionalLand(
  places: readonly MappedPlace[],
  projection: GeoProjection,
  width: number,
  height: number,
  path: (f: Feature) => string | null,
): string[] {
  const isNamed = namedCountry(places);
  const inView = inMercatorView(projection, width, height);
  const out: string[] = [];
  for (const f of COUNTRIES.features.filter((c) => inView(COUNTRY_BOUNDS.get(c)!))) {
    const d = path(f);
    if (d) out.push(`<path d="${d}" class="${isNamed(f) ? 'map__country map__country--named' : 'map__country'}"/>`);
  }
  return out;
}

/** The wide map's land: one outline for all land, and the named countries over it. */
function worldLand(places: readonly MappedPlace[], path: (f: Feature | FeatureCollection) => string | null): string[] {
  const isNamed = namedCountry(places);
  const out: string[] = [];
  const land = path(LAND);
  if (land) out.push(`<path d="${land}" class="map__country"/>`);
  for (const f of COUNTRIES.features.filter(isNamed)) {
    const d = path(f);
    if (d) out.push(`<path d="${d}" class="map__country map__country--named"/>`);
  }
  return out;
}

/** Label text size in view-box units: 12 px or more where a phone shows the 400-unit map at 358 px. */
export const LABEL_SIZE = 14;
/** Width of one label character, in view-box units, at LABEL_SIZE. */
const LABEL_CHAR = 7.8;

/**
 * A marker and a label for every place that projects into view, each a link to its events. Markers are all one
 * size (what happened there is listed, not counted); every marker's box is taken before any label is placed, so
 * each label takes the first spot that overlaps no marker and no label drawn so far (`labelSpot`).
 */
function placeMarkers(
  places: readonly MappedPlace[],
  projection: GeoProjection,
  width: number,
  height: number,
  options: Pick<MapOptions, 'href' | 'describe'>,
): string[] {
  const ordered = [...places].sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
  const points = ordered
    .map((p) => ({ p, xy: projection([p.lon, p.lat]) }))
    .filter((q): q is { p: MappedPlace; xy: [number, number] } => q.xy !== null);
  const r = 5;
  const taken: Box[] = points.map(({ xy }) => [xy[0] - r, xy[1] - r, xy[0] + r, xy[1] + r]);
  const out: string[] = [];
  for (const { p, xy } of points) {
    const [x, y] = xy.map(round1) as [number, number];
    const spot = labelSpot(x, y, r, p.name.length * LABEL_CHAR, taken, width, height);
    taken.push(spot.box);
    const title = `${p.name}: ${options.describe ? options.describe(p) : mentionText(p)}`;
    const open = options.href ? `<a href="${escapeXml(options.href(p))}" aria-label="${escapeXml(title)}">` : '';
    out.push(`<g class="map__place map__place--${p.kind}">${open}<title>${escapeXml(title)}</title>`);
    out.push(`<circle cx="${x}" cy="${y}" r="${r}"/>`);
    out.push(
      `<text x="${round1(spot.tx)}" y="${round1(spot.ty)}"${spot.end ? ' text-anchor="end"' : ''}>${escapeXml(p.name)}</text>${open ? '</a>' : ''}</g>`,
    );
  }
  return out;
}

/** Where a label goes: the text's anchor point, whether it ends there (left of the marker), and the box it covers. */
type Spot = { tx: number; ty: number; end: boolean; box: Box };

/**
 * The spot for the label of a marker at (x, y) of radius r, the label `w` units wide: right of the marker, else
 * left, below or above, then the same a little further off; where every spot collides, the one that covers least.
 */
function labelSpot(
  x: number,
  y: number,
  r: number,
  w: number,
  taken: readonly Box[],
  width: number,
  height: number,
): Spot {
  const right = (dy: number): Spot => ({
    tx: x + r + 3,
    ty: y + 5 + dy,
    end: false,
    box: [x + r + 3, y - 9 + dy, x + r + 3 + w, y + 7 + dy],
  });
  const left = (dy: number): Spot => ({
    tx: x - r - 3,
    ty: y + 5 + dy,
    end: true,
    box: [x - r - 3 - w, y - 9 + dy, x - r - 3, y + 7 + dy],
  });
  const below = (dy: number): Spot => ({
    tx: x - w / 2,
    ty: y + r + 15 + dy,
    end: false,
    box: [x - w / 2, y + r + 2 + dy, x + w / 2, y + r + 18 + dy],
  });
  const above = (dy: number): Spot => ({
    tx: x - w / 2,
    ty: y - r - 5 - dy,
    end: false,
    box: [x - w / 2, y - r - 18 - dy, x + w / 2, y - r - 2 - dy],
  });
  const spots = [
    right(0),
    left(0),
    below(0),
    above(0),
    right(-12),
    right(12),
    left(-12),
    left(12),
    below(10),
    above(10),
    right(-24),
    right(24),
    left(-24),
    left(24),
  ];
  // The area a box shares with what is drawn already; a box past the edge never fits.
  const overlap = (b: Box) =>
    b[0] < 0 || b[2] > width || b[1] < 0 || b[3] > height
      ? Infinity
      : taken.reduce(
          (sum, t) =>
            sum +
            Math.max(0, Math.min(b[2], t[2]) - Math.max(b[0], t[0])) *
              Math.max(0, Math.min(b[3], t[3]) - Math.max(b[1], t[1])),
          0,
        );
  return spots.find((sp) => overlap(sp.box) === 0) ?? [...spots].sort((a, b) => overlap(a.box) - overlap(b.box))[0]!;
}

/** Drops path points closer than `step` units to the last one kept in their ring: a crude simplification, invisible at this scale, that keeps the page small. */
export function thin(d: string, step = MIN_STEP): string {
  return d.replace(/M[^MZ]+Z?/g, (ring) => {
    const points = [...ring.matchAll(/[ML](-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map(
      (m) => [Number(m[1]), Number(m[2])] as const,
    );
    const kept: Array<readonly [number, number]> = [];
    points.forEach((p, i) => {
      const last = kept.at(-1);
      if (!last || i === points.length - 1 || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= step) kept.push(p);
    });
    return kept.length < 3 ? '' : `M${kept.map((p) => `${p[0]},${p[1]}`).join('L')}${ring.endsWith('Z') ? 'Z' : ''}`;
  });
}

/** How often and where a place is named, for its `<title>`: `6 mentions in 3 articles`. */
function mentionText(p: MappedPlace): string {
  return `${p.mentions} ${p.mentions === 1 ? 'mention' : 'mentions'} in ${p.articles} ${p.articles === 1 ? 'article' : 'articles'}`;
}
