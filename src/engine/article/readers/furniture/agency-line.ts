/** An agency's name alone on a line (`AFP`, `(Xinhua)`): a credit. */
import { countTokens } from '../../../text/words.ts';
import { agencyNamed } from '../../agencies.ts';
import { addCredit } from '../../findings.ts';
import { isWholeLine, wordPattern } from '../../furniture-words/index.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// `Source: AFP`, `المصدر: د ب أ`: a source label of any covered language before the agency.
const SOURCE_LABEL = new RegExp(String.raw`^${wordPattern('sourceLabel')}\s*:\s*`, 'iu');
// `Con información de NA y EFE`, `avec AFP`: the words that join a text to the agencies whose copy it used.
const WITH_AGENCY = new RegExp(String.raw`^${wordPattern('withAgency')}\s+(.{2,80}?)\.?$`, 'iu');
const WITH_AGENCY_TAIL = new RegExp(String.raw`\s*,?\s+${wordPattern('withAgency')}\s+(.{2,80}?)\.?$`, 'iu');

const END_MARK_AFTER = new RegExp(String.raw`\s*/\s*${wordPattern('endMark')}$`, 'iu');

// The writer's initials, then the agencies in brackets (`N. L. (avec Belga)`).
const INITIALS_BRACKETED = /^(?:\p{Lu}\.\s*){1,3}\((.+)\)$/u;

/** The agencies a list names (`AFP`, `AFP and Reuters`, `EFE, AP y Reuters`), or null when any part is no agency. */
export function agenciesListed(text: string): string[] | null {
  // A newsroom's abbreviation beside the agency (`red, APA`) names no agency of its own.
  const parts = text
    .split(/\s*(?:,|\/|\s(?:and|y|e|et|und|en|و)\s)\s*/u)
    .filter((p) => p && !isWholeLine('newsroom', p));
  const names: string[] = [];
  for (const part of parts) {
    const name = agencyNamed(part);
    if (!name) return null;
    names.push(name);
  }
  return names.length ? names : null;
}

/** A text's closing mention of the agencies it drew on (`… avec AFP`): the text before it, and the agencies. */
export function withAgencyTail(text: string): { rest: string; agencies: string[] } | null {
  const m = WITH_AGENCY_TAIL.exec(text);
  const agencies = m ? agenciesListed(m[1]!) : null;
  return m && agencies ? { rest: text.slice(0, m.index), agencies } : null;
}

/**
 * Takes a short line that names one agency, in brackets or not, after a source label or with a desk's code after
 * it (`APA/red`, `dpa/lno`), and credits it.
 */
export const agencyLineReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  const t = line.plain;
  // A line crediting the agencies the text drew on (`Con información de NA`, `With reporting from Reuters and AP`,
  // maybe after the writer's initials: `N. L. (avec Belga)`), or listing them with a newsroom's mark (`red, APA`).
  const text = t.replace(INITIALS_BRACKETED, '$1');
  const drawnOn = WITH_AGENCY.exec(text);
  const listed = agenciesListed(drawnOn ? drawnOn[1]! : text);
  if (listed && (drawnOn || (/[,/]/.test(t) && countTokens(t) <= 4))) {
    for (const name of listed) addCredit(found.credits, name, `The agency line “${t}” on line ${line.n}.`);
    return 'agency-tag';
  }
  const agency = agencyNamed(
    t
      .replace(/^[-–—]+\s*/, '')
      .replace(/^\((.+)\)$/, '$1')
      .replace(SOURCE_LABEL, '')
      .replace(/\s*\/\s*\p{Ll}{2,5}$/u, '')
      // An agency's end mark after a slash (`Inforpress/Fim`, `APS/FIN`).
      .replace(END_MARK_AFTER, ''),
  );
  if (!agency || countTokens(t) > 4) return null;
  addCredit(found.credits, agency, `The agency line “${t}” on line ${line.n}.`);
  return 'agency-tag';
};
