/** A place in capitals on its own line just above the lede (`ANKARA`): the lede's dateline, set apart. */
import { isMasthead } from '../header/masthead.ts';
import type { PartReader, Zone } from '../reader.ts';

// One to three words in capitals, the first of three letters or more.
const CAPITAL_PLACE = /^[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,2}$/;

/** Takes the line above the lede as its dateline, when the lede has none and the line is a place in capitals. */
export const placeAboveLedeReader: PartReader<Zone> = (line, zone) => {
  const place = line.text.trim();
  if (zone.found.dateline || !CAPITAL_PLACE.test(place) || isMasthead(line.text)) return null;
  zone.found.dateline = {
    match: { text: place, length: line.text.length, place, date: null, agencies: [], outlets: [] },
    line: line.n,
  };
  return { kind: 'dateline', text: place, rest: '' };
};
