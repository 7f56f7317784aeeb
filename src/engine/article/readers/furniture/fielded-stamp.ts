/**
 * A stamp among other fields of one line: `Économie | Publié le 29 avril 2025 à 18h05` (a section and the stamp),
 * `13 March 2025 - 4 min read` (the stamp and a reading time), `5 May 2025 11:42 GMT | Updated 5 May 2025 13:10 GMT`
 * (the first stamp and an update), `Vastrel, 11 de junio de 2025` (the place it was filed from and the stamp). Each
 * field is read on its own; the line is a stamp line only when every field is one of those shapes.
 */
import type { Stamp } from '../../../time/stamps.ts';
import { endsLikeSentence } from '../../../text/sentences.ts';
import { alternationOf, furnitureWords, wordPattern } from '../../furniture-words/index.ts';
import { agencyNamed } from '../../agencies.ts';
import { addCredit } from '../../findings.ts';
import { matchByline } from '../header/byline.ts';
import { matchPublishedLine } from '../header/published-line.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';
import { matchForeignPublished } from './foreign-published.ts';
import { matchMonthStamp } from './month-stamp.ts';
import { isSiteClock, matchStampLine, showsSiteClock } from './stamp-line.ts';

/** What one field of the line is. */
type Field =
  | { kind: 'published' | 'updated' | 'date'; stamp: Stamp; phrase: string }
  | { kind: 'month'; year: number; month: number; phrase: string }
  | { kind: 'byline'; name: string | null; agencies: string[] }
  | { kind: 'source'; agency: string | null }
  | { kind: 'reading-time' | 'section' | 'place' | 'update-time' | 'time' | 'issue-number' | 'counter' };

// The separators between the fields of a stamp line: a bar, a middle dot, a bullet, or a dash with spaces round it.
const SEPARATOR = /\s+[|·•]\s+|\s+[-–—]\s+/u;
// The word for minutes in a reading-time note, left out with its number (`4 min`, `3 Minuten`, `5 мин`, `4 λεπτά`,
// `5 minúty`, `4 דקות`).
const MINUTES =
  /^(?:min\.?|mins|minutes?|minutos|minuten|minuti|minuut|minuta|minuty|minut|minuts|minutter|minuter|minuuttia|minutit|minúty|minút|minúta|minutės|minučių|minutė|minūtes|minūte|minūšu|perc|λεπτά|λεπτα|минут\p{L}*|мин\.?|хв\.?|хвилин\p{L}*|dk|dakika|分钟|دقائق|دقيقة|דקות|דקה|דק['׳]?)$/iu;
const READING_TIME = new Set(furnitureWords('readingTime').map((w) => w.toLowerCase()));
// A section name or a site's tagline: one to six words, the first capitalised, no figures.
const SECTION = /^\p{Lu}[\p{L}'’&.-]*(?:\s[\p{L}'’&.-]+){0,5}$/u;
// `Vastrel, 11 de junio de 2025`: one to three capitalised words, a comma, then the stamp.
// Or with a slash between them (`Santa Lucía del Valle / 14.08.2024 19:35:00`); place names keep their particles.
const PLACE_THEN_STAMP =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s(?:(?:de|da|do|del|des|du|la|am|im)\s)?\p{Lu}[\p{L}'’.-]+){0,2})(?:,|\s\/)\s+(.+)$/u;

// The agency a stamp line names as its source (`Source: Harrow Press Agency (HPA)`, `Fuente: EFE`, `Quelle: dpa`).
const SOURCE_FIELD = new RegExp(String.raw`^${wordPattern('sourceLabel')}\s*:\s*(.{2,60})$`, 'iu');

// A count of readers or views in a few words (`Bu haberi 518 kişi okudu.`, `1.204 Aufrufe`, `Vues : 87`).
const COUNTER_WORD = new RegExp(String.raw`(?<![\p{L}])${wordPattern('counters')}(?![\p{L}])`, 'iu');

// A byline word opens the field: a name and a role alone (`Jane Doe, Reporter`) is not taken as a byline here.
const BYLINE_OPENING = new RegExp(String.raw`^\s*${wordPattern('byline')}(?![\p{L}])`, 'iu');
// An issue's number: the issue word of any covered language, or a number sign, and the number.
const ISSUE_WORD = alternationOf(furnitureWords('issue'));
// After its volume or year of issue maybe (`Volume 38, numéro 9`, `Anno XII – n. 3`).
const ISSUE_NUMBER = new RegExp(
  String.raw`^(?:${alternationOf(furnitureWords('volume'))}\.?\s+[\dIVXLC]{1,7}\s*,?\s*)?(?:${ISSUE_WORD}(?:\s*(?:no\.?|n[°º]|nr\.?))?|no\.?|n[°º]|nr\.?|n\.)\s*\d{1,5}$`,
  'iu',
);
// A volume or year of issue alone (`Anno XII`).
const VOLUME = new RegExp(String.raw`^${alternationOf(furnitureWords('volume'))}\.?\s+[\dIVXLC]{1,7}$`, 'iu');
// An issue numbered by its month and year (`Ausgabe 10/2024`): a month stamp.
const ISSUE_MONTH = new RegExp(String.raw`^${ISSUE_WORD}\s+(\d{1,2})\s*/\s*((?:19|20)\d\d)$`, 'iu');
// A clock time (`10:41`, `14h05`, `4:12 PM`, `18.30 Uhr`), alone or after an update label.
const TIME = String.raw`\d{1,2}[:hH.]\d{2}(?:\s*(?:h|uhr|am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}))?`;
const CLOCK = new RegExp(String.raw`^${TIME}$`, 'iu');
const UPDATE_TIME = new RegExp(
  String.raw`^${wordPattern('updated')}(?:\s+${wordPattern('atTime')})?\s*:?\s*${TIME}$`,
  'iu',
);

/** A reading-time note: a number of minutes and the words of one language's note (`4 min read`, `Lesezeit: 3 Min.`). */
export function isReadingTime(field: string): boolean {
  if (!/\d/.test(field) || field.length > 32) return false;
  const rest = field
    .toLowerCase()
    .replace(/[\d:]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !MINUTES.test(w))
    .join(' ');
  return READING_TIME.has(rest);
}

/** What a field is, or null when it is none of a stamp line's shapes. */
function readField(field: string, edge: boolean): Field | null {
  const foreign = matchForeignPublished(field);
  if (foreign) return { kind: foreign.verb, stamp: foreign.stamp, phrase: foreign.phrase };
  const published = matchPublishedLine(field);
  if (published?.stamp) return { kind: 'published', stamp: published.stamp, phrase: published.phrase };
  const stamp = matchStampLine(field);
  if (stamp) return { kind: stamp.verb, stamp: stamp.stamp, phrase: stamp.phrase };
  // A byline first on the line (`By Tom Harlow · Mon 14 Apr 2025 · 4 min read`, `كتب: … - الخميس 02 فبراير 2023`).
  const byline = edge ? matchByline(field) : null;
  if (byline && BYLINE_OPENING.test(field)) return { kind: 'byline', ...byline };
  const month = matchMonthStamp(field);
  if (month) return { kind: 'month', ...month, phrase: field };
  // The source the text comes from: a known agency, else the acronym in brackets after its name; credited.
  const source = SOURCE_FIELD.exec(field)?.[1];
  if (source && source.split(/\s+/).length <= 6)
    return { kind: 'source', agency: agencyNamed(source) ?? /\((\p{Lu}{2,8})\)\s*$/u.exec(source)?.[1] ?? null };
  const issueMonth = ISSUE_MONTH.exec(field);
  if (issueMonth && Number(issueMonth[1]) >= 1 && Number(issueMonth[1]) <= 12)
    return { kind: 'month', year: Number(issueMonth[2]), month: Number(issueMonth[1]), phrase: field };
  if (isReadingTime(field)) return { kind: 'reading-time' };
  if (/\d/.test(field) && field.split(/\s+/).length <= 6 && COUNTER_WORD.test(field)) return { kind: 'counter' };
  // An update at a time of the same day (`Mis à jour à 14h05`, `Updated 4:12 PM`): nothing to date.
  if (UPDATE_TIME.test(field)) return { kind: 'update-time' };
  // An issue's number beside its month (`Issue 214 | March 2025`, `n° 87 — juin 2023`).
  if (ISSUE_NUMBER.test(field) || VOLUME.test(field)) return { kind: 'issue-number' };
  // The clock time of the stamp beside it (`… — 5 de março de 2025 — 10:41`).
  if (CLOCK.test(field)) return { kind: 'time' };
  if (edge && SECTION.test(field) && field.length <= 40 && !endsLikeSentence(field)) return { kind: 'section' };
  return null;
}

/** The fields of a stamp line, or null when the line is not one (one field, a field of another shape, or no stamp). */
export function matchFieldedStamp(line: string): Field[] | null {
  const t = line.trim();
  if (t.length > 120 || showsSiteClock(t)) return null;
  const placed = PLACE_THEN_STAMP.exec(t);
  const parts = placed ? [placed[2]!] : t.split(SEPARATOR);
  if (!placed && parts.length < 2) return null;
  const fields: Field[] = placed ? [{ kind: 'place' }] : [];
  for (const [i, part] of parts.entries()) {
    // A section name stands first or last (`Économie | Publié le …`, `Edição de junho de 2023 | Ciência`).
    const f = readField(part.trim(), !placed && (i === 0 || i === parts.length - 1));
    if (!f) return null;
    fields.push(f);
  }
  return fields.some((f) => 'stamp' in f || f.kind === 'month') ? fields : null;
}

/**
 * Takes a stamp line of several fields above the body (or at the top of the page): its publication stamp is the
 * publication line, a bare date the page's stamp, and an update stamp a stamp only when the line has no other.
 */
export const fieldedStampReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found, lines }) => {
  if (line.bodyStarted && !line.top) return null;
  const fields = matchFieldedStamp(line.plain);
  if (!fields) return null;
  const stamps = fields.filter((f): f is Extract<Field, { stamp: Stamp }> => 'stamp' in f);
  const published = stamps.find((f) => f.kind === 'published');
  const date = stamps.find((f) => f.kind === 'date');
  const updated = stamps.find((f) => f.kind === 'updated');
  const month = fields.find((f): f is Extract<Field, { kind: 'month' }> => f.kind === 'month');
  const byline = fields.find((f): f is Extract<Field, { kind: 'byline' }> => f.kind === 'byline');
  if (byline) {
    if (byline.name && !found.author) found.author = { name: byline.name, line: line.n, how: 'byline' };
    for (const a of byline.agencies) addCredit(found.credits, a, `The byline on line ${line.n}: “${line.plain}”.`);
  }
  for (const f of fields)
    if (f.kind === 'source' && f.agency)
      addCredit(found.credits, f.agency, `The stamp line on line ${line.n}: “${line.plain}”.`);
  if (month && !stamps.length) {
    found.monthStamp ??= { line: line.n, phrase: month.phrase, year: month.year, month: month.month };
    return 'stamp';
  }
  if (published) {
    found.publishedLine ??= { line: line.n, stamp: published.stamp, phrase: published.phrase };
    return 'published-line';
  }
  // A site's clock on the page's first line gives way to the article's own stamp (`isSiteClock`).
  if (date && (!found.stamp || found.stamp.verb === 'updated' || isSiteClock(found, lines, line)))
    found.stamp = { line: line.n, verb: 'date', stamp: date.stamp, phrase: date.phrase };
  else if (updated && !found.stamp)
    found.stamp = { line: line.n, verb: 'updated', stamp: updated.stamp, phrase: updated.phrase };
  return 'stamp';
};
