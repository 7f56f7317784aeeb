/** A short line near the top holding a numeric date that reads two ways (`09/10/2022`): no day is stated. */
import { ambiguousDay, readStamp } from '../../../time/stamps.ts';
import { countTokens } from '../../../text/words.ts';
import { isProse } from '../../line-shapes.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';
import { isSiteClock } from './stamp-line.ts';

/** Takes the line as a stamp and keeps the two days it can mean; a date the stamp reader can read is left to it. */
export const ambiguousStampReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found, lines }) => {
  const t = line.plain;
  const twoWays = line.top && !isProse(t) && countTokens(t) <= 8 ? ambiguousDay(t) : null;
  if (!twoWays || readStamp(t)) return null;
  // A site's clock above it dates the reading, not the article: the date under it does.
  if (isSiteClock(found, lines, line)) found.stamp = null;
  found.ambiguous ??= { line: line.n, text: t, days: twoWays };
  return 'stamp';
};
