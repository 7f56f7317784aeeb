/**
 * Dates that stand in a clause telling another act than the sentence's own: a
 * relative clause set off by a comma ("Solenne, who chaired the court until
 * 2022, is to report by 17 April"), or a participle after a noun ("under an
 * order issued earlier this month", "the suspect arrested in May is due to
 * face a hearing on 19 June"). Where the sentence's main clause dates its own
 * act, the sentence is filed under that act only: a label made of the whole
 * sentence would tell the main act under the other clause's date.
 * Readers run in order; the first that answers decides.
 */
import type { TemporalExpression } from '../time/types.ts';
import { eitherApostrophe, statementWordsFor, type StatementWords } from './statement-words.ts';

// English relative words after a comma ("Bernard Lestrade, who has run the hospital since 2020, said …").
// Not "that": "said that … on Monday" reports the sentence's own content.
const RELATIVE = /^\s*(?:who|whom|whose|which|where)\b/i;
// Irregular past participles that follow a noun as readily as the regular "-ed" ones.
const IRREGULAR =
  'made|held|taken|given|set|won|built|brought|begun|chosen|drawn|found|led|paid|put|seen|sent|shown|sold|told|written|struck|kept|thrown|frozen|spent|lost|caught|bought';
// An auxiliary or finite verb among the words before the participle makes it a finite verb ("the firm had signed").
const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|has|have|had|will|would|did|does|do|can|could|must|should|may|might)$/i;
// A noun phrase with its determiner (its figures too: "the reward of 500,000 euros"), then a past participle and up
// to five words to the date: "a power purchase agreement signed in", "the suspect arrested in Alicante in", "an order
// issued earlier this".
const NOUN_PARTICIPLE = new RegExp(
  String.raw`(?:^|\b(?<lead>under|after|before|with|by|from|in|on|of|for|despite|following|to|into|against|over|that|since|and|said|says|told|added|announced|confirmed|stated)\s+)` +
    String.raw`(?:the|a|an|its|their|his|her|this|these|those)\s+(?<noun>(?:[\p{L}'’-]+\s+)(?:[\p{L}\d'’,.-]+\s+){0,3}?)(?<participle>[\p{L}-]+ed|${IRREGULAR})` +
    String.raw`(?<rest>\s+(?:[\p{L}\d'’,-]+\s+){0,5}?)$`,
  'iu',
);
// The leads that make the noun phrase a modifier; after any other ("that", "and", "of", "said") it may be a subject.
const PREPOSITION = /^(?:under|after|before|with|by|from|in|on|for|despite|following|to|into|against|over|since)$/i;
// Words ending in "-ed" that are no participle.
// Nor are the participles of comparing, basing and counting, which tell no act ("a third compared with last year").
const NOT_PARTICIPLE =
  /^(?:hundred|red|bed|need|speed|seed|deed|shed|sacred|naked|wicked|creed|breed|feed|weed|compared|based|aged|related|concerned|involved|combined|estimated|measured|dated)$/i;
// A passive participle takes no object: between it and the date, nothing or a phrase opened by a preposition
// ("arrested in Alicante in May", "issued earlier this month"); "reported the cracks last week" is a finite verb.
const AFTER_PARTICIPLE =
  /^\s*(?:(?:in|at|on|by|from|to|with|for|near|during|after|before|since|earlier|late|early|last|this|over|under|into|through|between|until|as)\b[^,;]*)?$/i;
// After a subject's participle phrase, the main clause's verb within two words of the date: "The suspect arrested in
// May is due to face …", not "The council voted in June to end the mission that was …" nor "The pool opened in 1974
// and was refurbished in 2017", where a second verb joins the first.
const FINITE_AFTER =
  /^\s*(?:(?!(?:and|but|or)\s)[\p{L}'’-]+\s+){0,2}?(?:is|are|was|were|has|have|had|will|would|must|can|could|should|may|might)\b/iu;

// A participle right after a comma, then up to four words to the date.
const APPOSITION = new RegExp(String.raw`^\s*([\p{L}-]+ed|${IRREGULAR})(\s+(?:\S+\s+){0,4})$`, 'iu');

/** What one reader sees. */
interface Context {
  /** The sentence from its start, or its last comma, dash or bracket, to the date. */
  clause: string;
  /** The sentence after the date. */
  after: string;
  /** The clause opens after a comma (or a dash or a bracket), not at the sentence's start. */
  afterComma: boolean;
  /** The article's language's words as patterns, or null for English. */
  words: ForeignPatterns | null;
}

/** A language's words as the patterns the readers use, compiled once. */
interface ForeignPatterns {
  /** A relative word opening the clause. */
  relative: RegExp;
  /** A participle opening an apposition, then up to four words. */
  apposition: RegExp | null;
  /** A verb of saying in the clause, after up to six words. */
  saying: RegExp | null;
  /** A relative word must be followed by a lower-case word (German capitalises its nouns). */
  relativeBeforeLowerCase: boolean;
  /** A noun, then a relative word with at most two words between it and the date, at the clause's end. */
  relativeRightBefore: RegExp;
  /** A verb of saying among the last three words before a relative word: it is "that", not "which". */
  sayingBefore: RegExp;
}

const compiled = new Map<StatementWords, ForeignPatterns>();

/** The patterns of a language's words. */
function patternsOf(words: StatementWords): ForeignPatterns {
  let p = compiled.get(words);
  if (!p) {
    p = {
      relative: new RegExp(String.raw`^\s*(?:${eitherApostrophe(words.relative)})(?![\p{L}])`, 'iu'),
      apposition: words.participle
        ? new RegExp(String.raw`^\s*(?:${words.participle})\s+(?:\S+\s+){0,4}$`, 'iu')
        : null,
      saying: words.saying
        ? new RegExp(String.raw`^\s*(?:[\p{L}'’.-]+\s+){0,6}?(?:${words.saying})(?![\p{L}])`, 'iu')
        : null,
      relativeBeforeLowerCase: words.relativeBeforeLowerCase === true,
      relativeRightBefore: new RegExp(
        String.raw`[\p{L}\d]\s+(?:${eitherApostrophe(words.relative)})(?![\p{L}])\s*(?<between>(?:[\p{L}'’-]+\s+){0,2})$`,
        'iu',
      ),
      sayingBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${words.reported.verbs}${words.saying ? `|${words.saying}` : ''})(?![\p{L}])(?:\s+\S+){0,2}\s*$`,
        'iu',
      ),
    };
    compiled.set(words, p);
  }
  return p;
}

/** A reader: true when the date stands in another act's clause, undefined to let the next reader decide. */
type SubordinateReader = (c: Context) => true | undefined;

/** The first word of a text, or an empty string. */
const firstWord = (text: string) => /^\s*([\p{L}'’]+)/u.exec(text)?.[1] ?? '';

// An attribution that closes the sentence (`…, the regional government said on Thursday.`): the day of the saying,
// not of the act the sentence reports.
const ATTRIBUTION =
  /^\s*(?:[\p{L}'’.-]+\s+){0,6}?(?:said|says|told|announced|added|stated|confirmed|explained|according to)\b/iu;

// What may follow the date in a closing attribution: the end, or a subject put after its verb (`a indiqué jeudi le
// maire.`).
const CLOSING = /^(?:\s+[\p{L}'’.-]+){0,5}[\s.!?"”»]*$/u;

// A clause of time after a comma, its conjunction within three words of the comma and two words or more between it
// and the date (", tres semanas después de que el buque encallara a mediados de septiembre"): another act's time.
// "seit Montag", the conjunction right before the date, is the main clause's own.
const TEMPORAL_CLAUSE = new RegExp(
  String.raw`^\s*(?:[\p{L}\d'’-]+\s+){0,3}?(?:after|before|since|until|once|when|después de que|antes de que|desde que|cuando|après que|avant que|depuis que|lorsque|quand|depois que|depois de|antes que|quando|dopo che|prima che|da quando|nachdem|bevor|seitdem|nadat|voordat|sinds|toen|بعد أن|قبل أن|منذ أن|عندما)(?![\p{L}])\s+(?:[\p{L}\d'’,-]+\s+){2,}`,
  'iu',
);

const READERS: SubordinateReader[] = [
  (c) => (c.afterComma && TEMPORAL_CLAUSE.test(c.clause) ? true : undefined),
  // Only an attribution after a comma that the date ends the sentence in: "Officials said on Monday that …" dates the
  // saying, which is the sentence's own act.
  (c) => (c.afterComma && CLOSING.test(c.after) && saysIn(c.clause, c.words) ? true : undefined),
  // ", who has run the hospital since 2020,": a relative clause after a comma.
  (c) => (RELATIVE.test(c.clause) ? true : undefined),
  // ", que presidió el tribunal hasta 2022,", ", die die Gruppe … gesetzt hatte,": the same in the article's language.
  (c) => {
    const opening = c.words?.relative.exec(c.clause);
    if (!opening) return undefined;
    const next = firstWord(c.clause.slice(opening[0].length));
    if (c.words!.relativeBeforeLowerCase && !/^\p{Ll}/u.test(next)) return undefined;
    return true;
  },
  // "la valvola che giovedì scorso ha bloccato", "le projet qui lundi a été voté": a relative word right before the
  // date with no comma, after a noun. After a verb of saying the word is "that" ("a annoncé que lundi …"): the date
  // is what was said.
  (c) => {
    // German sets every relative clause off by a comma: without one, "das für Samstag geplante Turnier" is an article.
    if (!c.words || c.words.relativeBeforeLowerCase) return undefined;
    const m = c.words.relativeRightBefore.exec(c.clause);
    if (!m) return undefined;
    const head = c.clause.slice(0, m.index + 1);
    return c.words.sayingBefore.test(head) ? undefined : true;
  },
  // ", ouverte en mars,", ", firmado en 2020,": a participle opening an apposition that a comma closes.
  (c) => {
    if (!c.words?.apposition || !c.after.includes(',')) return undefined;
    return c.words.apposition.test(c.clause) ? true : undefined;
  },
  // ", housed since 1934 in the former mint, was": an English participle opening an apposition that a comma closes,
  // before the main verb. A passive participle takes no object: ", ordered the halt on Tuesday," is a verb.
  (c) => {
    if (c.words || !c.afterComma || !c.after.includes(',')) return undefined;
    const m = APPOSITION.exec(c.clause);
    if (!m || NOT_PARTICIPLE.test(m[1]!) || !AFTER_PARTICIPLE.test(m[2]!)) return undefined;
    // The main clause's verb follows the closing comma: ", resigned on Tuesday, a week after …" is that verb itself.
    return FINITE_AFTER.test(c.after.slice(c.after.indexOf(',') + 1)) ? true : undefined;
  },
  // "under an order issued earlier this month", "the suspect arrested in May is due to …".
  (c) => {
    const m = NOUN_PARTICIPLE.exec(c.clause);
    if (!m || NOT_PARTICIPLE.test(m.groups!.participle!) || !AFTER_PARTICIPLE.test(m.groups!.rest!)) return undefined;
    // "according to an audit published on Tuesday": the source's own day, which the sentence reports by.
    if (/\baccording\s+$/i.test(c.clause.slice(0, m.index))) return undefined;
    if (m.groups!.noun!.split(/\s+/).some((w) => AUXILIARY.test(w))) return undefined;
    // After a preposition the phrase is a modifier; as the subject, the main verb must follow the date.
    // "Residents of the upper valley returned in May" and "said the library promised in April would open" are told
    // as subjects, whose participle phrase needs the main verb after the date.
    const subject = !m.groups!.lead || !PREPOSITION.test(m.groups!.lead);
    if (!subject) return true;
    return FINITE_AFTER.test(c.after) ? true : undefined;
  },
];

/** A verb of saying in the clause, in English or the article's language. */
function saysIn(clause: string, words: ForeignPatterns | null): boolean {
  return ATTRIBUTION.test(clause) || Boolean(words?.saying?.test(clause));
}

/**
 * Where a closing attribution stands before the date (`…, prosecutors said on` + the date + the end of the sentence):
 * the index of its comma in `before`, or -1 when the date closes no attribution.
 */
export function closingAttribution(before: string, after: string, language: string | null): number {
  const comma = before.lastIndexOf(',');
  if (comma < 0 || !CLOSING.test(after)) return -1;
  const words = statementWordsFor(language);
  return saysIn(before.slice(comma + 1), words ? patternsOf(words) : null) ? comma : -1;
}

/** Whether the date `expr` stands in a relative or participle clause of the sentence, not its main clause. */
export function isSubordinate(sentence: string, expr: TemporalExpression, language: string | null = 'en'): boolean {
  const before = sentence.slice(0, expr.index);
  const words = statementWordsFor(language);
  // A comma inside a figure (`500,000`) cuts no clause.
  const cut = Math.max(
    before.replace(/(?<=\d),(?=\d)/g, ' ').lastIndexOf(','),
    before.lastIndexOf('('),
    before.lastIndexOf(' — '),
    before.lastIndexOf(' – '),
  );
  const context: Context = {
    clause: cut < 0 ? before : before.slice(cut + 1),
    afterComma: cut >= 0,
    after: sentence.slice(expr.index + expr.text.length),
    words: words ? patternsOf(words) : null,
  };
  return READERS.some((read) => read(context) === true);
}
