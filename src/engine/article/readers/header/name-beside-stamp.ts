/** A name on its own line beside the date, under the headline: a byline without "By". */
import { looksLikeName } from '../../line-shapes.ts';
import type { LineReader, ReadLine, Zone } from '../reader.ts';
import { isMasthead } from './masthead.ts';

/** Takes a person's name within two lines of the stamp (or the published line) as the byline, when there is a headline and no byline yet. */
export const nameBesideStampReader: LineReader<ReadLine, Zone> = (line, { found }) => {
  const t = line.plain;
  const stamp = found.stamp ?? found.publishedLine;
  if (!found.headline || found.author || !stamp || Math.abs(stamp.line - line.n) > 2) return null;
  if (!/\s/.test(t) || !looksLikeName(t) || isMasthead(t)) return null;
  found.author = { name: t, line: line.n, how: 'byline' };
  return 'byline';
};
