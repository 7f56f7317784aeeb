/**
 * A labelled signature in the lower half of the page (`بقلم: سعد العبيدي`, `Haber ve Fotoğraf: Elif Sarıkaya`,
 * `Texte : Jeanne Roux`), wherever the lines around it stand: forum and bulletin pages put comment counts, sources
 * and disclaimers under it, which the footer's bottom-up reading stops at before it reaches the signature.
 */
import { wordPattern } from '../../furniture-words/index.ts';
import { matchByline } from '../header/byline.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// A byline word of any covered language and a colon: a label, not a sentence opening with "By".
const LABEL = new RegExp(String.raw`^${wordPattern('byline')}\s*:\s+\S`, 'iu');

/** Takes a labelled signature below the middle of the page once the text has started; its name is the writer. */
export const labelledSignatureReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found, lines }) => {
  if (!line.bodyStarted || line.index < lines.length / 2 || !LABEL.test(line.plain)) return null;
  const byline = matchByline(line.plain);
  if (!byline?.name) return null;
  found.author ??= { name: byline.name, line: line.n, how: 'byline' };
  return 'byline';
};
