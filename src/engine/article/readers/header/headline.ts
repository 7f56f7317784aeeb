/** The headline: the first header line no earlier reader took, unless it is as short as a kicker. */
import { countTokens } from '../../../text/words.ts';
import { wordPattern } from '../../furniture-words/index.ts';
import { matchStampLine } from '../furniture/stamp-line.ts';
import type { HeaderZone, LineReader, ReadLine } from '../reader.ts';
import { matchByline } from './byline.ts';
import { matchPublishedLine } from './published-line.ts';
import { isKicker } from './kicker.ts';

/** A headline with its stamp after a bar (`Pilots end strike | 12 Feb 2025`): the headline and the stamp apart. */
export function splitHeadlineStamp(
  line: string,
): { headline: string; stamp: NonNullable<ReturnType<typeof matchStampLine>> } | null {
  const m = /^(.{8,}?)\s+[|·•]\s+([^|·•]{6,40})$/u.exec(line.trim());
  const stamp = m ? matchStampLine(m[2]!) : null;
  return m && stamp ? { headline: m[1]!, stamp } : null;
}

// A breadcrumb from the home page glued before the headline (`Accueil > Monde > Les pêcheurs de Kayar …`).
const BREADCRUMB = new RegExp(
  String.raw`^${wordPattern('home')}(?:\s*[>»›]\s*[^>»›]{1,30}?){0,4}\s*[>»›]\s*(?=\S)`,
  'iu',
);

/** A headline without the breadcrumb glued before it; the line as it is when none is. */
export function withoutBreadcrumb(line: string): string {
  const m = BREADCRUMB.exec(line.trim());
  const rest = m ? line.trim().slice(m[0].length) : '';
  return m && countTokens(rest) >= 4 ? rest : line;
}

/**
 * Whether a short line (five words at most, no sentence's end) stands above a header line twice as long, of six
 * words or more, that no reader of bylines or stamps takes: a section or site line (`Mehr Nachrichten aus Sachsen`,
 * `CAMPO VERDE DO SUL E REGIÃO`) over the headline.
 */
function aboveLongerHeadline(line: ReadLine, lines: readonly ReadLine[]): boolean {
  const words = countTokens(line.plain);
  if (words > 5 || /[.!?:]$/.test(line.plain)) return false;
  return lines.some(
    (h) =>
      h.n > line.n &&
      countTokens(h.plain) >= Math.max(6, 2 * words) &&
      !/[.!?]$/.test(h.plain) &&
      !matchByline(h.plain) &&
      !matchPublishedLine(h.plain) &&
      !matchStampLine(h.plain),
  );
}

/** Takes the first header line left that is not kicker-shaped as the headline; a stamp after a bar dates the page. */
export const headlineReader: LineReader<ReadLine, HeaderZone> = (line, { found, lines }) => {
  if (found.headline || isKicker(line.plain)) return null;
  // A second section line above the headline is a kicker too; the page's first line is left to the readers of
  // mastheads, which know a site's name from its tagline or its menu.
  if (line !== lines[0] && aboveLongerHeadline(line, lines)) return 'kicker';
  const plain = withoutBreadcrumb(line.plain);
  const split = splitHeadlineStamp(plain);
  found.headline = { n: line.n, text: split ? split.headline : plain === line.plain ? line.text : plain };
  if (split) found.stamp ??= { line: line.n, ...split.stamp };
  return 'headline';
};
