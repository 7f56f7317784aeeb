/**
 * "Yesterday", "today" and "tomorrow" in the languages read here: a day counted from the article's own
 * (`ieri`, `hoy`, `gestern`, `dün`, `вчера`, `أمس`). One table per language, each entry the source of a regular
 * expression and its offset in days; longer phrases stand before the words they hold (`l'altro ieri` before `ieri`).
 * Words that are also another word of the language are left out or fenced: Spanish `mañana` after an article is the
 * morning, German `Morgen` with a capital the morning, Arabic `اليوم` also "the day"; Hungarian `ma` (today) is too
 * short to tell from other words.
 */
import type { TemporalExpression } from './types.ts';

type Table = ReadonlyArray<readonly [string, number]>;

const TABLES: Readonly<Record<string, Table>> = {
  fr: [
    ['avant-hier', -2],
    ['après-demain', 2],
    ["aujourd['’]hui", 0],
    ['ce matin', 0],
    ['ce soir', 0],
    ['hier', -1],
    ['demain', 1],
  ],
  es: [
    ['anteayer', -2],
    ['antes de ayer', -2],
    ['pasado mañana', 2],
    ['esta mañana', 0],
    ['esta tarde', 0],
    ['esta noche', 0],
    ['anoche', -1],
    ['ayer', -1],
    // Not "hoy en día", "hoy día" (nowadays).
    ['hoy(?!\\s+(?:en\\s+)?día)', 0],
    // Not "la mañana", "por la mañana" (the morning).
    ['(?<!(?:la|una|cada|media|esta|pasado)\\s)mañana', 1],
  ],
  pt: [
    ['anteontem', -2],
    ['depois de amanhã', 2],
    ['esta manhã', 0],
    ['esta tarde', 0],
    ['esta noite', 0],
    ['ontem', -1],
    // Not "hoje em dia" (nowadays).
    ['hoje(?!\\s+em\\s+dia)', 0],
    ['amanhã', 1],
  ],
  it: [
    ["l['’]altro\\s?ieri", -2],
    ['dopodomani', 2],
    ['stamattina', 0],
    ['stamani', 0],
    ['stasera', 0],
    ['stanotte', 0],
    ['questa mattina', 0],
    ['questa sera', 0],
    ['questa notte', 0],
    ['ieri', -1],
    // Not "al giorno d'oggi" (nowadays).
    ["(?<!d['’])oggi", 0],
    ['domani', 1],
  ],
  ca: [
    ["abans-d['’]ahir", -2],
    ['demà passat', 2],
    ['aquest matí', 0],
    ['aquesta nit', 0],
    ['ahir', -1],
    ['avui', 0],
    ['demà', 1],
  ],
  de: [
    ['vorgestern', -2],
    ['übermorgen', 2],
    ['gestern', -1],
    ['heute', 0],
    // Lower case only: `Morgen` is the morning, and `heute Morgen`, `am Morgen` are read by the case.
    ['(?-i:morgen)', 1],
  ],
  nl: [
    ['eergisteren', -2],
    ['overmorgen', 2],
    ['vanochtend', 0],
    ['vanmorgen', 0],
    ['vanmiddag', 0],
    ['vanavond', 0],
    ['vannacht', 0],
    ['gisteravond', -1],
    ['gisteren', -1],
    ['vandaag', 0],
    // Not "de morgen", "'s morgens" (the morning).
    ["(?<!(?:de|deze|van|'s|’s)\\s)morgen", 1],
  ],
  tr: [
    ['evvelsi gün', -2],
    ['dün', -1],
    ['bugün', 0],
    ['yarın', 1],
  ],
  id: [
    ['kemarin lusa', -2],
    // Not after a weekday (`Senin kemarin`, last Monday: the weekday tells the day).
    ['(?<!(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\\s)kemarin', -1],
    ['hari ini', 0],
    ['besok', 1],
  ],
  ms: [
    ['semalam', -1],
    ['hari ini', 0],
    ['esok', 1],
  ],
  ru: [
    ['позавчера', -2],
    ['послезавтра', 2],
    ['вчера', -1],
    ['сегодня', 0],
    ['завтра', 1],
  ],
  uk: [
    ['позавчора', -2],
    ['післязавтра', 2],
    ['вчора', -1],
    ['учора', -1],
    ['сьогодні', 0],
    ['завтра', 1],
  ],
  pl: [
    ['przedwczoraj', -2],
    ['pojutrze', 2],
    ['wczoraj', -1],
    ['dzisiaj', 0],
    ['dziś', 0],
    ['jutro', 1],
  ],
  cs: [
    ['předevčírem', -2],
    ['pozítří', 2],
    ['včera', -1],
    ['dnes', 0],
    ['zítra', 1],
  ],
  sk: [
    ['predvčerom', -2],
    ['pozajtra', 2],
    ['včera', -1],
    ['dnes', 0],
    ['zajtra', 1],
  ],
  ro: [
    ['alaltăieri', -2],
    ['poimâine', 2],
    ['ieri', -1],
    ['astăzi', 0],
    ['azi', 0],
    ['mâine', 1],
  ],
  el: [
    ['προχθές', -2],
    ['μεθαύριο', 2],
    ['χθες', -1],
    ['χτες', -1],
    ['σήμερα', 0],
    ['αύριο', 1],
  ],
  hr: [
    ['prekjučer', -2],
    ['prekosutra', 2],
    ['jučer', -1],
    ['danas', 0],
    ['sutra', 1],
  ],
  sv: [
    ['i förrgår', -2],
    ['i övermorgon', 2],
    ['i går', -1],
    ['igår', -1],
    ['i dag', 0],
    ['idag', 0],
    ['i morgon', 1],
    ['imorgon', 1],
  ],
  da: [
    ['i forgårs', -2],
    ['i overmorgen', 2],
    ['i går', -1],
    ['i dag', 0],
    ['i morgen', 1],
  ],
  no: [
    ['i forgårs', -2],
    ['i overmorgen', 2],
    ['i går', -1],
    ['i dag', 0],
    ['i morgen', 1],
  ],
  fi: [
    ['toissapäivänä', -2],
    ['ylihuomenna', 2],
    ['eilen', -1],
    ['tänään', 0],
    ['huomenna', 1],
  ],
  hu: [
    ['tegnapelőtt', -2],
    ['holnapután', 2],
    ['tegnap', -1],
    ['holnap', 1],
  ],
  sw: [
    ['juzi', -2],
    // Not "mwaka jana" (last year).
    ['(?<!mwaka\\s)jana', -1],
    ['leo', 0],
    ['kesho', 1],
  ],
  // Not `اليوم` (also "the day": `في اليوم التالي`).
  ar: [
    ['أول أمس', -2],
    ['أمس الأول', -2],
    ['بعد غد', 2],
    ['الأمس', -1],
    ['أمس', -1],
    ['غدا', 1],
    ['غداً', 1],
  ],
};

// One-word times of this day (`stamattina`, `vanavond`), which tell an event of the day, unlike a bare "today".
const TIMES_OF_DAY = /^(?:stamattina|stamani|stasera|stanotte|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht)$/i;

const ALIASES: Readonly<Record<string, string>> = { nb: 'no', nn: 'no', bs: 'hr' };

const compiled = new Map<string, Array<[RegExp, number]>>();

/** A language's table as patterns, each matched as whole words. */
function patternsFor(code: string): Array<[RegExp, number]> {
  const key = ALIASES[code] ?? code;
  let p = compiled.get(key);
  if (!p) {
    p = (TABLES[key] ?? []).map(([w, offset]) => [
      new RegExp(`(?<![\\p{L}'’-])(?:${w})(?![\\p{L}'’-])`, 'giu'),
      offset,
    ]);
    compiled.set(key, p);
  }
  return p;
}

// A clock time in the sentence (`oggi alle 15.22`, `heute um 6 Uhr`): a day's own event.
const CLOCK = /(?<!\d)\d{1,2}[.:h]\d{2}(?!\d)/;

/** The clause of a sentence that holds position `at`: between the punctuation marks around it. */
function clauseAround(sentence: string, at: number): string {
  const start = Math.max(...[',', ';', ':', '«', '"', '“', '. '].map((c) => sentence.lastIndexOf(c, at)));
  const ends = [',', ';', ':', '»', '"', '”', '. '].map((c) => sentence.indexOf(c, at)).filter((k) => k >= 0);
  return sentence.slice(start + 1, ends.length ? Math.min(...ends) : undefined);
}

/**
 * The days named by their distance from the article's (`ieri`, `gestern`, `dün`) in a sentence of `language`. A bare
 * "today" is read only where the sentence has a clock time or `tensed` says the verb of its clause is in the past or
 * the future:
 * in the present it is most often "nowadays" (`Hoy tiene 62 alumnos`, `reúne hoje 140 agricultores`).
 */
export function findRelativeDays(
  sentence: string,
  language: string,
  tensed: (sentence: string) => boolean = () => true,
): TemporalExpression[] {
  const found: TemporalExpression[] = [];
  const code = language.split('-')[0]!;
  for (const [re, offset] of patternsFor(code)) {
    for (const m of sentence.matchAll(re)) {
      if (found.some((f) => m.index < f.index + f.text.length && f.index < m.index + m[0].length)) continue;
      const today = offset === 0 && !/\s/.test(m[0]) && !TIMES_OF_DAY.test(m[0]);
      if (today && !CLOCK.test(sentence) && !tensed(clauseAround(sentence, m.index))) continue;
      found.push({ kind: 'relative-day', offset, text: m[0], index: m.index, lead: null });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
