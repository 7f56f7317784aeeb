/**
 * Languages that tell what is coming in the present tense ("Das Crowdfunding startet im März", "De werken beginnen
 * in mei"): there a month or a season in a clause with no mark of the past is the next one, not the last. The marks
 * of the past are auxiliaries and common past forms; a clause that has one, or might, keeps the usual reading (news
 * is told in the past), so a missed mark only leaves a date as it was read before.
 */

import { bare } from './foreign-names.ts';
import { COMING_WEEKDAY_BEFORE, FOREIGN_FUTURE, PERIPHRASTIC_PAST } from './future-words.ts';
import * as W from './relative-words.ts';
import type { Direction } from './types.ts';

// German: perfect and pluperfect auxiliaries, the passive past, weak preterites (-te, -ten; not the present
// "startet") and common strong ones; "seit" (since) looks back whatever the verb's tense.
const DE_PAST =
  /(?<!\p{L})(?:hat|haben|hatte|hatten|hätte|war|waren|wäre|wurde|wurden|ist|sind|gewesen|worden|\p{L}+te|\p{L}+ten|kam|kamen|ging|gingen|gab|gaben|fand|fanden|begann|begannen|lag|lagen|stand|standen|fiel|fielen|nahm|nahmen|traf|trafen|hielt|hielten|rief|riefen|sprach|sprachen|schloss|schlossen|stieg|stiegen|verlor|verloren|gewann|gewannen|blieb|blieben|entschied|entschieden|zog|zogen|letzte[nmrs]?|vergangene[nmrs]?|vorigen?|damals|bereits|schon|seit|seitdem|wies|wiesen)(?!\p{L})/iu;
// Dutch: auxiliaries, weak preterites (-de, -den, -te, -ten) and common strong ones.
const NL_PAST =
  /(?<!\p{L})(?:heeft|hebben|had|hadden|was|waren|werd|werden|is|zijn|geweest|\p{L}+de|\p{L}+den|\p{L}+te|\p{L}+ten|kwam|kwamen|ging|gingen|gaf|gaven|vond|vonden|begon|begonnen|stond|stonden|viel|vielen|nam|namen|bleef|bleven|vorige|afgelopen|toen|al|sinds|sindsdien)(?!\p{L})/iu;

const PAST: Readonly<Record<string, RegExp>> = { de: DE_PAST, nl: NL_PAST };

/**
 * Whether a month or season at `at` in `text` (a paragraph), told in language `code`, points ahead: the language
 * tells the future in the present tense and the sentence that holds it has no mark of the past.
 */
export function presentPointsAhead(code: string, text: string, at: number): boolean {
  const past = PAST[code];
  return past ? !past.test(sentenceAt(text, at)) : false;
}

/** The sentence of a paragraph that holds position `at`. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(0, ...['. ', '! ', '? '].map((s) => text.lastIndexOf(s, at) + 1));
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? undefined : end + 1);
}

/**
 * The future told by the verb's ending, where the ending is the language's own and no other word of the languages
 * read shares it: French writes "restera", "rejoindra", "aura" without the accent Spanish and Italian put on theirs
 * ("-rá", "-rà", which `foreign.ts` reads for every language), so its endings are read on French text only.
 */
export const FUTURE_INFLECTION: Readonly<Record<string, RegExp>> = {
  fr: /(?<!\p{L})(?:[a-zàâçéèêëîïôûù]{2,}(?:era|eront|erons|ira|iront|dra|dront|ura|uront|rra|rront)|aura|auront|fera|feront|ira|iront)(?!\p{L})/u,
};

// Marks of the past in other languages: auxiliaries of the compound and pluperfect tenses, and the endings of the
// simple past ("aprobó", "aprovou", "approvò", "объявил", "ogłosił", "açıkladı"). A word that only looks like one
// ("svou", "земли") keeps a month in the past, as it was read before.
const past = (words: string) => new RegExp(String.raw`(?<!\p{L})(?:${words})(?!\p{L})`, 'iu');
const SLAVIC_L = String.raw`\p{L}{2,}(?:l|la|lo|li|ly|ł|ła|ło|ły|л|ла|ло|ли|в)`;
const PAST_MARKS: Readonly<Record<string, RegExp>> = {
  fr: past(
    String.raw`a|ont|avait|avaient|était|étaient|fut|furent|été|eu|(?:est|sont)\s+\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)`,
  ),
  es: past(String.raw`ha|han|había|habían|fue|fueron|estaba|estaban|\p{L}{2,}(?:ó|aron|ieron)`),
  pt: past(String.raw`tem|têm|tinha|tinham|havia|haviam|foi|foram|estava|estavam|\p{L}{2,}(?:ou|aram|eram|iram|iu)`),
  it: past(
    String.raw`ha|hanno|aveva|avevano|era|erano|fu|furono|stato|stata|stati|state|è\s+\p{L}+(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)|(?!può|però|ciò|perciò)\p{L}{2,}(?:ò|arono|erono|irono)`,
  ),
  ca: past(String.raw`ha|han|havia|havien|va|van|era|eren|fou|foren`),
  ro: past(String.raw`au|fost|fusese|fuseseră|era|erau|avea|aveau|a\s+\p{L}+(?:at|it|ut|ât)`),
  ru: past(SLAVIC_L),
  uk: past(SLAVIC_L),
  cs: past(SLAVIC_L),
  sk: past(SLAVIC_L),
  pl: past(SLAVIC_L),
  hr: past(String.raw`bio|bila|bili|bilo|\p{L}{2,}(?:ao|io|la|lo|li|le)`),
  bs: past(String.raw`bio|bila|bili|bilo|\p{L}{2,}(?:ao|io|la|lo|li|le)`),
  sr: past(String.raw`bio|bila|bili|bilo|\p{L}{2,}(?:ao|io|la|lo|li|le)`),
  tr: past(String.raw`\p{L}{2,}(?:d[ıiuü]|t[ıiuü]|m[ıiuü]ş)\p{L}{0,4}`),
  ar: past(String.raw`[وف]?كان|[وف]?كانت|[وف]?كانوا|قد|الماضي|الماضية|الفائت|المنصرم`),
  id: past(String.raw`telah|sudah|lalu|kemarin|sempat`),
  ms: past(String.raw`telah|sudah|lalu|semalam|sempat`),
  sv: past(String.raw`har|hade|var|blev|\p{L}{2,}(?:ade|de|te)`),
  da: past(String.raw`har|havde|var|blev|\p{L}{2,}(?:ede|te)`),
  no: past(String.raw`har|hadde|var|ble|blei|vart|\p{L}{2,}(?:et|a|te|de)`),
  nb: past(String.raw`har|hadde|var|ble|\p{L}{2,}(?:et|te|de)`),
  nn: past(String.raw`har|hadde|var|vart|blei|\p{L}{2,}(?:a|te|de)`),
  el: past(String.raw`είχε|είχαν|ήταν|\p{L}{2,}(?:ησε|ησαν|ηκε|ηκαν|αξε|αξαν|ωσε|ωσαν|ψε|ψαν)`),
};
// The word before a month that makes it a start in the past ("depuis septembre", "seit März", "desde julio", "منذ").
const SINCE_BEFORE =
  /(?<!\p{L})(?:depuis|dès|seit|desde|dal|dall['’]|sinds|sejak|sedan|siden|fra|od|с|со|від|з|από|óta|منذ|beri)\s+(?:\p{L}{1,3}['’\s]\s*)?$/iu;

/** Whether the text ends with a word of "since" in any language read (`since`, `depuis`, `seit`, `منذ`). */
export function sinceBefore(text: string): boolean {
  return SINCE_BEFORE.test(text.slice(-24)) || /(?<!\p{L})since\s+(?:the\s+)?$/iu.test(text.slice(-24));
}

/**
 * Whether a yearless month at `at` in `text`, told in language `code`, with no word beside it saying last or next,
 * is the nearest such month rather than the last: the language's marks of the past are listed here (English tenses
 * are read elsewhere), the sentence has none, and no "since" stands before the month. Real pages in these languages
 * name a later month of the year without "last" for the coming one nearly always.
 */
export function monthPointsNearest(code: string, text: string, at: number): boolean {
  const marks = PAST[code] ?? PAST_MARKS[code];
  if (!marks) return false;
  if (SINCE_BEFORE.test(text.slice(Math.max(0, at - 20), at))) return false;
  return !marks.test(sentenceAt(text, at));
}

// Languages whose tenses are read by the statement tables only (`timeline/statement-words.ts`).
const TENSES_READ_ELSEWHERE = new Set(['hu', 'fi']);

/**
 * Whether nothing here reads the tenses of a language (Galician, Bulgarian, Lithuanian…): a day or month it names
 * without a year is then the nearest one, neither the last nor the next, since no verb says which.
 */
export function tenseUnread(code: string): boolean {
  return !PAST[code] && !PAST_MARKS[code] && !TENSES_READ_ELSEWHERE.has(code);
}

/** Whether a sentence of the language has a mark of the past or of the future: its verb is not in the present. */
export function tensedSentence(code: string, sentence: string): boolean {
  const past = PAST[code] ?? PAST_MARKS[code];
  return Boolean(past?.test(sentence) || FOREIGN_FUTURE.test(sentence) || FUTURE_INFLECTION[code]?.test(sentence));
}

/** 'future' when the words before `index` in its clause put it in the future (`est prévue le 3 mars`). */
export function foreignFuture(sentence: string, index: number, after = 1, code = ''): Direction | undefined {
  let clauseStart = Math.max(
    sentence.lastIndexOf(',', index),
    sentence.lastIndexOf('.', index),
    sentence.lastIndexOf('،', index),
    0,
  );
  // A clause too short for a verb of its own (`…, rumo a Roterdão, em dezembro.`) is read with the sentence before.
  const rest = sentence.slice(index).split(/[,;.،]/)[0]!;
  if (`${sentence.slice(clauseStart + 1, index)}${rest}`.trim().split(/\s+/).length <= 4)
    clauseStart = Math.max(sentence.lastIndexOf('. ', index), 0);
  // The clause ends at the next comma: "ouverte en mars, doit rendre …" puts "doit" in another clause.
  const nextComma = [',', '،', ';'].map((c) => sentence.indexOf(c, index)).filter((k) => k >= 0);
  // So does a conjunction that opens a clause of its own ("a commencé mercredi et devrait se poursuivre").
  const conjunction = W.COORDINATING.exec(sentence.slice(index));
  if (conjunction) nextComma.push(index + conjunction.index);
  const clauseEnd = Math.min(index + after, ...nextComma);
  const clause = sentence.slice(clauseStart, Math.max(clauseEnd, index + 1));
  const told = PERIPHRASTIC_PAST[code] ? clause.replace(PERIPHRASTIC_PAST[code], '') : clause;
  return FOREIGN_FUTURE.test(told) || FUTURE_INFLECTION[code]?.test(told) ? 'future' : undefined;
}

/** The way an expression in another language points: from a "last"/"next" word beside it, else a future marker before it in the sentence, else the past. */
export function directionIn(
  tokens: RegExpExecArray[],
  i: number,
  text: string,
  at: number,
  code = '',
  month = false,
): Direction | undefined {
  const near = [tokens[i - 2]?.[0], tokens[i - 1]?.[0], tokens[i + 1]?.[0], tokens[i + 2]?.[0]].flatMap((w) =>
    w ? [bare(w)] : [],
  );
  if (near.some((w) => W.LAST.test(w))) return 'past';
  if (near.some((w) => W.NEXT.test(w))) return 'future';
  // "Das Crowdfunding, das im März startet": the present tells what is coming, where nothing marks the past.
  if (foreignFuture(text, at, 40, code) || presentPointsAhead(code, text, at)) return 'future';
  // A month with nothing to say which: the nearest one, where the sentence has no mark of the past.
  return month && (monthPointsNearest(code, text, at) || tenseUnread(code)) ? 'nearest' : undefined;
}

/**
 * The way a Scandinavian weekday points from the word before it: `i onsdags` is the last one; `på onsdag` is the
 * coming one unless a verb in the past stands just before it (`beordrade på onsdag`, `stoppade linjen på onsdag`),
 * where it is left to the tense. Only unmistakable past endings count: `möte` (a meeting) or `laget` (the team) end
 * as past forms do too.
 */
export function weekdayPointsBy(code: string, before: string, word: string, textBefore: string): Direction | undefined {
  if (/^i$/i.test(before) && /s$/i.test(word) && SCANDINAVIAN_PAST[code]) return 'past';
  // Only the bare name is the coming day: the definite `på onsdagen` is the day the story tells of.
  if (!COMING_WEEKDAY_BEFORE[code]?.test(before) || !/dag$/i.test(word)) return undefined;
  const words = (textBefore.split(/[,;:]/).pop() ?? '').trim().split(/\s+/).slice(-4, -1);
  return words.some((w) => SCANDINAVIAN_PAST[code]?.test(w)) ? undefined : 'future';
}

// Past forms no noun shares: Swedish `-ade`, `-dde` (beordrade, bodde); Danish `-ede` (stoppede); Norwegian `-dde`.
const SCANDINAVIAN_PAST: Readonly<Record<string, RegExp>> = {
  sv: /^\p{L}{3,}(?:ade|dde)$/u,
  da: /^\p{L}{3,}(?:ede|dde)$/u,
  no: /^\p{L}{3,}dde$/u,
  nb: /^\p{L}{3,}dde$/u,
  nn: /^\p{L}{3,}dde$/u,
};
