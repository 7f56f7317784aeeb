// `Carlos Ruiz, desde Lima`: a name, a comma, the word for "from" in any covered language, and a capitalised place.
const FILED_FROM = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s*${wordPattern('filedFrom')}\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\.?$`,
  'u',
);

/** A sign-off at the end of a report: `Jane Doe reports.`, `Reporting by X; Editing by Y`, `— Jane Doe`, desk slugs. */
import { agencyNamed } from '../../agencies.ts';
import { matchByline } from '../header/byline.ts';
import { wordPattern } from '../../furniture-words/index.ts';
import { looksLikeName } from '../../line-shapes.ts';
import { countTokens } from '../../../text/words.ts';
import type { FooterLine, LineReader, Zone } from '../reader.ts';

/** What a sign-off line gives: the reporter, and anyone else it names. */
export interface SignOff {
  /** The reporter, when the line names one. */
  author: string | null;
}

// A credit line under the text, labelled in any covered language (`Text: Sabine Kolb (sk)`, `Texto y fotos: …`,
// `إعداد: …`), or with a label that ends in "by" (`Posted by Jane Doe, Newsletter Editor`).
const BYLINE_OPENING = new RegExp(String.raw`^${wordPattern('byline')}\s+(?=[A-ZÀ-Þ\p{Lo}])`, 'iu');
const LABELLED = new RegExp(String.raw`^${wordPattern('byline')}(?:\s*:|(?<=by))\s+\S`, 'iu');

/** The writer a labelled credit line names: its first field (`Texto: X | Fotografia: Y`), without initials after it. */
function labelledWriter(t: string): SignOff | null {
  if (!LABELLED.test(t)) return null;
  const first = t.split(/\s+\|\s+/)[0]!.replace(/\s*\(\p{Ll}{1,4}\)$/u, '');
  const byline = matchByline(first);
  return byline ? { author: byline.name } : null;
}

/** A sign-off at the end of a report: `Jane Doe reports.`, `Reporting by X; Editing by Y`, `— Jane Doe`. */
export function matchSignOff(line: string): SignOff | null {
  const labelled = labelledWriter(line.trim());
  if (labelled) return labelled;
  // A byline closing the text (`Von Jens Ackermann`, `Par Claire Morin`): the writer.
  const closing = BYLINE_OPENING.test(line.trim()) ? matchByline(line.trim()) : null;
  if (closing?.name) return { author: closing.name };
  const t = line.trim().replace(/^\(|\)$/g, '');
  const reports =
    /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:reports|reported|reporting)(?:\s+from\s+\p{Lu}[\p{L}' .-]{1,40})?\.?$/u.exec(
      t,
    );
  if (reports && looksLikeName(reports[1]!)) return { author: reports[1]! };
  const credits =
    /^(?:additional\s+)?(?:reporting|writing|written|reported|report|compiled)\s+by\s+([^;.]+?)(?:\s*;\s*(?:additional reporting|editing|writing|compiled|translated|graphics|produced)\b.*)?\.?$/i.exec(
      t,
    );
  if (credits) {
    const first = credits[1]!
      .split(/\s*(?:,|\band\b|&)\s*/)[0]!
      .replace(/\s+in\s+\p{Lu}.*$/u, '')
      .trim();
    return { author: !/^additional/i.test(t) && looksLikeName(first) ? first : null };
  }
  if (/^(?:editing|edited|translated) by\s+[^.]{2,80}\.?$/i.test(t)) return { author: null };
  // "Associated Press writer Tom Ferris in Sydney contributed to this report."
  if (/\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i.test(t) && countTokens(t) <= 20)
    return { author: null };
  // "– African News Agency (ANA); Editing by …": an agency's sign-off with its editor.
  if (/^[–—-]?\s*[^;]{2,60};\s*(?:editing|edited|compiled) by\s+[^.;]{2,60}\.?$/i.test(t)) return { author: null };
  // Wire desk slugs: editors' initials (`bur-sp/mh`, `ajg/mmg/lll`, `RSN RT`, `ABC // JLG`), in Arabic letter by letter
  // (`ف ع ن / ر ج ب`).
  if (/^(?:[a-z]{2,5}(?:[-/][a-z]{1,5}){1,4}|[A-Z]{2,4}(?:(?:\s|\s*\/{1,2}\s*)[A-Z]{2,4}){1,3})$/.test(t))
    return { author: null };
  if (/^\p{Lo}(?:\s\p{Lo}){1,4}(?:\s*\/\s*\p{Lo}(?:\s\p{Lo}){1,4})+$/u.test(t)) return { author: null };
  // A closing signature and where it was filed from (`Carlos Ruiz, desde Lima`): the writer.
  const filed = FILED_FROM.exec(t);
  if (filed && looksLikeName(filed[1]!) && filed[1]!.includes(' ') && !agencyNamed(filed[1]!))
    return { author: filed[1]! };
  // A reporter's signature with the place filed from and the agency (`Mert AYDOĞAN/KIZILYAKA (Tokat), (DHA)`): the
  // writer, where the brackets at the end name an agency.
  const agencySigned =
    /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*\/\s*\p{Lu}[\p{L}'’ .-]{1,40}?(?:\s*\([^()]{2,30}\))?\s*,?\s*\(([^()]{2,12})\)$/u.exec(
      line.trim(),
    );
  if (agencySigned && agencyNamed(agencySigned[2]!) && looksLikeName(agencySigned[1]!))
    return { author: agencySigned[1]! };
  // A signature in initials under the text (`— M.D.`): the writer, as the page names them.
  const initials = /^[—–]\s*((?:\p{Lu}\.\s?){2,3})$/u.exec(t);
  if (initials) return { author: initials[1]!.replace(/\s/g, '') };
  // A desk signing off (`— The Metro desk`): no writer.
  if (/^[—–]\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:desk|team|staff|newsroom)$/iu.test(t)) return { author: null };
  const dash = /^[—–]\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(t);
  if (dash && looksLikeName(dash[1]!) && !agencyNamed(dash[1]!)) return { author: dash[1]! };
  // A signature with the signer's role (`— Hemi Walker, trapping coordinator`, `Marc Delvaux, secrétaire`): the writer.
  // Without a dash the role must open in lower case, as a role does and a place (`Paris, France`) does not.
  const signed =
    /^([—–]\s*)?(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|d[aeiou]s?|v[ao]n|van der|de la|del)){1,3}),\s*(\S[^.!?;:]{1,80})$/u.exec(
      t,
    );
  // A longer phrase after a place's name is a headline (`Porto San Giorgio, nuovi orari per la ZTL estiva`).
  if (
    signed &&
    (signed[1] ? countTokens(signed[3]!) <= 8 : /^\p{Ll}/u.test(signed[3]!) && countTokens(signed[3]!) <= 4)
  ) {
    const name = signed[2]!;
    if (looksLikeName(name) && !agencyNamed(name)) return { author: name };
  }
  return null;
}

/** Takes a sign-off below the text; the first that names a reporter gives the writer when there is no byline. */
export const signOffReader: LineReader<FooterLine, Zone> = (line, { found }) => {
  if (line.onlyLineLeft) return null;
  const signOff = matchSignOff(line.trimmed);
  if (!signOff) return null;
  if (signOff.author && !found.signOff) found.signOff = { name: signOff.author, line: line.n };
  return 'sign-off';
};
