/** The headline: the first header line no earlier reader took, unless it is as short as a kicker. */
import { countTokens } from '../../../text/words.ts';
import { wordPattern } from '../../furniture-words/index.ts';
import { matchStampLine } from '../furniture/stamp-line.ts';
import type { LineReader, ReadLine, Zone } from '../reader.ts';
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

/** Takes the first header line left that is not kicker-shaped as the headline; a stamp after a bar dates the page. */
export const headlineReader: LineReader<ReadLine, Zone> = (line, { found }) => {
  if (found.headline || isKicker(line.plain)) return null;
  const plain = withoutBreadcrumb(line.plain);
  const split = splitHeadlineStamp(plain);
  found.headline = { n: line.n, text: split ? split.headline : plain === line.plain ? line.text : plain };
  if (split) found.stamp ??= { line: line.n, ...split.stamp };
  return 'headline';
};
