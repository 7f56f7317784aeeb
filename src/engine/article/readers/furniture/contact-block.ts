/** A press release's contact block: `Media contact:` and the short lines under it (a name, a telephone, an address). */
import { countTokens } from '../../../text/words.ts';
import { isWholeLine } from '../../furniture-words/index.ts';
import { isProse } from '../../line-shapes.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

/** Lines a contact heading may take below it. */
const CONTACT_LINES = 3;

/** Takes a contact heading and up to three short lines under it; prose or a long line ends the block. */
export const contactBlockReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) => {
  const t = line.plain;
  // A contact heading of any covered language, alone on its line (`Media contact:`, `Für Rückfragen:`).
  if (isWholeLine('contactHeading', t)) {
    zone.contactLines = CONTACT_LINES;
    return 'page-chrome';
  }
  if (zone.contactLines <= 0) return null;
  zone.contactLines--;
  if (!isProse(t) && countTokens(t) <= 12) return 'page-chrome';
  zone.contactLines = 0;
  return null;
};
