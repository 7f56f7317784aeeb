/** A place in capitals on its own line just above the lede (`ANKARA`): the lede's dateline, set apart. */
import { isMasthead } from '../header/masthead.ts';
import type { PartReader, Zone } from '../reader.ts';

// One to three words in capitals, the first of three letters or more.
const CAPITAL_PLACE = /^[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,2}$/;

// `عمّان - الوادي`, `Lyon - Le Courrier`: a place of one or two words, a dash, and a name.
const PLACE_AND_NAME = /^(\S+(?:\s\S+)?)\s+[-–—]\s+(\S.{1,40})$/u;

/** The place of a `Place - Outlet` line whose outlet is the site's own name (above its menu); null otherwise. */
export function placeBeforeOwnName(line: string, siteName: string | null): string | null {
  const m = PLACE_AND_NAME.exec(line.trim());
  return m && siteName && siteName.includes(m[2]!.trim()) && !siteName.includes(m[1]!) ? m[1]! : null;
}

/**
 * Takes the line above the lede as its dateline, when the lede has none and the line is a place in capitals, or a
 * place and the site's own name (`عمّان - الوادي`).
 */
export const placeAboveLedeReader: PartReader<Zone> = (line, zone) => {
  const own = zone.found.dateline ? null : placeBeforeOwnName(line.text, zone.found.siteName?.name ?? null);
  if (own) {
    const text = line.text.trim();
    zone.found.dateline = {
      match: { text, length: line.text.length, place: own, date: null, agencies: [], outlets: [] },
      line: line.n,
    };
    return { kind: 'dateline', text, rest: '' };
  }
  const place = line.text.trim();
  if (zone.found.dateline || !CAPITAL_PLACE.test(place) || isMasthead(line.text)) return null;
  zone.found.dateline = {
    match: { text: place, length: line.text.length, place, date: null, agencies: [], outlets: [] },
    line: line.n,
  };
  return { kind: 'dateline', text: place, rest: '' };
};
