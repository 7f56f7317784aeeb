/**
 * A state on a day told as a count out of a whole reached by then: "By Wednesday, 9 of the 31 containers had been
 * lifted", "Al 2 novembre erano stati recuperati 24 dei 31", "Bis Mittwoch waren 9 von 31 gehoben", "حتى يوم
 * الأربعاء … 19 من أصل 31". The words of "by" and "out of" are data here, in the languages the engine reads.
 */

// "By", "until", "as of" right before the date, maybe with "the" or "day".
const BY_DAY =
  /(?<![\p{L}])(?:by|until|as of|al|hasta(?: el)?|até(?: ao| à)?|jusqu['’](?:à|au)|bis(?: zum| zur)?|fino al|tot|حتى(?: يوم)?)\s*$/iu;
// The same words as an expression's own lead (`By Wednesday`).
const BY_LEADS: ReadonlySet<string> = new Set(['by', 'until', 'as of']);
// A count out of a whole: "9 of the 31", "24 dei 31", "19 من أصل 31", "61 der 118".
const OUT_OF =
  /(?<![\d.,])\d[\d.,]*\s+(?:of|out of|de|dos|das|dei|delle|degli|des|sur|von|der|van|من أصل)\s+(?:(?:the|los|las|os|as|les|i|gli|le|den|de)\s+)?\d[\d.,]*(?!\d)/iu;

// A perfect in the past ("had been cancelled", "se habían cancelado", "avaient été", "كانت … قد"): a count reached.
const PLUPERFECT =
  /(?<![\p{L}])(?:had|hadden|habían|había|haviam|havia|tinham|tinha|avaient|avait|avevano|aveva|erano stat[ie]|era stat[oa]|hatten|hatte|waren|كانت(?:\s+\p{L}+){0,3}\s+قد|كان(?:\s+\p{L}+){0,3}\s+قد)(?![\p{L}])/iu;
// A figure a count gives ("1.480 vuelos", "3.6 ملايين", "52,000").
const FIGURE = /(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))(?:\d{2,}|\d[.,]\d)/;

/**
 * Whether the date is reached "by" (`before` ends with the word, or it is the expression's lead) and its clause counts a
 * part of a whole, or tells a figure reached by then in a perfect of the past (`Hasta el miércoles por la noche se
 * habían cancelado 1.480 vuelos`); `date`, the date's own text, is no figure of it.
 */
export function isCountByDay(before: string, clause: string, lead: string | null, date = ''): boolean {
  if (!(BY_DAY.test(before) || BY_LEADS.has((lead ?? '').toLowerCase()))) return false;
  return OUT_OF.test(clause) || (PLUPERFECT.test(clause) && FIGURE.test(clause.replace(date, ' ')));
}
