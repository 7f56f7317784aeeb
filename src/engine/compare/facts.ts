/**
 * The specific facts of a text, as a set a rewrite or a translation keeps
 * while changing every word around them: figures (with their unit where it is
 * a unit of measure), calendar dates, proper names, and quoted words. Common
 * words are never facts. Story-agnostic: no list of names, only the shapes of
 * figures, dates and capitalised names in English prose.
 */
import { splitSentences } from '../text/sentences.ts';
import { STOPWORDS } from '../text/words.ts';
import { findPeople } from './people.ts';
import { quoteKey } from './quotes.ts';
import { pad2 } from '../time/calendar.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../time/names.ts';

/** One fact: a key that matches across wordings, and the words as first written. */
export interface Fact {
  /** Kind-prefixed normal form (`n:10500`, `d:12-31`, `w:friday`, `e:kampala`, `q:part of the problem`). */
  key: string;
  /** The words as written, for showing the evidence. */
  label: string;
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
// A month named in full, or cut to three letters with or without a full stop (`Sept` too); May has no short form.
const SHORT_MONTHS = MONTH_ABBREVIATIONS.filter((m) => !MONTH_NAMES.includes(m)).map((m) =>
  m === 'Sep' ? String.raw`Sept?\.?` : String.raw`${m}\.?`,
);
const MONTH = `(${[...MONTH_NAMES, ...SHORT_MONTHS].join('|')})`;
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![\p{L}])`, 'gu');
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,\d)`, 'gu');
const MONTH_ALONE = new RegExp(
  String.raw`\b(?:in|since|by|until|from|of|early|late|mid-?|last|next|this)\s+${MONTH}(?![\p{L}])`,
  'gu',
);
const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAY_NAMES.join('|')})\b`, 'g');
const CALENDAR_WORD = new RegExp(`^(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|').toLowerCase()})$`);

const monthIndex = (m: string) => MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().replace(/\.$/, '').slice(0, 3)));

// Numbers written as words (“three workers”). “one” is left out: it is mostly a pronoun (“one of the”).
const NUMBER_WORDS = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, i + 2] as const),
);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Figures in digits (with a scale word and a unit) and small numbers in words. No look-behind in these
// patterns: it would run at every position; the character before a match is checked by hand instead.
const FIGURE =
  /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?(?:[\s-]*(%|per ?cent|percent|kilometres?|kilometers?|km|metres?|meters?|miles?|tonnes?|tons?|euros?|dollars?|pounds?|degrees?))?|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?:\s+(thousand|million|billion))?/gi;
const INSIDE_NUMBER = /[\p{L}\p{N}.,]/u;
const CURRENCY = /([$€£])\s?$/;

// Units of measure in one normal form, so “62-metre” and “62 metres” agree.
function unitOf(raw: string | undefined, before: string): string {
  const cur = CURRENCY.exec(before)?.[1];
  if (cur) return { $: 'usd', '€': 'eur', '£': 'gbp' }[cur]!;
  if (!raw) return '';
  const u = raw.toLowerCase().replace(/\s+/g, '');
  if (u === '%' || u.startsWith('per') || u === 'percent') return '%';
  if (u.startsWith('kilomet') || u === 'km') return 'km';
  if (u.startsWith('met')) return 'm';
  if (u.startsWith('mile')) return 'mi';
  if (u.startsWith('ton')) return 't';
  if (u.startsWith('euro')) return 'eur';
  if (u.startsWith('dollar')) return 'usd';
  if (u.startsWith('pound')) return 'gbp';
  return 'deg';
}

/** Lowercase letters and digits only, accents folded, dots of abbreviations dropped (`U.N.` → `un`). */
export function nameKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/\./g, '')
    .toLowerCase();
}

// True when the word at `index` opens a quotation or a clause after a colon or bracket (its capital says nothing).
// Only the few characters before it are looked at: testing a regex anchored at the end of the whole prefix is quadratic.
const opensClause = (text: string, index: number) => /[:“"‘(]\s*$/.test(text.slice(Math.max(0, index - 4), index));

const NAME_RUN = /\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*/gu;
const INSIDE_WORD = /[\p{L}\p{N}'’-]/u;
// True when a match at `index` continues a word (`McDonald`, `A320`): it is not a word of its own.
const continues = (text: string, index: number, inside: RegExp) => index > 0 && inside.test(text[index - 1]!);

/** Records a fact under its key, with its words as first written; a later mention of the same key adds nothing. */
type AddFact = (key: string, label: string) => void;

/** The facts of a text, deduplicated by key, in order of first mention. */
export function extractFacts(text: string): Fact[] {
  const out = new Map<string, string>();
  const add: AddFact = (key, label) => {
    if (!out.has(key)) out.set(key, label);
  };
  const paragraphs = text.split(/\n\s*\n|\n/).filter((p) => p.trim());
  const sentences = paragraphs.flatMap((p) => splitSentences(p).map((s) => s.text));
  const { runsOf, midSentence } = nameRuns(sentences);
  sentences.forEach((sentence, k) => {
    addQuotations(sentence, add);
    const rest = addDates(sentence, add);
    addFigures(rest, add);
    const personWords = addPeople(sentence, add);
    addNames(sentence, runsOf[k]!, midSentence, personWords, add);
  });
  return [...out].map(([key, label]) => ({ key, label }));
}

/** A run of capitalised words (`Islamic State`), with every word's offset in its sentence. */
type NameRun = { text: string; words: Array<{ word: string; index: number }> };

/**
 * Each sentence's runs of capitalised words, scanned once; and the words seen capitalised inside a
 * sentence: a sentence's first word counts as a name only if it is one of these.
 */
function nameRuns(sentences: readonly string[]): { runsOf: NameRun[][]; midSentence: Set<string> } {
  const midSentence = new Set<string>();
  const runsOf = sentences.map((s) => {
    const runs: NameRun[] = [];
    for (const run of s.matchAll(NAME_RUN)) {
      if (continues(s, run.index, INSIDE_WORD)) continue;
      const words: Array<{ word: string; index: number }> = [];
      let offset = run.index;
      for (const word of run[0].split(/\s+/)) {
        const index = s.indexOf(word, offset);
        offset = index + word.length;
        words.push({ word, index });
        if (index > 0 && !opensClause(s, index)) midSentence.add(nameKey(word.replace(/[-'’.]+$/, '')));
      }
      runs.push({ text: run[0], words });
    }
    return runs;
  });
  return { runsOf, midSentence };
}

/** Quoted words, as the quote ledger normalises them. */
function addQuotations(sentence: string, add: AddFact): void {
  for (const m of sentence.matchAll(/[“"]([^“”"]{2,400}?)[”"]/g)) {
    const k = quoteKey(m[1]!);
    if (k) add(`q:${k}`, m[1]!.trim());
  }
}

/**
 * Calendar days, then months and weekdays named alone. Days go first and are blanked out of the text
 * returned, so that their numbers are not read as figures.
 */
function addDates(sentence: string, add: AddFact): string {
  const blank = (m: RegExpMatchArray) => ' '.repeat(m[0].length);
  let rest = sentence.replace(DAY_MONTH, (...m) => {
    const month = monthIndex(m[2]);
    if (month >= 0) add(`d:${pad2(month + 1)}-${pad2(Number(m[1]))}`, m[0]);
    return blank(m as unknown as RegExpMatchArray);
  });
  rest = rest.replace(MONTH_DAY, (...m) => {
    const month = monthIndex(m[1]);
    const day = Number(m[2]);
    if (month >= 0 && day >= 1 && day <= 31) {
      add(`d:${pad2(month + 1)}-${pad2(day)}`, m[0]);
      return blank(m as unknown as RegExpMatchArray);
    }
    return m[0];
  });
  for (const m of rest.matchAll(MONTH_ALONE)) {
    const month = monthIndex(m[1]!);
    if (month >= 0) add(`m:${MONTHS[month]}`, m[1]!);
  }
  for (const m of rest.matchAll(WEEKDAY)) add(`w:${m[1]!.toLowerCase()}`, m[1]!);
  return rest;
}

/** Figures, in digits or small number words, scaled (`2.5 million`) and with their unit of measure. */
function addFigures(rest: string, add: AddFact): void {
  for (const m of rest.matchAll(FIGURE)) {
    if (continues(rest, m.index, INSIDE_NUMBER)) continue;
    let value: number;
    let scale: string | undefined;
    if (m[1]) {
      value = Number(m[1].replace(/,/g, ''));
      scale = m[2];
    } else {
      value = NUMBER_WORDS.get(m[4]!.toLowerCase())!;
      scale = m[5];
    }
    if (scale) value *= SCALE[scale.toLowerCase()]!;
    if (!Number.isFinite(value)) continue;
    const unit = unitOf(m[1] ? m[3] : undefined, rest.slice(Math.max(0, m.index - 2), m.index));
    add(`n:${Number(value.toPrecision(12))}${unit ? ` ${unit}` : ''}`, m[0].trim());
  }
}

/** People, by surname (a rewrite may drop the first name or spell it differently); returns the words of their names. */
function addPeople(sentence: string, add: AddFact): Set<string> {
  const personWords = new Set<string>();
  for (const p of findPeople(sentence, () => false)) {
    const parts = p.name.split(' ');
    for (const w of parts) personWords.add(nameKey(w));
    add(`p:${nameKey(parts.at(-1)!)}`, p.name);
  }
  return personWords;
}

/**
 * Other proper names (places, organisations), one word at a time so that word order and “the” do not matter;
 * each word is shown as the whole name it belongs to (`Islamic State`).
 */
function addNames(
  sentence: string,
  runs: readonly NameRun[],
  midSentence: ReadonlySet<string>,
  personWords: ReadonlySet<string>,
  add: AddFact,
): void {
  for (const run of runs) {
    const label = run.text
      .split(/\s+/)
      .filter((w) => !STOPWORDS.has(w.toLowerCase()))
      .join(' ');
    for (const { word, index } of run.words) {
      const key = nameKey(word.replace(/[-'’.]+$/, ''));
      if (
        key.length < 2 ||
        STOPWORDS.has(key) ||
        CALENDAR_WORD.test(key) ||
        NUMBER_WORDS.has(key) ||
        personWords.has(key)
      )
        continue;
      if ((index === 0 || opensClause(sentence, index)) && !midSentence.has(key)) continue;
      add(`e:${key}`, label || word);
    }
  }
}
