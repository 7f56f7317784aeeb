/** `Outlet | What it does` on the page's first line: the site's name and its tagline. */
import { countTokens } from '../../../text/words.ts';
import { readStamp } from '../../../time/stamps.ts';
import type { HeaderZone, LineReader, ReadLine } from '../reader.ts';

/** The name in a `Name | Tagline` first line (two short capitalised parts), or null. */
export function matchSiteTagline(line: string): string | null {
  const parts = line.split(/\s+\|\s+/);
  if (parts.length !== 2 || parts.some((p) => countTokens(p) > 5 || !/^\p{Lu}/u.test(p) || /[.!?,;:]$/.test(p)))
    return null;
  // A site's clock and weather (`Lundi 21 octobre 2024 | Tunis 23°C`) name no site.
  return readStamp(parts[0]!, true) ? null : parts[0]!;
}

/** Takes the header's first line as the masthead when it is a name and a tagline and more header lines follow. */
export const siteTaglineReader: LineReader<ReadLine, HeaderZone> = (line, { found, lines }) => {
  if (found.masthead || found.headline || line !== lines[0] || lines.length <= 1) return null;
  const name = matchSiteTagline(line.plain);
  if (!name) return null;
  found.masthead = { name, line: line.n };
  return 'masthead';
};
