/** The byline: `By Jane Doe`, `By Jane Doe, AFP`, `Jane Doe | Staff Writer`, `Par …`, `Von …`. */
import { agencyNamed } from '../../agencies.ts';
import { addCredit } from '../../findings.ts';
import { wordPattern } from '../../furniture-words/index.ts';
import { looksLikeName, looksLikeUncasedName } from '../../line-shapes.ts';
import { withAgencyTail } from '../furniture/agency-line.ts';
import { isCmsAccount } from '../furniture/cms-account.ts';
import type { LineReader, ReadLine, Zone } from '../reader.ts';

// `Jane Doe | Staff Writer`, `Jane Doe, Correspondent`: a name and a newsroom role, without "By".
const NAME_WITH_ROLE =
  /^\s*(\p{Lu}[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,3}\s*(?:,|\||–|—)\s*(?:(?:senior|chief|special|foreign|political|business|health|science|local|city|deputy|associate|contributing|staff|investigative|regional)\s+)*(?:writer|reporter|correspondent|editor|journalist|contributor|columnist|photographer|analyst))\s*$/iu;

// `By Jane Doe`, `Par …`, `بقلم: …`: a byline word of any language, a colon maybe, and the name.
// Egyptian pages join the word to the name with a dash and close with a colon (`كتب- أحمد سالم:`).
const BYLINE = new RegExp(String.raw`^\s*${wordPattern('byline')}\s*[:\-–]?\s+(.+?)\s*:?\s*$`, 'iu');
// A link to the writer's other articles glued to the byline (`By AFP More by this Author`).
const MORE_BY_TAIL = new RegExp(String.raw`\s+${wordPattern('moreBy')}\s+(?:this\s+)?author\s*$`, 'iu');
// The photographer after the writer (`Words: Jane Doe | Photos: Tom Lee`, `Texto: … | Fotografia: …`).
const PHOTO_CREDIT = new RegExp(String.raw`^${wordPattern('photo')}\s*:`, 'iu');
// An e-mail address after the name (`By Jane Doe | jdoe@example.com`).
const EMAIL = /^\S+@\S+\.\w+$/;
// A newsroom role of any covered language after the name (`- محرر الشؤون الاقتصادية`, `, corresponsal`).
const ROLE_WORD = new RegExp(String.raw`(?<![\p{L}])${wordPattern('roles')}(?![\p{L}])`, 'iu');

const ROLE_AFTER =
  /\s+(?:(?:Local|Democracy|Senior|Chief|Political|Business|Health|Staff|Special|Foreign|Court|Crime|Education|Environment|Sports?|Deputy|Associate|Contributing|Regional|City|Science|Investigative|Data|Climate|News)\s+){0,3}(?:Reporter|Correspondent|Editor|Writer|Journalist|Columnist|Contributor)$/u;

/** Reads a byline and what follows the name: `By Jane Doe, AFP` (an agency, credited), `By Jane Doe in Kampala`. */
export function matchByline(line: string): { name: string | null; agencies: string[] } | null {
  const m = BYLINE.exec(line.replace(MORE_BY_TAIL, '')) ?? NAME_WITH_ROLE.exec(line);
  if (!m) return null;
  const agencies: string[] = [];
  let name = m[1]!;
  // Brackets after the name (`Par Jeanne Roux (correspondante)`, `Texto: Ana Lopes (estagiária, sob supervisão de …)`):
  // an agency is credited; a role or a note is not part of the name.
  const bracket = /\s*\(([^()]{2,80})\)\s*$/.exec(name);
  if (bracket && looksLikeName(name.slice(0, bracket.index))) {
    const agency = agencyNamed(bracket[1]!);
    if (agency) agencies.push(agency);
    name = name.slice(0, bracket.index);
  }
  // `Por Fernanda Kato, com informações da Agência Brasil`, `Par Le Progrès avec AFP`: the agencies drawn on.
  const drawnOn = withAgencyTail(name);
  if (drawnOn) {
    agencies.push(...drawnOn.agencies);
    name = drawnOn.rest;
  }
  // Trailing parts after a comma, bar, slash or dash: agencies, roles, places.
  for (;;) {
    const tail = /\s*(?:,|\||\/|\s[–—-])\s*((?:(?!\s[–—-]\s)[^,|/])+)$/.exec(name);
    if (!tail) break;
    const part = tail[1]!.trim();
    const agency = agencyNamed(part);
    if (agency) agencies.unshift(agency);
    // A stamp or a reading time beside the name (`Par … | Le 03/10/2024 à 17h12 | Temps de lecture: 2'`): names
    // hold no figures.
    else if (EMAIL.test(part) || ROLE_WORD.test(part) || PHOTO_CREDIT.test(part) || /\d/.test(part)) {
      // An address is how to reach the writer, and a role what the writer does: neither is part of the name.
    } else if (
      !/\b(?:staff|correspondent|reporter|writer|editor|journalist|contributor|desk|bureau|senior|chief|special|political|foreign|news|in \p{Lu})/iu.test(
        part,
      ) &&
      // A place or an outlet: capitalised words, maybe a state's code (`Sorocaba (SP)`).
      !/^\p{Lu}[\p{L} ]+(?:\s*\(\p{Lu}{2,3}\))?$/u.test(part)
    )
      break;
    name = name.slice(0, tail.index);
  }
  name = name.replace(/\s+in\s+\p{Lu}[\p{L} .-]*$/u, '').trim();
  // A role after the name without a separator (`Harriet Coles Local Democracy Reporter`).
  const role = ROLE_AFTER.exec(name);
  if (role && looksLikeName(name.slice(0, role.index))) name = name.slice(0, role.index);
  // A publishing-system account in the byline slot (`Posted by Editor`) names no one.
  if (isCmsAccount(name)) return agencies.length ? { name: null, agencies } : null;
  // An outlet's name in the byline's place (`Par Le Progrès Varois avec AFP`, `Por El Heraldo`) names no writer.
  if (/^(?:The|Le|La|Les|L['’]|El|Los|Las|O|Os|Der|Die|Das|Il|Lo|Gli|Het)\s+\p{Lu}/u.test(name))
    return agencies.length ? { name: null, agencies } : null;
  // A desk or a team in the byline's place (`by Digest Desk`, `By the Metro Team`) names no writer.
  if (/\s(?:desk|team)$/i.test(name)) return agencies.length ? { name: null, agencies } : null;
  // An agency alone in the byline (`By AFP`) is a credit, and names no writer.
  const agency = agencyNamed(name);
  if (agency) return { name: null, agencies: [...agencies, agency] };
  return looksLikeName(name) || looksLikeUncasedName(name) ? { name, agencies } : null;
}

/** Takes the first byline: its name is the writer, and an agency after the name is a credit. */
export const bylineReader: LineReader<ReadLine, Zone> = (line, { found }) => {
  if (found.author) return null;
  const byline = matchByline(line.plain);
  if (!byline) return null;
  if (byline.name) found.author = { name: byline.name, line: line.n, how: 'byline' };
  for (const name of byline.agencies) addCredit(found.credits, name, `The byline on line ${line.n}: “${line.plain}”.`);
  return 'byline';
};
