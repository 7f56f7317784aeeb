/**
 * People, organisations and places, each with how often every article names it.
 * People come from `people.ts`; organisations are acronyms and capitalised
 * names holding an organisation word; places come from the gazetteer.
 */
import type { Article } from '../schema/article.ts';
import { slugify, suffixDuplicateIds } from '../text/slug.ts';
import { closePairs, MAX_NAME_EDIT_SHARE, MAX_NAME_EDITS } from './names.ts';
import { findPeople, ORGANISATION_WORDS } from './people.ts';
import type { Entity, EntityKind, Locator } from '../schema/compare.ts';
import type { Place } from '../schema/places.ts';
import { sentencesOf } from './sentences.ts';
import { wholeNames } from './whole-names.ts';

const ACRONYM = /\b(?:\p{Lu}\.){2,}|\b\p{Lu}{2,}\b/gu;
// Capitalised words joined by “of”, “for”, “the”; “al-” names too.
const NAME_TOKEN = String.raw`(?:\p{Lu}[\p{Ll}\p{Lu}]*(?:-\p{Lu}?\p{Ll}+)*|al-\p{Lu}\p{Ll}+|(?:\p{Lu}\.){2,})`;
const ORG_SEQUENCE = new RegExp(`${NAME_TOKEN}(?:(?: (?:of|for|the))* ${NAME_TOKEN})*`, 'gu');
const GENERIC_ACRONYMS = new Set(['EST', 'GMT', 'UTC', 'AM', 'PM', 'CEO', 'TV']);

const plain = (s: string) => s.replace(/\./g, '').replace(/[’']s$/, '');
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|in|the|and)$/.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();

/** An entity being counted: its kind, how often each form of its name is written, and how often each article names it. */
interface Tally {
  kind: EntityKind;
  forms: Map<string, number>;
  counts: Map<string, number>;
}

/** Finds every organisation name in a sentence, as written, in reading order. */
export function findOrganisations(
  sentence: string,
  isPlace: (word: string) => boolean,
  acronyms: ReadonlySet<string> = new Set(),
): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  const taken: Array<[number, number]> = [];
  for (const m of sentence.matchAll(ORG_SEQUENCE)) {
    const tokens = m[0].split(' ');
    // Trim a leading “The” and trailing connector words.
    let text = m[0].replace(/^(?:The|A|An) /, '');
    const index = m.index + (m[0].length - text.length);
    text = text.replace(/(?: (?:of|for|the))+$/, '');
    const hasOrgWord = tokens.some((t) => ORGANISATION_WORDS.has(t.toLowerCase()));
    const isAlQ = /^al-/.test(text);
    if ((hasOrgWord || isAlQ) && !/^(?:\p{Lu}\p{Ll}+)$/u.test(text)) {
      // A name holding a place (“… Mission in Kosovo”) keeps it; one that is only places is not an organisation.
      if (text.split(' ').every((t) => isPlace(t) || /^(?:of|for|in|the|and)$/.test(t))) continue;
      out.push({ name: text, index });
      taken.push([index, index + text.length]);
    }
  }
  for (const m of sentence.matchAll(ACRONYM)) {
    if (GENERIC_ACRONYMS.has(m[0]) || taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
    out.push({ name: m[0], index: m.index });
    taken.push([m.index, m.index + m[0].length]);
  }
  // An acronym some article spells as a word (“Unicef” for UNICEF).
  for (const m of sentence.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}{3,}(?![\p{L}-])/gu)) {
    if (acronyms.has(m[0].toUpperCase()) && !taken.some(([a, b]) => m.index >= a && m.index < b))
      out.push({ name: m[0], index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Counts people, organisations and gazetteer places per article. */
export function extractEntities(
  articles: readonly Pick<Article, 'slug' | 'blocks'>[],
  places: readonly Place[],
  isPlace: (word: string) => boolean,
): Entity[] {
  const tallies = new Map<string, Tally>();
  // Each article's sentences, split once: the acronym passes and the count read them.
  const split = articles.map((a) => sentencesOf(a));
  const sentences = split.flat();
  const acronyms = new Set<string>();
  for (const s of sentences) for (const m of s.quote.matchAll(ACRONYM)) acronyms.add(plain(m[0]));
  const aliasOf = acronymAliases(sentences, isPlace);
  const patterns = placePatterns(places);
  articles.forEach((a, k) => {
    const people: Array<{ name: string; role: string | null }> = [];
    for (const s of split[k]!) {
      countPeople(tallies, s.quote, a.slug, people, isPlace);
      for (const o of findOrganisations(s.quote, isPlace, acronyms)) {
        const canonical = organisationKey(o.name, acronyms, aliasOf);
        count(tallies, `organisation:${canonical}`, 'organisation', o.name.replace(/[’']s$/, ''), a.slug);
      }
    }
    countPlaces(tallies, a, patterns);
  });
  mergeSpellings(tallies, 'person');
  mergeSpellings(tallies, 'organisation');
  mergeSuffixes(tallies);
  const out = [...tallies].map(([key, t]) => toEntity(key, t));
  return suffixDuplicateIds(
    out.sort((x, y) => x.kind.localeCompare(y.kind) || y.total - x.total || x.name.localeCompare(y.name)),
  );
}

/** Counts one mention of an entity, under `key`, in the form the text writes. */
function count(tallies: Map<string, Tally>, key: string, kind: EntityKind, form: string, slug: string): void {
  let t = tallies.get(key);
  if (!t) tallies.set(key, (t = { kind, forms: new Map(), counts: new Map() }));
  t.forms.set(form, (t.forms.get(form) ?? 0) + 1);
  t.counts.set(slug, (t.counts.get(slug) ?? 0) + 1);
}

/**
 * Acronyms the articles define in parentheses, either way round: “Long Name [in Place] (Acronym)”,
 * “ACRONYM (Long Name)”; by the long name's letters in capitals, the acronym.
 */
function acronymAliases(sentences: readonly Locator[], isPlace: (word: string) => boolean): Map<string, string> {
  const aliasOf = new Map<string, string>();
  for (const s of sentences) {
    for (const o of findOrganisations(s.quote, isPlace)) {
      const rest = s.quote.slice(o.index + o.name.length);
      const short = /^(?: in \p{Lu}\p{L}+)?\s*\((\p{Lu}[\p{L}]+)\)/u.exec(rest);
      if (short && o.name.includes(' ')) aliasOf.set(plain(o.name).toUpperCase(), short[1]!.toUpperCase());
      const long = /^\s*\(([^()]+)\)/.exec(rest);
      if (long && !o.name.includes(' ') && /\s/.test(long[1]!))
        aliasOf.set(plain(long[1]!).toUpperCase(), plain(o.name).toUpperCase());
    }
  }
  return aliasOf;
}

/** The key an organisation is counted under: its defined acronym, or a known acronym it spells (“Unicef”) or abbreviates (“United Nations” → UN). */
function organisationKey(name: string, acronyms: ReadonlySet<string>, aliasOf: ReadonlyMap<string, string>): string {
  const key = plain(name).toUpperCase();
  return (
    aliasOf.get(key) ??
    (acronyms.has(key) ? key : acronyms.has(initials(plain(name))) && name.includes(' ') ? initials(plain(name)) : key)
  );
}

/** Counts the people of a sentence: full names, and “Mr. Smith” as the person of that surname named in full in this article, or else in any. */
function countPeople(
  tallies: Map<string, Tally>,
  sentence: string,
  slug: string,
  people: Array<{ name: string; role: string | null }>,
  isPlace: (word: string) => boolean,
): void {
  const found = findPeople(sentence, isPlace);
  for (const hit of found) {
    if (!hit.surnameOnly) {
      people.push({ name: hit.name, role: hit.role });
      count(tallies, `person:${hit.name}`, 'person', hit.name, slug);
    }
  }
  for (const hit of found.filter((h) => h.surnameOnly)) {
    const full =
      people.find((p) => p.name.endsWith(` ${hit.name}`))?.name ??
      [...tallies.keys()].map((k) => k.slice(7)).find((n) => n.endsWith(` ${hit.name}`));
    const honorific = /(?:Mr|Mrs|Ms|Dr|Prof)\.\s*$/.exec(sentence.slice(0, hit.index))?.[0] ?? '';
    count(tallies, `person:${full ?? hit.name}`, 'person', `${honorific}${hit.name}`, slug);
  }
}

/** A gazetteer place with one whole-word pattern per name it goes by. */
type PlacePattern = { place: Place; names: Array<{ n: string; re: RegExp }> };

/** One pattern per place name, compiled once rather than per article and paragraph. */
function placePatterns(places: readonly Place[]): PlacePattern[] {
  return places.map((p) => ({
    place: p,
    names: [p.name, ...p.aliases].map((n) => ({ n, re: wholeNames([n]) })),
  }));
}

/** Counts every gazetteer place an article names, by each of its names. */
function countPlaces(tallies: Map<string, Tally>, a: Pick<Article, 'slug' | 'blocks'>, patterns: PlacePattern[]): void {
  for (const { place: p, names } of patterns) {
    for (const b of a.blocks) {
      for (const { n, re } of names) {
        // Most names are in few paragraphs: a plain search rules the rest out before the pattern runs.
        if (!b.text.includes(n)) continue;
        for (const _ of b.text.matchAll(re)) count(tallies, `place:${p.name}`, 'place', n, a.slug);
      }
    }
  }
}

/** A tally as an entity: named by the fullest form (people), the form most used (organisations) or the gazetteer's name (places). */
function toEntity(key: string, t: Tally): Entity {
  const forms = [...t.forms.entries()].sort(
    (x, y) => y[0].split(' ').length - x[0].split(' ').length || y[1] - x[1] || x[0].localeCompare(y[0]),
  );
  const name =
    t.kind === 'place'
      ? key.slice(6)
      : t.kind === 'person'
        ? forms[0]![0]
        : [...t.forms.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
  const counts = Object.fromEntries([...t.counts.entries()].sort((x, y) => x[0].localeCompare(y[0])));
  return {
    id: `${t.kind}-${slugify(name) || slugify(key)}`,
    kind: t.kind,
    name,
    forms: forms
      .map((f) => f[0])
      .filter((f) => f !== name)
      .sort(),
    counts,
    total: total(t),
  };
}

/** Folds spellings a small edit apart (al-Qaeda, al-Qaida) into the more frequent one. */
function mergeSpellings(tallies: Map<string, Tally>, kind: EntityKind): void {
  const keys = [...tallies.keys()]
    .filter((k) => tallies.get(k)!.kind === kind)
    .sort((a, b) => total(tallies.get(b)!) - total(tallies.get(a)!) || a.localeCompare(b));
  const names = keys.map((k) => k.split(':')[1]!);
  // Pairs in the order a comparison of each name with every less frequent one meets them, so merges happen as they would.
  for (const [i, j, d] of closePairs(
    names.map((n) => n.toLowerCase()),
    MAX_NAME_EDITS,
  )) {
    const [a, b] = [keys[i]!, keys[j]!];
    if (!tallies.has(a) || !tallies.has(b)) continue;
    const [na, nb] = [names[i]!, names[j]!];
    if (d > MAX_NAME_EDIT_SHARE * Math.min(na.length, nb.length) || Math.min(na.length, nb.length) < 6) continue;
    merge(tallies, b, a);
  }
}

/** Folds a name that ends another, longer one (Security Council → UN Security Council) into it when only one such name exists. */
function mergeSuffixes(tallies: Map<string, Tally>): void {
  const orgs = [...tallies.keys()].filter((k) => tallies.get(k)!.kind === 'organisation');
  for (const k of orgs) {
    const name = k.slice(13);
    if (!name.includes(' ')) continue;
    const longer = orgs.filter((o) => o !== k && tallies.has(o) && o.endsWith(` ${name}`));
    if (longer.length === 1) merge(tallies, k, longer[0]!);
  }
}

/** How many times the articles name it, all together. */
function total(t: Tally): number {
  return [...t.counts.values()].reduce((s, n) => s + n, 0);
}

/** Adds one tally's forms and counts to another's and drops it. */
function merge(tallies: Map<string, Tally>, from: string, into: string): void {
  const src = tallies.get(from)!;
  const dst = tallies.get(into)!;
  for (const [f, n] of src.forms) dst.forms.set(f, (dst.forms.get(f) ?? 0) + n);
  for (const [s, n] of src.counts) dst.counts.set(s, (dst.counts.get(s) ?? 0) + n);
  tallies.delete(from);
}
