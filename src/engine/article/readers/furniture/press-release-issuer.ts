/**
 * The organisation a press release names as its issuer: under a wire's `News provided by` heading, on the closing
 * `SOURCE <Organisation>` line, or after `on behalf of` in a distributor's note. The wire or distributor itself is a
 * paid service, not a news agency, so it is not credited.
 */
import { countTokens } from '../../../text/words.ts';
import { agencyNamed } from '../../agencies.ts';
import { isWholeLine } from '../../furniture-words/index.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

const ORGANISATION = /^\p{Lu}[\p{L}\d&.,'’ -]{1,80}$/u;

/** The issuer a line names: `SOURCE Acme Widgets, Inc.` or `Distributed by … on behalf of Acme.`; null otherwise. */
export function matchIssuerLine(line: string): string | null {
  const t = line.trim();
  const source = /^SOURCE\s+(.+)$/.exec(t)?.[1];
  const behalf = /^(?:distributed|issued|released|published) by .{2,80}? on behalf of (.{2,80}?)\.?$/i.exec(t)?.[1];
  const name = (source ?? behalf)?.trim();
  return name && ORGANISATION.test(name) && countTokens(name) <= 8 && !agencyNamed(name) ? name : null;
}

/** Takes a `News provided by` heading, the name under it, and an issuer line; the first name found is the issuer. */
export const pressReleaseIssuerReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) => {
  const t = line.plain;
  if (isWholeLine('providedBy', t)) return 'source-line';
  const above = zone.lines[line.index - 1];
  const underHeading = above && isWholeLine('providedBy', above.text) && ORGANISATION.test(t) && countTokens(t) <= 8;
  const name = underHeading ? t : matchIssuerLine(t);
  if (!name) return null;
  zone.found.issuer ??= { name, line: line.n };
  return 'source-line';
};
