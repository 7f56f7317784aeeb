/** The masthead: a short title-case line above the headline that names the outlet (`The Evening Herald`). */
import { countTokens } from '../../../text/words.ts';
import { furnitureWords } from '../../furniture-words/index.ts';
import { isTitleCase, normalize } from '../../line-shapes.ts';
import type { HeaderZone, LineReader, ReadLine } from '../reader.ts';
import { matchByline } from './byline.ts';

const OUTLET_WORDS = new Set(furnitureWords('outlet'));

/** A masthead: a short title-case line, not a sentence, that names an outlet (`The Evening Herald`). */
export function isMasthead(line: string): boolean {
  const t = line.trim();
  const ws = t.split(/\s+/);
  if (ws.length > 6 || t.length > 60 || /[.!?:,;]$/.test(t)) return false;
  // Scripts without capitals cannot be checked for title case; the outlet word alone tells.
  const uncased = !/[\p{Lu}\p{Ll}]/u.test(t);
  // German compounds end in the outlet word (`Elbtal-Kurier`); other scripts hold it inside the word.
  const named = (w: string) => {
    const plain = w.toLowerCase().replace(/[^\p{L}]/gu, '');
    return (
      OUTLET_WORDS.has(plain) ||
      [...OUTLET_WORDS].some(
        (o) => (/[^\u0000-\u024f]/.test(o) && w.includes(o)) || (o.length >= 5 && w.includes('-') && plain.endsWith(o)),
      )
    );
  };
  return (uncased || isTitleCase(t)) && ws.some(named);
}

/** True when a header line names the outlet a copyright line names (`Riverbend Daily` and `Riverbend Daily Media Ltd`). */
export function sameOutlet(line: string, holder: string): boolean {
  const a = normalize(line).replace(/^the\s+/, '');
  const b = normalize(holder).replace(/^the\s+/, '');
  return a.length >= 3 && countTokens(line) <= 6 && (a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `));
}

/** Takes the first masthead; above the headline, also a line naming the copyright holder or the site's name. */
export const mastheadReader: LineReader<ReadLine, HeaderZone> = (line, { found }) => {
  if (found.masthead) return null;
  const t = line.plain;
  // Under the headline, a byline that holds an outlet word (`By Jane Post`) is a byline.
  const named = !found.headline
    ? isMasthead(t) || (found.copyright && sameOutlet(t, found.copyright.holder)) || found.siteName?.line === line.n
    : isMasthead(t) && !matchByline(t);
  if (!named) return null;
  found.masthead = { name: t, line: line.n };
  return 'masthead';
};
