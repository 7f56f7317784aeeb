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
  // The page's stamp, or a day that reads two ways (`12/05/2025 13:40`) until the language tells which; not an issue's
  // month or season (`Anno XII – n. 3 – Autunno 2023`), which stands among a newsletter's headings.
  const stamp = found.stamp ?? found.publishedLine ?? found.ambiguous;
  if (!found.headline || found.author || !stamp || Math.abs(stamp.line - line.n) > 2) return null;
  if (!/\s/.test(t) || !looksLikeName(t) || isMasthead(t)) return null;
  found.author = { name: t, line: line.n, how: 'byline' };
  return 'byline';
};
