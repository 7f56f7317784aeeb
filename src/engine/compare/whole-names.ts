/** Finding names as whole words, for the place counts and the country search. */

import { escapeRegExp } from '../text/regexp.ts';

/** A global pattern for any of `names` as written, not inside a longer word or hyphenated name (“Niger” not in “Nigeria”). */
export function wholeNames(names: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}-])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}-])`, 'gu');
}
