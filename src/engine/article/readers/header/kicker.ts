/** The kicker: one to three capitalised words above the headline, naming the section (`Politics`, `Middle East`). */
import { isTitleCase } from '../../line-shapes.ts';
import type { HeaderZone, LineReader, ReadLine } from '../reader.ts';
import { matchByline } from './byline.ts';
import { matchPublishedLine } from './published-line.ts';
import { namesMenuItem } from './menu-item.ts';

/** A kicker: one to three capitalised words above a headline (`Politics`, `Middle East`), or in a script without
 * capitals one or two words (`محليات`).
 */
export function isKicker(line: string): boolean {
  const t = line.trim();
  // Separators between a section and its subsection (`Baloncesto | Liga Oro`, `Courts & Crime`) are no words.
  const ws = t.split(/\s+/).filter((w) => !/^[—–|·&+/-]$/.test(w));
  // Chinese and Japanese write a whole headline without a space, so only scripts that space their words count.
  const uncased =
    /\p{L}/u.test(t) &&
    !/[\p{Lu}\p{Ll}]/u.test(t) &&
    !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(t);
  return ws.length <= (uncased ? 2 : 3) && t.length <= 40 && !/[.!?,;،]$/.test(t) && (uncased || isTitleCase(t));
}

/** Takes the first kicker above the headline, when a header line below it can be the headline. */
export const kickerReader: LineReader<ReadLine, HeaderZone> = (line, { found, lines }) => {
  if (found.headline || found.kicker || !(isKicker(line.plain) || namesMenuItem(line.plain, found))) return null;
  const headlineBelow = lines.some(
    (h) => h !== line && h.n > line.n && !isKicker(h.text) && !matchByline(h.text) && !matchPublishedLine(h.text),
  );
  if (!headlineBelow) return null;
  found.kicker = { n: line.n, text: line.text };
  return 'kicker';
};
