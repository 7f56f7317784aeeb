/** A press release's boilerplate heading after the body: `About <organisation>`, whose paragraph follows it. */
import { countTokens } from '../../../text/words.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

/** Takes `About <organisation>` once the body has started; its paragraph may follow (`about-paragraph.ts`). */
export const pressReleaseAboutReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) => {
  const t = line.plain;
  if (!line.bodyStarted || !/^[Aa]bout\s+\p{Lu}[\p{L}\s&.,-]{2,60}:?$/u.test(t) || countTokens(t) > 7) return null;
  zone.afterAboutHeading = true;
  return 'page-chrome';
};
