/**
 * What a line looks like, whatever zone it stands in: running prose, title case, a person's name; and a line
 * without the Markdown marks a text copied from a web page may keep.
 */
import { countTokens, STOPWORDS } from '../text/words.ts';

/** A line without the Markdown marks a text copied from a web page may keep (`# Headline`, `**By Jane Doe**`). */
export function plainLine(text: string): string {
  return text
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__|\*|_)(.*\p{L}.*)\1$/u, '$2')
    .trim();
}

/** A line folded for comparison: white space collapsed, lower case. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

const NAME_WORD =
  /^(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|ad|as|ash|bin|ibn|abu|de|da|di|du|le|la|van|von)-\p{Lu}[\p{L}'’.-]*|de|da|del|della|van|von|der|den|al|el|bin|ibn|abu|and|&|y|e|et|und)$/u;

/** True for a short run of capitalised words that reads as a person's name. */
export function looksLikeName(text: string): boolean {
  const ws = text.trim().split(/\s+/);
  return ws.length >= 1 && ws.length <= 6 && /^\p{Lu}/u.test(ws[0]!) && ws.every((w) => NAME_WORD.test(w));
}

/** True for two to four words in a script without capitals (Arabic, Hebrew, Persian): a name where case cannot tell. */
export function looksLikeUncasedName(text: string): boolean {
  const ws = text.trim().split(/\s+/);
  return (
    ws.length >= 2 &&
    ws.length <= 4 &&
    ws.every((w) => /^[\p{Lo}\p{M}]+$/u.test(w)) &&
    !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
  );
}

// Particles that stay lower case in other languages' titles and names (`Le Courrier du Morvan`).
const NAME_PARTICLES = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'del',
  'della',
  'der',
  'den',
  'dem',
  'die',
  'das',
  'di',
  'do',
  'da',
  'dos',
  'y',
  'e',
  'et',
  'und',
  'al',
  'el',
  'van',
  'von',
]);

/** True when every word of a line is capitalised, a number, a separator, a function word or a name particle. */
export function isTitleCase(line: string): boolean {
  const ws = line.trim().split(/\s+/);
  return ws.every(
    (w) =>
      /^[\p{Lu}\d“"‘'(]/u.test(w) ||
      /^[dl]['’]\p{Lu}/iu.test(w) ||
      /^[—–|·&+/-]$/.test(w) ||
      STOPWORDS.has(w.toLowerCase()) ||
      NAME_PARTICLES.has(w.toLowerCase()),
  );
}

/** A line of running text: it ends with a full stop (or a question, when long) and has eight words or more, or has twenty; title-case lines are headings. */
export function isProse(line: string): boolean {
  // A clock's "a. m." or "p. m." closes a stamp, not a sentence.
  const t = line.trim().replace(/\b[ap]\.\s?m\.$/i, '');
  const n = countTokens(t);
  if (n >= 20) return true;
  if (isTitleCase(t)) return false;
  return n >= 8 && (/[.!…][”"’')\]]*$/.test(t) || (n >= 15 && /\?[”"’)]*$/.test(t)));
}
