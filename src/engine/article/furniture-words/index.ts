/**
 * The words of page furniture, one table per language (`en.ts`, `fr.ts` …), and the patterns readers build from
 * them. A page's language is not known while its furniture is read, so a pattern takes the words of every table.
 * Month and weekday names are not here: they come from the runtime's locale data (`../../time/foreign-names.ts`).
 */
import { escapeRegExp } from '../../text/regexp.ts';
import { AR } from './ar.ts';
import { BG } from './bg.ts';
import { CA } from './ca.ts';
import { CS } from './cs.ts';
import { DA } from './da.ts';
import { DE } from './de.ts';
import { EL } from './el.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { ET } from './et.ts';
import { FI } from './fi.ts';
import { FR } from './fr.ts';
import { HE } from './he.ts';
import { HR } from './hr.ts';
import { HU } from './hu.ts';
import { ID } from './id.ts';
import { IT } from './it.ts';
import { LT } from './lt.ts';
import { LV } from './lv.ts';
import { NB } from './nb.ts';
import { NL } from './nl.ts';
import { PL } from './pl.ts';
import { PT } from './pt.ts';
import { RO } from './ro.ts';
import { RU } from './ru.ts';
import { SK } from './sk.ts';
import { SL } from './sl.ts';
import { SQ } from './sq.ts';
import { SV } from './sv.ts';
import { SW } from './sw.ts';
import { TR } from './tr.ts';
import { UK } from './uk.ts';
import { ZH } from './zh.ts';
import type { FurnitureWords } from './types.ts';

export type { FurnitureWords } from './types.ts';

/** Each covered language's furniture words, by language code. */
export const FURNITURE_WORDS: Readonly<Record<string, FurnitureWords>> = {
  en: EN,
  fr: FR,
  es: ES,
  pt: PT,
  de: DE,
  ar: AR,
  it: IT,
  id: ID,
  nl: NL,
  ru: RU,
  tr: TR,
  pl: PL,
  ro: RO,
  sw: SW,
  zh: ZH,
  hr: HR,
  hu: HU,
  fi: FI,
  da: DA,
  sv: SV,
  nb: NB,
  el: EL,
  cs: CS,
  uk: UK,
  ca: CA,
  sl: SL,
  sq: SQ,
  bg: BG,
  he: HE,
  lt: LT,
  lv: LV,
  et: ET,
  sk: SK,
};

/** One kind of furniture word (`byline`, `related` …). */
export type FurnitureWordKind = keyof FurnitureWords;

/** Every language's words of one kind, as written, without repeats, longest first so that a longer phrase wins. */
export function furnitureWords(kind: FurnitureWordKind): string[] {
  const all = new Set(Object.values(FURNITURE_WORDS).flatMap((table) => table[kind]));
  return [...all].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** Words as the source of a regular expression: an alternation, longest first, where a space matches any run of
 * blanks and an apostrophe either apostrophe. */
export function alternationOf(words: readonly string[]): string {
  return `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+').replace(/['’]/g, "['’]"))
    .join('|')})`;
}

/** Every language's words of one kind as the source of a regular expression (`alternationOf`). */
export function wordPattern(kind: FurnitureWordKind): string {
  return alternationOf(furnitureWords(kind));
}

/** True when the whole line (trimmed, lowercase, without closing punctuation) is one of the words of a kind. */
export function isWholeLine(kind: FurnitureWordKind, line: string): boolean {
  // Most lines are far longer than any word of the kind: no need to normalise them.
  if (line.length > longest(kind) + 16) return false;
  const t = line
    .trim()
    .toLowerCase()
    .replace(/[\s:.!↑▲^]+$/u, '')
    .replace(/^[\s↑▲^]+/u, '')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ');
  return lookup(kind).has(t);
}

const lengths = new Map<FurnitureWordKind, number>();
function longest(kind: FurnitureWordKind): number {
  let n = lengths.get(kind);
  if (n === undefined) lengths.set(kind, (n = Math.max(0, ...[...lookup(kind)].map((w) => w.length))));
  return n;
}

const sets = new Map<FurnitureWordKind, Set<string>>();
function lookup(kind: FurnitureWordKind): Set<string> {
  let set = sets.get(kind);
  // A label written with its colon (`data:`) is matched, like every line, without it.
  if (!set)
    sets.set(
      kind,
      (set = new Set(furnitureWords(kind).map((w) => w.toLowerCase().replace(/[’]/g, "'").replace(/:$/, '')))),
    );
  return set;
}

/**
 * A press release's label with its number, as the source of a regular expression (`Comunicato stampa n. 14/2025`,
 * `Pressemitteilung Nr. 118/2024`); the number may be left out.
 */
export function pressReleaseLabel(): string {
  return String.raw`${wordPattern('pressRelease')}(?:\s*(?:n\.?\s?[°º]|n\.?|no\.?|nr\.?|núm\.?|#)\s*[\d/.-]+)?`;
}
