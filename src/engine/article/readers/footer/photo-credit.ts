/** A photo credit on its own line under the text, in any covered language (`Fot. Urząd Gminy`, `Foto: Ana Ruiz`). */
import { wordPattern } from '../../furniture-words/index.ts';
import { countTokens } from '../../../text/words.ts';
import type { FooterLine, LineReader, Zone } from '../reader.ts';

const PHOTO_CREDIT = new RegExp(String.raw`^${wordPattern('photo')}\s*[.:]?\s+\S`, 'iu');

/** Takes a short line that opens with a photo word and names who took the picture. */
export const photoCreditReader: LineReader<FooterLine, Zone> = (line) =>
  !line.onlyLineLeft &&
  PHOTO_CREDIT.test(line.trimmed) &&
  countTokens(line.trimmed) <= 7 &&
  !/[.!?]$/.test(line.trimmed)
    ? 'caption'
    : null;
