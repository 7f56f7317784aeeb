/**
 * A date that opens the sentence, then its subject and a denial, in the languages with word tables: "El martes las
 * llamas no cruzaron el río", "Mardi, le pont n'a pas rouvert". Not a denial inside what was said ("anunció que no
 * habrá …"), nor a stopping denied ("no han dejado de bajar": it goes on).
 */

// A denied stopping: "no han dejado de", "não deixaram de", "n'ont pas cessé de", "non hanno smesso di".
const GOING_ON = /\b(?:dej\p{L}*|deix\p{L}*|cess\p{L}*|smess\p{L}*|parad\p{L}*|pararam) d[eio]\b/iu;
// Words that open a clause of their own in the languages with word tables.
const OPENS_CLAUSE = /^(?:que|qu['’]\p{L}*|that|dass|daß|che|dat|om|ce|że|أن|إن|بأن)$/iu;

/**
 * Whether the date (with at most two words `before` it) is denied within the first four words `after` it, in its
 * clause, by the language's `negated` words; false where the language has none.
 */
export function deniedAfterOpening(before: string, after: string, negated: RegExp | null): boolean {
  if (!negated || before.trim().split(/\s+/).filter(Boolean).length > 2) return false;
  const whole = after.replace(/^\s*,/, '').split(/[,;:]/)[0]!;
  if (GOING_ON.test(whole)) return false;
  const clause = whole.trim().split(/\s+/).slice(0, 4);
  const stop = clause.findIndex((w) => OPENS_CLAUSE.test(w));
  return negated.test(clause.slice(0, stop < 0 ? undefined : stop).join(' '));
}
