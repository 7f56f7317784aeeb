/**
 * A site's name and its tagline on the two first lines (`Copperbelt Watch` / `Stories from the mining towns`), with
 * page furniture (a menu, a stamp) between them and the headline. Without the furniture between, the second line
 * could as well be the headline under the outlet's name, and it is left to the readers below.
 */
import { countTokens } from '../../../text/words.ts';
import { endsLikeSentence } from '../../../text/sentences.ts';
import type { Findings } from '../../findings.ts';
import type { HeaderZone, LineReader, ReadLine } from '../reader.ts';
import { matchByline } from './byline.ts';
import { isKicker } from './kicker.ts';
import { matchPublishedLine } from './published-line.ts';
import { namesMenuItem } from './menu-item.ts';

/** A site's name: one to four words, capitalised or in a script without capitals, not a sentence. */
function isSiteName(t: string): boolean {
  return countTokens(t) <= 4 && /^[\p{Lu}\p{Lo}]/u.test(t) && !/[.!?,;:]$/.test(t);
}

/** A tagline: a short phrase that is not a sentence, a byline or a stamp, nor holds one sentence's end before another. */
function isTagline(t: string): boolean {
  const n = countTokens(t);
  return (
    n >= 2 &&
    n <= 12 &&
    !endsLikeSentence(t) &&
    !/[:|]/.test(t) &&
    !/[.!?]\s+\p{Lu}/u.test(t) &&
    !matchByline(t) &&
    !matchPublishedLine(t)
  );
}

/** True when the two first header lines are a name and its tagline, with furniture between them and the headline. */
export function isNameAndTagline(lines: readonly ReadLine[], found: Findings): boolean {
  const [name, tagline] = lines;
  if (!name || !tagline || !isSiteName(name.plain) || !isTagline(tagline.plain)) return false;
  // A section named again from the menu above it is no tagline (`IŠ MŪSŲ SENIŪNIJŲ`).
  if (namesMenuItem(tagline.plain, found)) return false;
  // The headline: the next line below that is not kicker-shaped, a byline or a stamp.
  const headline = lines
    .slice(2)
    .find((l) => !isKicker(l.plain) && !matchByline(l.plain) && !matchPublishedLine(l.plain));
  if (!headline || countTokens(headline.plain) > 20 || countTokens(headline.plain) <= countTokens(tagline.plain))
    return false;
  return found.removed.some((r) => r.line > tagline.n && r.line < headline.n);
}

/** Takes the first line as the masthead and the second as its tagline when they are a name and a tagline. */
export const mastheadTaglineReader: LineReader<ReadLine, HeaderZone> = (line, { found, lines }) => {
  if (found.headline) return null;
  if (line === lines[0] && !found.masthead && isNameAndTagline(lines, found)) {
    found.masthead = { name: line.plain, line: line.n };
    return 'masthead';
  }
  return line === lines[1] && found.masthead?.line === lines[0]!.n && isNameAndTagline(lines, found)
    ? 'masthead'
    : null;
};
