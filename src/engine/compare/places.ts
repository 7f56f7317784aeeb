/**
 * Which places the articles name, and where they are. Names are looked up in
 * the story's overrides (`places.yaml`), then in the countries, then in the
 * GeoNames cities, all with diacritics folded (“Sevare” finds “Sévaré”).
 *
 * A city name is placed only in a country the same article names: a name that
 * several countries have (Victoria is in Canada, Malta and the Seychelles) goes to the one the
 * article names; when the article names none of them, or the only town of that
 * name lies in a country it never mentions, the name is left unplaced with the
 * reason. A capitalised word is taken for a place name at all only when it is
 * placed this way, or when the text puts it where a place goes (“in X”, “near
 * X”, “X region”); only those are reported as named but not placed.
 */
import type { Article } from '../schema/article.ts';
import { fold, type DatasetCountry, type PlaceDataset } from './place-data.ts';
import { findOrganisations } from './entities.ts';
import { CALENDAR_NAME, findPeople } from './people.ts';
import type { Place, UnplacedName } from '../schema/places.ts';
import { sentencesOf } from './sentences.ts';
import { STOPWORDS } from '../text/words.ts';
import { wholeNames } from './whole-names.ts';

/** The places the articles name, and the names that could not be placed. */
export interface PlaceResolution {
  /** Every place to count and map: overrides, and dataset places the articles name. */
  places: Place[];
  /** Names used where a place goes that could not be placed, with the reason. */
  unplaced: UnplacedName[];
  /** True for a word of a known place name, for telling places from people and organisations. */
  isPlace: (word: string) => boolean;
}

const NAME = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{L}+)*`;
const SEQUENCE = new RegExp(`${NAME}(?: ${NAME}){0,3}`, 'gu');
// Compass words in front of a place (“Northern Kenya”) describe part of it; they are not a name of their own.
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater)$/;
const BEFORE_PLACE =
  /\b(?:in|at|near|from|outside|around|to|towards?|into|across|through|between|of the (?:town|city|village|region|province|district) of)\s+(?:the\s+)?$/i;
const AFTER_PLACE = /^\s+(?:region|town|city|village|district|province|area|camp|prefecture|commune)\b/i;

const wordsOf = (names: readonly string[]) => new Set(names.flatMap((n) => n.split(/\s+/)));

/** Finds, places and explains the place names of the articles. */
export function resolvePlaces(
  articles: readonly Pick<Article, 'slug' | 'blocks'>[],
  overrides: readonly Place[],
  dataset: PlaceDataset,
): PlaceResolution {
  const lookup = placeLookup(overrides, dataset);
  const found = new FoundPlaces(overrides);
  // Acronyms the articles write in capitals name organisations, however else they are spelled (“Unmiss”).
  const acronyms = new Set(articles.flatMap((a) => a.blocks.flatMap((b) => b.text.match(/\b\p{Lu}{2,}\b/gu) ?? [])));
  for (const a of articles) {
    const named = placeCountries(a, lookup, found);
    for (const s of sentencesOf(a)) placeSentence(s.quote, a.slug, named, acronyms, lookup, found);
  }
  return found.resolution();
}

/** Where the place names of the overrides, the countries and the cities are looked up. */
interface PlaceLookup {
  /** The datasets. */
  dataset: PlaceDataset;
  /** Overrides by every folded name. */
  overrideByName: Map<string, Place>;
  /** Countries by every folded name and demonym. */
  countryByName: Map<string, DatasetCountry>;
  /** One pattern for every country name, longest first (“Guinea-Bissau” before “Guinea”), run once per article. */
  countryNames: RegExp;
  /** True for a word of an override's or a country's name: enough to keep “Costa Rica” from being read as a person. */
  knownWord: (word: string) => boolean;
}

/** Indexes the overrides and the countries by folded name. */
function placeLookup(overrides: readonly Place[], dataset: PlaceDataset): PlaceLookup {
  const countryNames = [...new Set(dataset.countries.flatMap((c) => [c.name, ...c.aliases]))];
  // Words of names known before any city is looked up.
  const known = wordsOf([
    ...overrides.flatMap((p) => [p.name, ...p.aliases]),
    ...dataset.countries.flatMap((c) => [c.name, ...c.aliases]),
  ]);
  return {
    dataset,
    overrideByName: new Map(overrides.flatMap((p) => [p.name, ...p.aliases].map((n) => [fold(n), p] as const))),
    countryByName: new Map(dataset.countries.flatMap((c) => [c.name, ...c.aliases].map((n) => [fold(n), c] as const))),
    countryNames: wholeNames(countryNames.sort((x, y) => y.length - x.length)),
    knownWord: (w) => known.has(w) || known.has(w.replace(/[’']s$/, '')),
  };
}

/** The places found so far, the names that could not be placed, and the forms the texts write place names in. */
class FoundPlaces {
  private readonly placed = new Map<string, Place>();
  private readonly unplaced = new Map<string, UnplacedName>();
  /** Place names as the texts write them, for telling places from people and organisations. */
  private readonly seenForms: Set<string>;

  constructor(overrides: readonly Place[]) {
    this.seenForms = new Set(overrides.flatMap((p) => [p.name, ...p.aliases]));
    for (const o of overrides) this.placed.set(o.name, { ...o, aliases: [...o.aliases] });
  }

  /** Records a place the text writes as `form` (an alias when it is not the place's name). */
  add(p: Place, form: string): void {
    const existing = this.placed.get(p.name);
    const target = existing ?? { ...p, aliases: [...p.aliases] };
    if (form !== target.name && !target.aliases.includes(form)) target.aliases.push(form);
    this.placed.set(p.name, target);
  }

  /** Records a form the text writes a place name in. */
  saw(form: string): void {
    this.seenForms.add(form);
  }

  /** Records a name used where a place goes that could not be placed, with the reason, for an article. */
  addUnplaced(name: string, reason: string, slug: string): void {
    const u = this.unplaced.get(name) ?? { name, reason, slugs: [] };
    if (!u.slugs.includes(slug)) u.slugs.push(slug);
    this.unplaced.set(name, u);
  }

  /** The places in name order, the names left unplaced, and the test for a word of a place name. */
  resolution(): PlaceResolution {
    // A name placed from one article is not unplaced because another article did not name its country.
    for (const p of this.placed.values()) for (const n of [p.name, ...p.aliases]) this.unplaced.delete(n);
    const placeWords = wordsOf([...this.seenForms]);
    return {
      places: [...this.placed.values()].sort((x, y) => x.name.localeCompare(y.name)),
      unplaced: [...this.unplaced.values()].sort((x, y) => x.name.localeCompare(y.name)),
      isPlace: (w) => placeWords.has(w) || placeWords.has(w.replace(/[’']s$/, '')),
    };
  }
}

/** Places the countries an article names, by any of their names or demonyms; returns their codes. */
function placeCountries(a: Pick<Article, 'blocks'>, lookup: PlaceLookup, found: FoundPlaces): Set<string> {
  const text = a.blocks.map((b) => b.text).join('\n');
  const countryHits = [...text.matchAll(lookup.countryNames)].map((m) => m[0]);
  for (const h of countryHits) found.saw(h);
  const named = new Set(countryHits.map((h) => lookup.countryByName.get(fold(h))!.code));
  for (const code of named) {
    const c = lookup.dataset.country(code)!;
    if (!lookup.overrideByName.has(fold(c.name)))
      found.add(
        {
          name: c.name,
          aliases: c.aliases,
          lat: c.lat,
          lon: c.lon,
          kind: 'country',
          country: c.code,
          isoNumeric: c.isoNumeric,
          source: 'dataset',
        },
        c.name,
      );
  }
  return named;
}

/**
 * Spans of a sentence that are people or organisations, which are not place names (“Fatoumata Kaba”,
 * “Islamic State”): found only for a sentence that has a town or an unknown name to check, as most have neither.
 */
function takenSpans(sentence: string, knownWord: (word: string) => boolean): (from: number, to: number) => boolean {
  let taken: Array<[number, number]> | null = null;
  return (from, to) => {
    taken ??= [
      ...findPeople(sentence, knownWord).map((h): [number, number] => [h.index, h.index + h.name.length]),
      ...findOrganisations(sentence, knownWord).map((o): [number, number] => [o.index, o.index + o.name.length]),
    ];
    return taken.some(([x, y]) => from < y && to > x);
  };
}

/** Places the capitalised names of one sentence, or records those used where a place goes as unplaced. */
function placeSentence(
  sentence: string,
  slug: string,
  named: ReadonlySet<string>,
  acronyms: ReadonlySet<string>,
  lookup: PlaceLookup,
  found: FoundPlaces,
): void {
  const isTaken = takenSpans(sentence, lookup.knownWord);
  for (const m of sentence.matchAll(SEQUENCE)) {
    const tokens = m[0].replace(/[’']s$/, '').split(' ');
    if (STOPWORDS.has(tokens[0]!.toLowerCase())) tokens.shift();
    if (!tokens.length || tokens.some((t) => CALENDAR_NAME.test(t) || acronyms.has(t.toUpperCase()))) continue;
    const span = (): [number, number] => [m.index, m.index + m[0].length];
    if (placeKnownSuffix(tokens, named, () => isTaken(...span()), lookup, found)) continue;
    if (tokens.every((t) => COMPASS.test(t))) continue;
    const name = tokens.join(' ');
    const start = m.index + m[0].indexOf(name);
    if (!BEFORE_PLACE.test(sentence.slice(0, start)) && !AFTER_PLACE.test(sentence.slice(start + name.length)))
      continue;
    if (isTaken(...span())) continue;
    found.addUnplaced(name, unplacedReason(name, lookup.dataset), slug);
  }
}

/**
 * Longest suffix first: “Northern Kenya” is Kenya. True when some suffix of the name is an override, a country,
 * or a town in a country the article names (placed, unless the span is a person or an organisation).
 * Only a sequence with no known place in it may be unplaced.
 */
function placeKnownSuffix(
  tokens: readonly string[],
  named: ReadonlySet<string>,
  taken: () => boolean,
  lookup: PlaceLookup,
  found: FoundPlaces,
): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const name = tokens.slice(i).join(' ');
    const key = fold(name);
    if (lookup.overrideByName.has(key) || lookup.countryByName.has(key)) return true;
    const inNamed = lookup.dataset.cities(key).filter((c) => named.has(c.country));
    if (!inNamed.length) continue;
    if (taken()) return true;
    // GeoNames may list a town twice in one country; the most populous entry is the town.
    const town = [...inNamed].sort((x, y) => y.population - x.population || x.lat - y.lat)[0]!;
    if (!lookup.overrideByName.has(fold(town.name)))
      found.add(
        {
          name: town.name,
          aliases: [],
          lat: town.lat,
          lon: town.lon,
          kind: 'city',
          country: town.country,
          source: 'dataset',
        },
        name,
      );
    found.saw(name);
    return true;
  }
  return false;
}

/** Why a name used where a place goes was not placed: no such place, or only in countries the article does not name. */
function unplacedReason(name: string, dataset: PlaceDataset): string {
  const candidates = dataset.cities(fold(name));
  const countries = [...new Set(candidates.map((c) => c.country))]
    .map((code) => dataset.country(code)?.name ?? code)
    .sort();
  return !candidates.length
    ? 'not in the GeoNames cities (places of 1,000 people or more) nor in places.yaml'
    : countries.length === 1
      ? `the only place of this name is in ${countries[0]}, which the article does not name`
      : `places of this name are in ${countries.length} countries (${countries.join(', ')}) and the article names none of them`;
}
