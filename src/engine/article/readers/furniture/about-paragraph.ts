/** The paragraph under an `About the author` or `About <organisation>` heading. */
import { countTokens } from '../../../text/words';
import { isProse } from '../../line-shapes';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader';

/** Takes the line after an `About …` heading when it is prose or long; a short line is left to the other readers. */
export const aboutParagraphReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) => {
  if (!zone.afterAboutHeading) return null;
  zone.afterAboutHeading = false;
  return isProse(line.plain) || countTokens(line.plain) > 8 ? 'author-bio' : null;
};
