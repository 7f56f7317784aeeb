/**
 * A short line near the top holding a date that reads two ways: a numeric one (`09/10/2022`), or one whose month's name
 * is another month in another language (`21.lis 2024`, October in Croatian, November in Czech). No day is stated
 * until the page's language tells which (`deciders/publication.ts`).
 */
import { monthsNamedBy } from '../../../time/foreign-names.ts';
import { ambiguousDay, readStamp } from '../../../time/stamps.ts';
import { countTokens } from '../../../text/words.ts';
import { isProse } from '../../line-shapes.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';
import { isSiteClock } from './stamp-line.ts';

/** Takes the line as a stamp and keeps the two days it can mean; a date the stamp reader can read is left to it. */
export const ambiguousStampReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found, lines }) => {
  const t = line.plain;
  if (!line.top || isProse(t) || countTokens(t) > 8) return null;
  const twoWays = ambiguousDay(t);
  const twoMonths =
    !twoWays && YEAR.test(t) && [...t.matchAll(/\p{L}{3,}/gu)].some((w) => monthsNamedBy(w[0]).size > 1);
  if ((!twoWays && !twoMonths) || readStamp(t)) return null;
  // A site's clock above it dates the reading, not the article: the date under it does.
  if (isSiteClock(found, lines, line)) found.stamp = null;
  if (twoWays) found.ambiguous ??= { line: line.n, text: t, days: twoWays };
  else found.ambiguousMonth ??= { line: line.n, text: t };
  return 'stamp';
};

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
