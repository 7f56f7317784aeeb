/** An agency tag standing after the text: `(AFP)`, `(dpa/NAN)`, `- Xinhua`, `--IANS`, `（共同）`. */
import { agencyNamed, looksLikeAgencyCode } from '../../agencies.ts';
import { addCredit } from '../../findings.ts';
import { countTokens } from '../../../text/words.ts';
import type { FooterLine, LineReader, Zone } from '../reader.ts';

// `(AFP)`, `(dpa/NAN)`, `- Xinhua`, `— Reuters`, `(with inputs from PTI)` at the end of the text.
const AGENCY_TAG =
  /\s*(?:\(\s*(?:with (?:inputs|reporting) from\s+|with\s+)?(\p{L}[\p{L}\w .&-]{1,40}(?:\s*\/\s*\p{L}[\p{L}\w .&-]{1,40}){0,3})\s*\)|(?:^|\s)(?:-{1,2}|[–—])\s*(?:with\s+)?([A-Z][\w .&-]{1,30}))\s*$/u;

/** A trailing agency tag: the agencies it names and where it starts in the text; null when the end of the text is no such tag. */
export function matchAgencyTag(text: string): { names: string[]; index: number } | null {
  const m = AGENCY_TAG.exec(text.replace(/（/g, '(').replace(/）/g, ')'));
  if (!m) return null;
  const parts = (m[1] ?? m[2]!).split(/\s*\/\s*/).map((p) => p.trim());
  const names = parts.map((p) => agencyNamed(p) ?? (looksLikeAgencyCode(p) ? p : null));
  if (names.some((n) => n === null)) return null;
  return { names: names as string[], index: m.index };
}

const OPENS_TAG = /^[(（—–-]/;

/** Takes a short line that is an agency tag, crediting each agency it names. */
export const agencyTagReader: LineReader<FooterLine, Zone> = (line, { found }) => {
  const t = line.trimmed;
  const tag = OPENS_TAG.test(t) || countTokens(t) <= 3 ? matchAgencyTag(` ${t}`) : null;
  // The tag must be the whole line, or open with a bracket or a dash, or the line must name an agency.
  if (!tag || line.onlyLineLeft || !(tag.index === 0 || OPENS_TAG.test(t.slice(tag.index)) || agencyNamed(t)))
    return null;
  for (const name of tag.names) addCredit(found.credits, name, `The agency tag “${t}” on line ${line.n}.`);
  return 'agency-tag';
};
