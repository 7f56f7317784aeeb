/** The paragraph under an `About the author` or `About <organisation>` heading. */
import { countTokens } from '../../../text/words.ts';
import { isProse } from '../../line-shapes.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

/** Takes the line after an `About …` heading when it is prose or long; a short line is left to the other readers. */
export const aboutParagraphReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) => {
  if (!zone.afterAboutHeading) return null;
  zone.afterAboutHeading = false;
  return isProse(line.plain) || countTokens(line.plain) > 8 ? 'author-bio' : null;
};
