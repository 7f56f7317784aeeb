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

// The reservation alone with the holder before or after it (`Outlet - Todos los derechos reservados`,
// `جميع الحقوق محفوظة - جريدة …`), with no sign.
const RESERVED_AFTER = new RegExp(
  String.raw`^(.+?)\s*(?:[-–—|·•]|[.,]\s)\s*${wordPattern('rightsReserved')}\.?$`,
  'iu',
);
const RESERVED_BEFORE = new RegExp(String.raw`^${wordPattern('rightsReserved')}\s*[-–—|·•:]\s*(.+?)\.?$`, 'iu');
// The reservation opening the holder's name, Arabic joining "for" to it (`جميع الحقوق محفوظة لبوابة …`, `… لـ الفرات`).
const RESERVED_LEAD = new RegExp(String.raw`^${wordPattern('rightsReserved')}\s*(?:لـ?\s*)?`, 'iu');

/** A copyright holder as written: without the sentence after it, a year, a company suffix or closing marks. */
function cleanHolder(raw: string): string {
  return raw
    .split(/\.\s+|,\s+/)[0]!
    .replace(/[.,]+$/, '')
    .replace(/\s+(?:19|20)\d\d\s*[–—-]?$/, '')
    .replace(/^(?:19|20)\d\d$/, '')
    .replace(/[.,]+$/, '')
    .replace(/,?\s+(?:ltd|limited|llc|inc|plc|gmbh|sa|s\.a|media|media group)\.?$/i, '')
    .trim();
}

/** A holder a copyright line can name: capitalised (or an agency's own lower-case name, `dpa-infocom`), and short. */
function isHolder(holder: string): boolean {
  const agencyFirst = agencyNamed(holder.split(/[-,\s]/)[0]!) !== null;
  return (/^[\p{Lu}\p{Lo}]/u.test(holder) || agencyFirst) && countTokens(holder) <= 8;
}

/** A copyright line (`© 2024 The Coastline Courier. All rights reserved.`): returns the holder. */
export function matchCopyright(line: string): string | null {
  // A footer that names the outlet and its address before or after the sign (`Outlet · 14 Quay St · © 2022 Outlet`).
  const sign = line.indexOf('©');
  const t = (sign > 0 && line.length <= 240 ? line.slice(sign) : line)
    .trim()
    .split(/\s+[|·•]\s+|\s+[–—-]\s+(?=\p{Lu})/u)[0]!;
  const m = COPYRIGHT.exec(t);
  if (m && t.length <= 160) {
    const holder = cleanHolder(m[1]!);
    if (holder && isHolder(holder)) return holder;
    // The holder before the sign (`Folha do Vale © 2024. Todos os direitos reservados.`).
    const before =
      sign > 0
        ? cleanHolder(
            line
              .slice(0, sign)
              .replace(/[\s|·•–—-]+$/u, '')
              .replace(RESERVED_LEAD, ''),
          )
        : '';
    return before && isHolder(before) ? before : null;
  }
  if (line.length > 160) return null;
  const r = RESERVED_AFTER.exec(line.trim()) ?? RESERVED_BEFORE.exec(line.trim());
  const holder = r ? cleanHolder(r[1]!) : '';
  return holder && isHolder(holder) ? holder : null;
}

/** Takes a copyright line: an agency's copyright credits the agency; the outlet is whoever else holds one. */
export const copyrightReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  const t = line.plain;
  const holder = matchCopyright(t);
  if (!holder) return null;
  const agency =
    agencyNamed(holder.replace(/^(?:the|agencia|agence)\s+/i, '')) ??
    agencyNamed(holder) ??
    // An agency's own service (`dpa-infocom`).
    (/^\p{Ll}/u.test(holder) ? agencyNamed(holder.split('-')[0]!) : null);
  if (agency) addCredit(found.credits, agency, `The copyright line “${t}” on line ${line.n}.`);
  else found.copyright ??= { holder, line: line.n };
  return 'copyright';
};
