/** An agency's name alone on a line (`AFP`, `(Xinhua)`): a credit. */
import { countTokens } from '../../../text/words.ts';
import { agencyNamed } from '../../agencies.ts';
import { addCredit } from '../../findings.ts';
import { wordPattern } from '../../furniture-words/index.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// `Source: AFP`, `المصدر: د ب أ`: a source label of any covered language before the agency.
const SOURCE_LABEL = new RegExp(String.raw`^${wordPattern('sourceLabel')}\s*:\s*`, 'iu');

/**
 * Takes a short line that names one agency, in brackets or not, after a source label or with a desk's code after
 * it (`APA/red`, `dpa/lno`), and credits it.
 */
export const agencyLineReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  const t = line.plain;
  const agency = agencyNamed(
    t
      .replace(/^\((.+)\)$/, '$1')
      .replace(SOURCE_LABEL, '')
      .replace(/\s*\/\s*\p{Ll}{2,5}$/u, ''),
  );
  if (!agency || countTokens(t) > 4) return null;
  addCredit(found.credits, agency, `The agency line “${t}” on line ${line.n}.`);
  return 'agency-tag';
};
