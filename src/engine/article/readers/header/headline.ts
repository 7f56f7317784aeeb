/** The headline: the first header line no earlier reader took, unless it is as short as a kicker. */
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

/** Takes the first header line left that is not kicker-shaped as the headline; a stamp after a bar dates the page. */
export const headlineReader: LineReader<ReadLine, Zone> = (line, { found }) => {
  if (found.headline || isKicker(line.plain)) return null;
  const split = splitHeadlineStamp(line.plain);
  found.headline = { n: line.n, text: split ? split.headline : line.text };
  if (split) found.stamp ??= { line: line.n, ...split.stamp };
  return 'headline';
};
