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
import type { Article } from '../schema/article';
import { fold, type PlaceDataset } from './place-data';
import { findOrganisations } from './entities';
import { findPeople } from './people';
import type { MappedPlace, Place, UnplacedName } from '../schema/places';
import { sentencesOf } from './sentences';
import { STOPWORDS } from '../text/words';

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
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter)$/;
// Compass words in front of a place (“Northern Kenya”) describe part of it; they are not a name of their own.
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater)$/;
const BEFORE_PLACE =
  /\b(?:in|at|near|from|outside|around|to|towards?|into|across|through|between|of the (?:town|city|village|region|province|district) of)\s+(?:the\s+)?$/i;
const AFTER_PLACE = /^\s+(?:region|town|city|village|district|province|area|camp|prefecture|commune)\b/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsOf = (names: readonly string[]) => new Set(names.flatMap((n) => n.split(/\s+/)));

/** Finds, places and explains the place names of the articles. */
export function resolvePlaces(
  articles: readonly Pick<Article, 'slug' | 'blocks'>[],
  overrides: readonly Place[],
  dataset: PlaceDataset,
): PlaceResolution {
  const overrideByName = new Map(overrides.flatMap((p) => [p.name, ...p.aliases].map((n) => [fold(n), p] as const)));
  const countryByName = new Map(
    dataset.countries.flatMap((c) => [c.name, ...c.aliases].map((n) => [fold(n), c] as const)),
  );
  // One pattern for every country name, longest first (“Guinea-Bissau” before “Guinea”), run once per article.
  const countryNames = new RegExp(
    `(?<![\\p{L}-])(?:${[...new Set(dataset.countries.flatMap((c) => [c.name, ...c.aliases]))]
      .sort((x, y) => y.length - x.length)
      .map(escape)
      .join('|')})(?![\\p{L}-])`,
    'gu',
  );
  // Words of names known before any city is looked up: enough to keep “Burkina Faso” from being read as a person.
  const known = wordsOf([
    ...overrides.flatMap((p) => [p.name, ...p.aliases]),
    ...dataset.countries.flatMap((c) => [c.name, ...c.aliases]),
  ]);
  const knownWord = (w: string) => known.has(w) || known.has(w.replace(/[’']s$/, ''));

  const placed = new Map<string, Place>();
  // Words of the place names as the texts write them, for telling places from people and organisations.
  const seenForms = new Set(overrides.flatMap((p) => [p.name, ...p.aliases]));
  const unplaced = new Map<string, UnplacedName>();
  const addPlace = (p: Place, form: string) => {
    const existing = placed.get(p.name);
    const target = existing ?? { ...p, aliases: [...p.aliases] };
    if (form !== target.name && !target.aliases.includes(form)) target.aliases.push(form);
    placed.set(p.name, target);
  };
  for (const o of overrides) placed.set(o.name, { ...o, aliases: [...o.aliases] });

  // Acronyms the articles write in capitals name organisations, however else they are spelled (“Unmiss”).
  const acronyms = new Set(articles.flatMap((a) => a.blocks.flatMap((b) => b.text.match(/\b\p{Lu}{2,}\b/gu) ?? [])));

  for (const a of articles) {
    const text = a.blocks.map((b) => b.text).join('\n');
    // The countries this article names, by any of their names or demonyms.
    const countryHits = [...text.matchAll(countryNames)].map((m) => m[0]);
    for (const h of countryHits) seenForms.add(h);
    const named = new Set(countryHits.map((h) => countryByName.get(fold(h))!.code));
    for (const code of named) {
      const c = dataset.country(code)!;
      if (!overrideByName.has(fold(c.name)))
        addPlace(
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
    for (const s of sentencesOf(a)) {
      const sentence = s.quote;
      // Spans that are people or organisations are not place names (“Fatoumata Kaba”, “Islamic State”); found only
      // for a sentence that has a town or an unknown name to check, as most have neither.
      let taken: Array<[number, number]> | null = null;
      const isTaken = (from: number, to: number) => {
        taken ??= [
          ...findPeople(sentence, knownWord).map((h): [number, number] => [h.index, h.index + h.name.length]),
          ...findOrganisations(sentence, knownWord).map((o): [number, number] => [o.index, o.index + o.name.length]),
        ];
        return taken.some(([x, y]) => from < y && to > x);
      };
      for (const m of sentence.matchAll(SEQUENCE)) {
        const tokens = m[0].replace(/[’']s$/, '').split(' ');
        if (STOPWORDS.has(tokens[0]!.toLowerCase())) tokens.shift();
        if (!tokens.length || tokens.some((t) => CALENDAR.test(t) || acronyms.has(t.toUpperCase()))) continue;
        // Longest suffix first: “Northern Kenya” is Kenya; only a sequence with no known place in it may be unplaced.
        let known = false;
        for (let i = 0; i < tokens.length && !known; i++) {
          const name = tokens.slice(i).join(' ');
          const key = fold(name);
          if (overrideByName.has(key) || countryByName.has(key)) {
            known = true;
            break;
          }
          const inNamed = dataset.cities(key).filter((c) => named.has(c.country));
          if (inNamed.length) {
            known = true;
            if (isTaken(m.index, m.index + m[0].length)) break;
            // GeoNames may list a town twice in one country; the most populous entry is the town.
            const town = [...inNamed].sort((x, y) => y.population - x.population || x.lat - y.lat)[0]!;
            if (!overrideByName.has(fold(town.name)))
              addPlace(
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
            seenForms.add(name);
          }
        }
        if (known || tokens.every((t) => COMPASS.test(t))) continue;
        const name = tokens.join(' ');
        const start = m.index + m[0].indexOf(name);
        if (!BEFORE_PLACE.test(sentence.slice(0, start)) && !AFTER_PLACE.test(sentence.slice(start + name.length)))
          continue;
        if (isTaken(m.index, m.index + m[0].length)) continue;
        const candidates = dataset.cities(fold(name));
        const countries = [...new Set(candidates.map((c) => c.country))]
          .map((code) => dataset.country(code)?.name ?? code)
          .sort();
        const reason = !candidates.length
          ? 'not in the GeoNames cities (places of 1,000 people or more) nor in places.yaml'
          : countries.length === 1
            ? `the only place of this name is in ${countries[0]}, which the article does not name`
            : `places of this name are in ${countries.length} countries (${countries.join(', ')}) and the article names none of them`;
        const u = unplaced.get(name) ?? { name, reason, slugs: [] };
        if (!u.slugs.includes(a.slug)) u.slugs.push(a.slug);
        unplaced.set(name, u);
      }
    }
  }
  // A name placed from one article is not unplaced because another article did not name its country.
  for (const p of placed.values()) for (const n of [p.name, ...p.aliases]) unplaced.delete(n);
  const placeWords = wordsOf([...seenForms]);
  return {
    places: [...placed.values()].sort((x, y) => x.name.localeCompare(y.name)),
    unplaced: [...unplaced.values()].sort((x, y) => x.name.localeCompare(y.name)),
    isPlace: (w) => placeWords.has(w) || placeWords.has(w.replace(/[’']s$/, '')),
  };
}
