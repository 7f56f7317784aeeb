/** An `About the author` heading, whose paragraph follows it. */
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

/** Takes the heading; the next line may be the bio (`about-paragraph.ts`). */
export const authorBioHeadingReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) => {
  if (!/^(?:about the author|about this author|author bio)$/i.test(line.plain)) return null;
  zone.afterAboutHeading = true;
  return 'author-bio';
};
