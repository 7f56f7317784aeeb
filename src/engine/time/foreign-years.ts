/**
 * Years in other languages. A four-digit figure is a year only where a word of
 * its language makes it one: a word before it (`en 2015`, `schon 2013`,
 * `năm 2013`, `в 2019`), a word after it (`w 2013 roku`, `2013 yılında`,
 * `2016. godine`) or an ending joined to it (`2016-ban`, `2013'te`, `ב-2013`).
 * A bare figure is as often a count (`1958 anställda`, `2000 Euro`), and a
 * figure before a unit or a currency is one whatever stands before it.
 */
import type { TemporalExpression } from './types.ts';

/** What makes a figure a year in one language: words before it, words after it and endings joined to it. */
interface YearWords {
  before?: readonly string[];
  after?: readonly string[];
  /** An ending joined to the figure, as a pattern read right after it (`-ban`, `'te`). */
  ending?: RegExp;
}

// Words before a year in any language, as read before the tables below (`en 2015`, `seit 2019`, `в 2019 году`).
const ANY_LANGUAGE = [
  'en',
  'depuis',
  'dès',
  "jusqu'en",
  'avant',
  'après',
  'fin',
  'début',
  'desde',
  'hasta',
  'finales de',
  'principios de',
  'em',
  'seit',
  'bis',
  'ende',
  'anfang',
  'mitte',
  'im jahr',
  'im',
  'nel',
  'dal',
  'fino al',
  'sinds',
  'in',
  'sedan',
  'vuonna',
  'в',
  'с',
  'до',
  'к',
  'عام',
  'سنة',
  'منذ عام',
  'منذ',
];

const SCANDINAVIAN: YearWords = { before: ['i', 'år', 'siden', 'fra', 'från', 'redan', 'allerede', 'innan', 'inden'] };
const SOUTH_SLAVIC: YearWords = { after: ['godine', 'godini', 'godina', 'godinu', 'leta', 'letu', 'године', 'години'] };

const YEAR_WORDS: Readonly<Record<string, YearWords>> = {
  de: { before: ['schon', 'bereits', 'erst', 'jahr', 'jahre', 'jahres', 'zwischen', 'frühjahr', 'herbst', 'ab'] },
  nl: { before: ['van', 'vanaf', 'jaar', 'begin', 'eind', 'medio', 'tot', 'al in'] },
  sv: SCANDINAVIAN,
  da: SCANDINAVIAN,
  no: SCANDINAVIAN,
  nb: SCANDINAVIAN,
  nn: SCANDINAVIAN,
  pl: { before: ['w', 'we', 'roku'], after: ['roku', 'r.'] },
  cs: { before: ['roce', 'roku'] },
  sk: { before: ['roku', 'roce'] },
  ru: { after: ['году', 'года', 'г.'] },
  uk: { before: ['у'], after: ['році', 'року', 'р.'] },
  bg: { before: ['през'], after: ['година', 'г.'] },
  hr: SOUTH_SLAVIC,
  bs: SOUTH_SLAVIC,
  sr: SOUTH_SLAVIC,
  sl: SOUTH_SLAVIC,
  vi: { before: ['năm'] },
  id: { before: ['tahun', 'pada', 'sejak', 'awal', 'akhir', 'pertengahan'] },
  ms: { before: ['tahun', 'pada', 'sejak', 'awal', 'akhir', 'pertengahan'] },
  tr: {
    after: ['yılında', 'yılı', 'yılından', 'yılına', 'yılındaki', 'senesinde'],
    ending: /^['’](?:de|da|te|ta|den|dan|ten|tan|deki|daki|teki|taki|e|a|ye|ya)(?![\p{L}])/u,
  },
  hu: {
    after: ['óta', 'előtt', 'után', 'végén', 'elején'],
    // Case endings only: `2016-os` (of 2016) names a thing of that year, not a time something happened.
    ending: /^-(?:ban|ben|ig|tól|től|ra|re|ba|be|ik|hoz|höz|nál|nél)(?![\p{L}])/u,
  },
  ro: { before: ['în', 'anul', 'din anul', 'până în'] },
  it: { before: ['del', 'anno', 'entro il', 'sin dal', 'già nel', 'nell’anno', "nell'anno"] },
  es: { before: ['el', 'del', 'año'] },
  ca: { before: ['el', 'del', 'any', "l'any", 'l’any', 'des del'] },
  gl: { before: ['o', 'ano'] },
  pt: { before: ['ano'] },
  el: { before: ['το', 'στο', 'έτος', 'από το', 'μέχρι το', 'έως το'] },
  fi: { before: ['vuodesta', 'vuoteen', 'vuoden'] },
  lt: { after: ['m.', 'metais', 'metų'] },
  lv: { after: ['gadā', 'gada', 'g.'] },
  et: { after: ['aastal', 'aasta', 'a.'] },
  sq: { before: ['vitin', 'vitit', 'më'] },
  sw: { before: ['mwaka', 'tangu', 'mnamo'] },
  hi: { before: ['वर्ष', 'साल', 'सन्'], after: ['में', 'से', 'तक'] },
  fa: { before: ['سال', 'در سال'] },
  ar: { before: ['في'] },
};

// A count, not a year: a unit, a currency or a percentage after the figure (`2000 Euro`, `1900 km`, `2000 de persoane`).
const COUNT_AFTER =
  /^\s*(?:[%€$£¥₺₽]|(?:euros?|eur|usd|dollars?|dólares|dolares|złotych|zł|kr|kronor|kroner|kč|korun|forint|ft|lei|lira|tl|rupiah|rp|km|kg|km²|m²|ha|tonnes?|tons?|personas|personnes|persone|pessoas|menschen|mensen|osób|ludzi|человек|people|de\s+\p{L}+)(?![\p{L}]))/iu;
// Hebrew joins its prepositions to the figure: `ב-2013`, `מ־2013`, `עד 2013`, `בשנת 2013`.
const HEBREW_BEFORE = /(?:^|[\s(])ו?(?:[בלמ]|עד|מאז|בשנת|שנת|משנת)[-־\s]?$/u;
// Romance "de" before a year (`junio de 2023`, `de 2013 à 2015`), not after a word of quantity (`más de 2000`).
const DE_BEFORE = /(?:^|[\s(])(?<!(?:más|menos|unos|unas|cerca|plus|moins|environ|mais|cerca di)\s)de\s$/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsBefore = (words: readonly string[]) =>
  new RegExp(`(?:^|[\\s(«„“"])(?:${words.map(escape).join('|')})\\s$`, 'iu');
const wordsAfter = (words: readonly string[]) =>
  new RegExp(`^\\.?\\s(?:${words.map(escape).join('|')})(?![\\p{L}])`, 'iu');

const ANY_BEFORE = wordsBefore(ANY_LANGUAGE);
const compiled = new Map<string, { before: RegExp | null; after: RegExp | null; ending: RegExp | null }>();
function patternsFor(code: string) {
  let p = compiled.get(code);
  if (!p) {
    const w = YEAR_WORDS[code] ?? {};
    p = {
      before: w.before?.length ? wordsBefore(w.before) : null,
      after: w.after?.length ? wordsAfter(w.after) : null,
      ending: w.ending ?? null,
    };
    compiled.set(code, p);
  }
  return p;
}

// A figure of four digits from 1800 to 2099 standing alone: not inside a longer number, a range or a decimal.
const FIGURE = /(?<![\d.,\p{L}])(1[89]\d\d|20\d\d)(?![\d\p{L}]|[.,]\d)/gu;

/** The years a word of the sentence's language makes years (see the module's comment), as expressions. */
export function findForeignYears(sentence: string, language: string): TemporalExpression[] {
  const code = language.split('-')[0]!;
  const p = patternsFor(code);
  const found: TemporalExpression[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const before = sentence.slice(Math.max(0, m.index - 24), m.index);
    const rest = sentence.slice(m.index + m[0].length);
    const ending = p.ending?.exec(rest)?.[0] ?? '';
    if (!ending && COUNT_AFTER.test(rest)) continue;
    // A range or a span of years (`2020-21`, `2013/14`) is no year of its own.
    if (!ending && /^[-–/]\d/.test(rest)) continue;
    // Nor is a decade (`2000-talet`, `1990-luvulla`).
    if (!ending && /^[-–]\p{L}/u.test(rest)) continue;
    const hebrew = code === 'he' && HEBREW_BEFORE.test(before);
    const led = ANY_BEFORE.test(before) || DE_BEFORE.test(before) || !!p.before?.test(before) || hebrew;
    if (!led && !ending && !p.after?.test(rest)) continue;
    found.push({ kind: 'year', year: Number(m[1]), text: m[0] + ending, index: m.index, lead: null });
  }
  return found;
}
