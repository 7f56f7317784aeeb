/** The masthead: a short title-case line above the headline that names the outlet (`The Evening Herald`). */
import { countTokens } from '../../../text/words.ts';
import { furnitureWords } from '../../furniture-words/index.ts';
import { isTitleCase, normalize } from '../../line-shapes.ts';
import type { RemovedLine } from '../../../schema/article.ts';
import type { HeaderZone, LineReader, ReadLine } from '../reader.ts';
import { matchByline } from './byline.ts';
import { namesMenuItem } from './menu-item.ts';

const OUTLET_WORDS = new Set(furnitureWords('outlet'));

/** A masthead: a short title-case line, not a sentence, that names an outlet (`The Evening Herald`). */
export function isMasthead(line: string): boolean {
  if (taggedName(line)) return true;
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

/** The name of a masthead that says after a dash or a bar what it is (`Forschung & Umwelt – Das Magazin der …`). */
export function taggedName(line: string): string | null {
  const tagged = /^(.{3,40}?)\s+[–—|]\s+(.{3,60})$/u.exec(line.trim());
  return tagged && isTitleCase(tagged[1]!) && !/[.!?:,;]$/.test(tagged[1]!) && namesOutlet(tagged[2]!)
    ? tagged[1]!
    : null;
}

/** True when a phrase holds an outlet word (`Das Magazin der Hochschule`, `the weekly of the growers`). */
function namesOutlet(phrase: string): boolean {
  return phrase.split(/\s+/).some((w) => OUTLET_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
}

/** True when a header line names the outlet a copyright line names (`Riverbend Daily` and `Riverbend Daily Media Ltd`). */
export function sameOutlet(line: string, holder: string): boolean {
  const a = normalize(line).replace(/^the\s+/, '');
  const b = normalize(holder).replace(/^the\s+/, '');
  return a.length >= 3 && countTokens(line) <= 6 && (a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `));
}

/**
 * A short line, not a sentence, standing right above the site's menu row (`TSV Grünwalde e.V.` over
 * `Verein | Abteilungen | Termine`): the site's name, as a page shows it above its navigation.
 */
function aboveMenu(n: number, text: string, removed: readonly RemovedLine[]): boolean {
  return (
    countTokens(text) <= 8 &&
    // Not a sentence; an abbreviation's full stop may close a name (`TSV Grünwalde e.V.`, `Acme Ltd.`).
    !/[!?:,;]$|\p{Ll}{3,}\.$/u.test(text.trim()) &&
    !matchByline(text) &&
    removed.some((r) => r.line === n + 1 && r.kind === 'navigation')
  );
}

/** Takes the first masthead; above the headline, also a line naming the copyright holder or the site's name. */
export const mastheadReader: LineReader<ReadLine, HeaderZone> = (line, { found }) => {
  if (found.masthead || namesMenuItem(line.plain, found)) return null;
  const t = line.plain;
  // Under the headline, a byline that holds an outlet word (`By Jane Post`) is a byline.
  const named = !found.headline
    ? isMasthead(t) ||
      (found.copyright && sameOutlet(t, found.copyright.holder)) ||
      found.siteName?.line === line.n ||
      aboveMenu(line.n, t, found.removed)
    : isMasthead(t) && !matchByline(t);
  if (!named) return null;
  found.masthead = { name: taggedName(t) ?? t, line: line.n };
  return 'masthead';
};
