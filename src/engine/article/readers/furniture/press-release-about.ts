/** A press release's boilerplate heading after the body: `About <organisation>`, whose paragraph follows it. */
import { countTokens } from '../../../text/words.ts';
import { wordPattern } from '../../furniture-words/index.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// `About Acme Inc.`, `Über die Energie Tösstal AG`, `À propos de …`: the word, then a capitalised name.
const ABOUT = new RegExp(String.raw`^${wordPattern('aboutHeading')}\s+(\S)[\p{L}\s&.,'’-]{1,59}:?$`, 'iu');
const isAbout = (t: string) => {
  const first = ABOUT.exec(t)?.[1];
  return !!first && first !== first.toLowerCase();
};

/** Takes `About <organisation>` once the body has started; its paragraph may follow (`about-paragraph.ts`). */
export const pressReleaseAboutReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) => {
  const t = line.plain;
  if (!line.bodyStarted || !isAbout(t) || countTokens(t) > 7) return null;
  zone.afterAboutHeading = true;
  return 'page-chrome';
};
