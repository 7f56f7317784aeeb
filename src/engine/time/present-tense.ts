/**
 * Languages that tell what is coming in the present tense ("Das Crowdfunding startet im März", "De werken beginnen
 * in mei"): there a month or a season in a clause with no mark of the past is the next one, not the last. The marks
 * of the past are auxiliaries and common past forms; a clause that has one, or might, keeps the usual reading (news
 * is told in the past), so a missed mark only leaves a date as it was read before.
 */

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
  if (!past) return false;
  const start = Math.max(0, ...['. ', '! ', '? '].map((s) => text.lastIndexOf(s, at) + 1));
  const end = text.indexOf('. ', at);
  return !past.test(text.slice(start, end < 0 ? undefined : end + 1));
}

/**
 * The future told by the verb's ending, where the ending is the language's own and no other word of the languages
 * read shares it: French writes "restera", "rejoindra", "aura" without the accent Spanish and Italian put on theirs
 * ("-rá", "-rà", which `foreign.ts` reads for every language), so its endings are read on French text only.
 */
export const FUTURE_INFLECTION: Readonly<Record<string, RegExp>> = {
  fr: /(?<!\p{L})(?:[a-zàâçéèêëîïôûù]{2,}(?:era|eront|erons|ira|iront|dra|dront|ura|uront|rra|rront)|aura|auront|fera|feront|ira|iront)(?!\p{L})/u,
};
