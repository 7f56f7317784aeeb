/** A copyright line (`© 2024 The Coastline Courier`): its holder is the publisher, or a credit when it is an agency. */
import { countTokens } from '../../../text/words.ts';
import { agencyNamed } from '../../agencies.ts';
import { addCredit } from '../../findings.ts';
import { wordPattern } from '../../furniture-words/index.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// The sign, a year or a span of years, the holder, and the reservation in any covered language.
const COPYRIGHT = new RegExp(
  String.raw`^(?:©|\(c\)|copyright(?:\s*©)?)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?(.+?)(?:\.?\s*${wordPattern('rightsReserved')}\.?)?$`,
  'iu',
);

/** A copyright line (`© 2024 The Coastline Courier. All rights reserved.`): returns the holder. */
export function matchCopyright(line: string): string | null {
  // A footer that names the outlet and its address before or after the sign (`Outlet · 14 Quay St · © 2022 Outlet`).
  const sign = line.indexOf('©');
  const t = (sign > 0 && line.length <= 240 ? line.slice(sign) : line)
    .trim()
    .split(/\s+[|·•]\s+|\s+[–—-]\s+(?=\p{Lu})/u)[0]!;
  const m = COPYRIGHT.exec(t);
  if (!m || t.length > 160) return null;
  const holder = m[1]!
    .replace(/[.,]+$/, '')
    .replace(/\s+(?:19|20)\d\d\s*[–—-]?$/, '')
    .replace(/[.,]+$/, '')
    .replace(/,?\s+(?:ltd|limited|llc|inc|plc|gmbh|sa|s\.a|media|media group)\.?$/i, '')
    .trim();
  return holder && /^[\p{Lu}\p{Lo}]/u.test(holder) && countTokens(holder) <= 8 ? holder : null;
}

/** Takes a copyright line: an agency's copyright credits the agency; the outlet is whoever else holds one. */
export const copyrightReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  const t = line.plain;
  const holder = matchCopyright(t);
  if (!holder) return null;
  const agency = agencyNamed(holder.replace(/^(?:the|agencia|agence)\s+/i, '')) ?? agencyNamed(holder);
  if (agency) addCredit(found.credits, agency, `The copyright line “${t}” on line ${line.n}.`);
  else found.copyright ??= { holder, line: line.n };
  return 'copyright';
};
