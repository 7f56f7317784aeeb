/** An agency's name alone on a line (`AFP`, `(Xinhua)`): a credit. */
import { countTokens } from '../../../text/words.ts';
import { agencyNamed } from '../../agencies.ts';
import { addCredit } from '../../findings.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

/** Takes a short line that names one agency, in brackets or not, and credits it. */
export const agencyLineReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  const t = line.plain;
  const agency = agencyNamed(t.replace(/^\((.+)\)$/, '$1'));
  if (!agency || countTokens(t) > 4) return null;
  addCredit(found.credits, agency, `The agency line “${t}” on line ${line.n}.`);
  return 'agency-tag';
};
