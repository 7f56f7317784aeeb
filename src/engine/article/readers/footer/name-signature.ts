/**
 * A signature of a name alone under the last paragraph (`Ravi Jagessar`), maybe after a closing word
 * (`Thanks again,`) and with the signer's role on the line below (`PRO, Ballymoran Tidy Towns`): the writer.
 */
import { agencyNamed } from '../../agencies.ts';
import { isProse, looksLikeName } from '../../line-shapes.ts';
import { countTokens } from '../../../text/words.ts';
import type { FooterLine, LineReader, Zone } from '../reader.ts';

// An office signing a municipal or company notice, not a person (`Dirección de Comunicaciones`, `Gabinete de
// Comunicação`, `Akçaova Belediyesi`, `Press Office`): stems of the words such names are made of.
const OFFICE =
  /(?<![\p{L}])(?:comunica|communica|kommunika|prensa|press|imprensa|stampa|gabinete|gabinet|direc|depart|departa|oficina|office|bureau|buro|biuro|ufficio|servic|secretar|belediye|mudurlu|municipal|ayuntamiento|prefeitura|camara|comune|gemeinde|mairie|council|redac|redaz|redakt|team|equipe|equipo)/iu;

/** A person's name alone: two to four capitalised words, no agency, no office, no abbreviation (`Oprac. …`). */
const nameAlone = (t: string): boolean =>
  countTokens(t) >= 2 &&
  countTokens(t) <= 4 &&
  looksLikeName(t) &&
  !/[.:,;!?]$/.test(t) &&
  !/\p{L}{2,}\.(?:\s|$)/u.test(t) &&
  !OFFICE.test(t.normalize('NFD').replace(/\p{M}/gu, '')) &&
  !agencyNamed(t);

/** What ends a text above a signature: a paragraph of prose, or a closing word and its comma (`Thanks again,`). */
const closesText = (t: string | undefined): boolean =>
  !!t && (isProse(t) || (countTokens(t) <= 4 && /,$/.test(t) && /^\p{Lu}/u.test(t)));

/** Takes a name alone under the last paragraph; the first read gives the writer when there is no byline. */
export const nameSignatureReader: LineReader<FooterLine, Zone> = (line, { found }) => {
  // Only on a page with no byline: there a line of capitalised words under the text is as often its tags
  // (`Harbour Shipping Safety` above the writer's name and bio).
  if (found.author || line.onlyLineLeft || !nameAlone(line.trimmed) || !closesText(line.above)) return null;
  if (found.masthead && found.masthead.name === line.trimmed) return null;
  if (!found.signOff) found.signOff = { name: line.trimmed, line: line.n };
  return 'sign-off';
};

/** Takes the signer's role under such a name: a short line, not a sentence, under a name alone that closes the text. */
export const signerRoleReader: LineReader<FooterLine, Zone> = (line) => {
  const t = line.trimmed;
  if (line.onlyLineLeft || !line.above || !nameAlone(line.above)) return null;
  if (countTokens(t) > 6 || /[.!?]$/.test(t) || isProse(t) || !/^\p{Lu}/u.test(t)) return null;
  return 'sign-off';
};
