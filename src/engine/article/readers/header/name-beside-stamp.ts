/** A name on its own line beside the date, under the headline: a byline without "By". */
import { looksLikeName } from '../../line-shapes.ts';
import type { LineReader, ReadLine, Zone } from '../reader.ts';
import { isMasthead } from './masthead.ts';
import { isRoleLine } from './role-line.ts';

/** Takes a person's name within two lines of the stamp (or the published line) as the byline, when there is a headline and no byline yet. */
export const nameBesideStampReader: LineReader<ReadLine, Zone> = (line, { found }) => {
  // The name may carry its role after a slash or a comma (`Kimone Blackwood/Staff Reporter`).
  const withRole = /^(.+?)\s*[/,|]\s*(.+)$/.exec(line.plain);
  const t = withRole && isRoleLine(withRole[2]!) ? withRole[1]! : line.plain;
  const stamp = found.stamp ?? found.publishedLine;
  if (!found.headline || found.author || !stamp || Math.abs(stamp.line - line.n) > 2) return null;
  if (!/\s/.test(t) || !looksLikeName(t) || isMasthead(t)) return null;
  found.author = { name: t, line: line.n, how: 'byline' };
  return 'byline';
};
