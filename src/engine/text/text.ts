/** Plain-text helpers shared by the parser, the date resolver and the event extractor. */
import slugifyText from '@sindresorhus/slugify';

/** A sentence with its position inside the text it came from. */
export interface Sentence {
  /** The sentence, verbatim, without surrounding white space. */
  text: string;
  /** Offset of its first character in the source text. */
  start: number;
}

// A sentence ends at . ! ? or … (maybe followed by closing quotes or brackets)
// before white space and an opening capital, digit or quote. A regular expression
// is several times faster than Intl.Segmenter and splits news prose the same way.
// Scripts without capitals (Arabic, Hebrew, Devanagari…) start a sentence with any letter.
// Chinese and Japanese end a sentence with 。！？ and no space after it.
const SENTENCE_END =
  /(?<=[.!?…؟।][”"’')\]]*)\s+(?=[“"‘'(\[«]?[\p{Lu}\p{N}\p{Lo}])|(?<=[。！？][」』”"]?)(?=[^\s」』”"])/gu;

// Month names of the languages that write a day as an ordinal with a full stop, from the runtime's locale data.
const ORDINAL_MONTH = new RegExp(
  `^(?:${[...new Set(['de', 'da', 'nb', 'fi', 'cs', 'pl', 'sk', 'sl', 'hr', 'hu', 'et', 'lv', 'lt', 'is'].flatMap((l) => Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2020, m, 15))).find((p) => p.type === 'month')?.value ?? '')))].filter((x) => x.length > 2).join('|')})`,
  'iu',
);

// These tokens end with a full stop that is not a sentence end.
const ABBREVIATION =
  /(?:^|\s)(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Nos|vs|Vol|approx|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)$/;

/** Splits running text into sentences, keeping abbreviations such as `U.N.` and `Mr.` inside them. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = text.length - text.trimStart().length;
  let pendingStart = -1;
  const push = (from: number, to: number) => {
    const piece = text.slice(from, to).trimEnd();
    if (!piece) return;
    const begin = pendingStart >= 0 ? pendingStart : from;
    const joined = text.slice(begin, from + piece.length);
    if (ABBREVIATION.test(piece)) {
      pendingStart = begin;
      return;
    }
    out.push({ text: joined, start: begin });
    pendingStart = -1;
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    // "am 4. März", "den 3. Oktober": in German and other languages a day number takes a full stop.
    if (
      /\s\d{1,2}\.$/.test(text.slice(Math.max(start, m.index - 4), m.index)) &&
      ORDINAL_MONTH.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
    )
      continue;
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  if (pendingStart >= 0) out.push({ text: text.slice(pendingStart).trimEnd(), start: pendingStart });
  return out;
}

// Letters or digits, with inner apostrophes, hyphens and decimal points ("Smith’s",
// "decade-long", "10,500"). A regular expression is several times faster than
// Intl.Segmenter here and counts the same for the languages the site reads.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.,-](?=[\p{L}\p{N}]))*/gu;

/** The words of a text, as the reader would count them. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Counts white-space-separated tokens: a cheap word count for telling lines apart. */
export function countTokens(text: string): number {
  let n = 0;
  let ideographs = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    // Chinese and Japanese write without spaces: about two characters make a word.
    if (c >= 0x3040 && c <= 0x9fff) ideographs++;
    if (!space && !inToken) n++;
    inToken = !space;
  }
  return ideographs ? n + Math.ceil(ideographs / 2) : n;
}

/** Counts words in a text. */
export function countWords(text: string): number {
  return words(text).length;
}

/** Turns text into a lowercase ASCII slug, cut at a word boundary to at most `max` characters. */
export function slugify(text: string, max = 60): string {
  // The library transliterates other scripts (Arabic, Cyrillic, Greek…) instead of dropping their letters.
  const ascii = slugifyText(text, { decamelize: false });
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : ascii.slice(0, max)).replace(/-+$/g, '');
}

/** True when a line ends the way a sentence ends (full stop, question or exclamation mark, maybe inside quotes). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…。！？؟][”"’')\]」』]*\s*$/.test(line) || /[.!?]\s*[”"’]\s*$/.test(line);
}

/** Common English function words; used to tell headings and tag lines from prose. */
export const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by for from had has have he her his i in into is it its of on or our ' +
    'she so than that the their them then there these they this those to was we were what when where which while ' +
    'who whom whose why will with would you your not no nor also after before over under about against between ' +
    'during since until upon via per more most some such only own same other any each both few can could should ' +
    'may might must shall do does did done said says say'
  ).split(' '),
);

/** Makes ids unique in order: the second `x` becomes `x-2`, the third `x-3`. Mutates and returns the items. */
export function suffixDuplicateIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    if (n > 1) item.id = `${item.id}-${n}`;
  }
  return items;
}
