/** A stamp line: `Updated: March 3, 2024 4:12 PM GMT`, `Stand: 08.02.2024`, or a line that is only a date. */
import { readStamp, type Stamp } from '../../../time/stamps.ts';
import { countTokens } from '../../../text/words.ts';
import { endsLikeSentence } from '../../../text/sentences.ts';
import { agencyNamed } from '../../agencies.ts';
import { addCredit } from '../../findings.ts';
import { isProse } from '../../line-shapes.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';
import { MONTH_ABBREVIATIONS, WEEKDAY_PATTERN } from '../../../time/names.ts';
import { isDateName } from '../../../time/foreign-names.ts';
import { pressReleaseLabel, wordPattern } from '../../furniture-words/index.ts';

/**
 * Whether a line shows the weather beside its date (`Bogotá, 19 de diciembre de 2023 · 14 °C`, `Bozen 24°`): a
 * temperature set apart by a bar or a dot. Such a line is the site's clock and weather, never the article's stamp.
 */
export function showsWeather(line: string): boolean {
  return /[|·•]\s*[^|·•]*(?<![\d.,])[-+]?\d{1,2}\s*°\s*[CF]?(?![\p{L}\d])/u.test(line);
}

// The name day a site's clock shows beside today's date (`Meniny má Rudolf | Štvrtok, 17. apríl 2025`, `Svátek má
// Jiří`, `Imieniny: Jerzego`, `Névnap: György`): that clock, never the article's stamp.
const NAME_DAY = /(?<!\p{L})(?:meniny|svátek|sviatok|imieniny|névnap|névnapja|nimipäivä|namnsdag|navnedag)(?!\p{L})/iu;

/** Whether a line is the site's clock: today's date with the weather or the name day beside it. */
export function showsSiteClock(line: string): boolean {
  return showsWeather(line) || NAME_DAY.test(line);
}

/** A stamp line: `Updated: March 3, 2024 4:12 PM GMT`, `Last modified …`, or a line that is only a date and time. */
export function matchStampLine(line: string): { verb: 'updated' | 'date'; stamp: Stamp; phrase: string } | null {
  // An update told only as a time ago after the stamp (`… 3:42 PM GMT+8 Updated 2 hours ago`) dates nothing.
  const t = line.trim().replace(UPDATED_AGO, '');
  if (t.length > 90 || showsSiteClock(t)) return null;
  // An agency's name before the stamp (`PTI | Updated: Apr 22, 2025 14:35 IST`) is credited by the reader below.
  const upd = UPDATED.exec(t.replace(AGENCY_FIRST, ''));
  if (upd) {
    const stamp = readStamp(upd[1]!);
    // `Updated November 19 2024 - 4:45pm, first published 2:10pm`: first published at a time of the same day.
    const sameDay = FIRST_PUBLISHED_AT.test(upd[1]!);
    // Its clock is the update's, not the publication's.
    if (stamp && sameDay) return { verb: 'date', stamp: { ...stamp, time: null }, phrase: upd[1]!.trim() };
    return stamp ? { verb: 'updated', stamp, phrase: upd[1]!.trim() } : null;
  }
  // A press release's number and its date (`Pressemitteilung Nr. 118/2024 vom 07.11.2024`): the release's date.
  const release = PRESS_RELEASE_DATED.exec(t);
  if (release) {
    const stamp = readStamp(release[1]!);
    return stamp ? { verb: 'date', stamp, phrase: release[1]!.trim() } : null;
  }
  // `15.10.2024 11:32 / Güncelleme: 15.10.2024 13:09`: the publication stamp, then its update on the same line.
  const both = PUBLISHED_THEN_UPDATED.exec(t);
  if (both) {
    const first = matchStampLine(both[1]!);
    if (first) return first;
  }
  // A print page's folio (`THE PRAIRIE COURIER · Thursday, August 15, 2024 · Page A3`): the edition's date.
  const folio = folioDate(t);
  if (folio) return folio;
  // Only a date (and maybe a weekday, a time and a zone): nothing else on the line.
  const stamp = readStamp(t);
  if (!stamp) return null;
  // In other scripts the words around the date cannot be checked one by one: a short line holding a full date will do.
  if (!/[a-z]/i.test(t.replace(/\d+/g, '')) || /[^\u0000-\u024f\s\d.,:|/()+–—-]/u.test(t))
    return countTokens(t) <= 12 && !endsLikeSentence(t) ? { verb: 'date', stamp, phrase: t } : null;
  const rest = t
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/(\d)T(?=\d)|(\d)Z\b/g, '$1$2 ')
    .replace(/\b(?:uhr|h)\b/gi, '')
    // A zone spelled out, as press-release wires print it (`08:00 AM Eastern Daylight Time`).
    .replace(ZONE_NAME, '')
    .replace(WEEKDAY_WORD, '')
    .replace(MONTH_WORD, '')
    .replace(/\b[ap]\.\s?m\./gi, '')
    .replace(/(\d)(?:am|pm)\b/gi, '$1')
    .replace(/\b(?:at|on|of|am|pm|utc|gmt|[ECMP][SD]T|CET|CEST|EAT|WAT|CAT|IST|BST|st|nd|rd|th|h)\b/gi, '')
    .replace(/[\d\s,.:|/()+–—-]+/g, '');
  if (rest === '') return { verb: 'date', stamp, phrase: t };
  // A date in another language (`14 de mayo de 2024 - 12:31`, `27 giugno 2024`): once its month and weekday names are
  // gone, only short joining words (`de`, `à`, `um`, `hrs`) may be left.
  // Hyphenated names stay whole (`Quarta-feira`).
  const words = t.match(/[\p{L}]+(?:-[\p{L}]+)*\.?/gu) ?? [];
  // A date in figures needs no names (`19/03/2025 às 16h10`).
  // A day, a short month name and a year (`di 12 mrt 2024`) name the month even where the short name alone is no word.
  const named =
    words.some(isDateName) ||
    /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(t) ||
    /\b\d{1,2}\.?\s+\p{L}{3,4}\.?\s+(?:19|20)\d\d\b/u.test(t);
  return named && words.every((w) => isDateName(w) || w.replace(/\.$/, '').length <= 3)
    ? { verb: 'date', stamp, phrase: t }
    : null;
}

const AGENCY_FIRST = /^[A-Z][A-Za-z]{1,12}\s*\|\s*/;
// The first publication's time alone after an update's full stamp: the same day.
const FIRST_PUBLISHED_AT = /,\s*first published\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$/i;
// A press release's label, its number, and the word for "of" before its date.
const PRESS_RELEASE_DATED = new RegExp(
  String.raw`^${pressReleaseLabel()}\s*(?:vom|du|del|de|of|dated|dal|van)\s+(.{6,40})$`,
  'iu',
);
// A stamp, a separator (a bar, a dot, a full stop or a comma, or only a space) and an update label with its own stamp.
const PUBLISHED_THEN_UPDATED = new RegExp(
  String.raw`^(.{6,40}?)(?:\s+[/|·•]|[.,;])?\s+${wordPattern('updated')}\s*:?\s*\S.*$`,
  'iu',
);

const UPDATED_AGO = new RegExp(
  String.raw`\s+(?:[|·•]\s*)?${wordPattern('updated')}\s*:?\s*(?:hace|há|il y a|vor)?\s*\d{1,3}\s+\p{L}+(?:\s+ago)?$`,
  'iu',
);

const ZONE_NAME =
  /\b(?:(?:eastern|central|mountain|pacific|atlantic|alaska|hawaii)(?:\s+(?:standard|daylight))?|greenwich mean|coordinated universal|british summer|central european(?:\s+summer)?|(?:west|east|central) africa|india standard)\s+time\b/gi;

// `Updated:`, `Stand:`, `Mis à jour le`: an update label of any language, and the stamp after it.
const UPDATED = new RegExp(
  String.raw`^(?:last\s+)?${wordPattern('updated')}(?:\s+on|\s+at|\s+le|\s+am)?(?![\p{L}])\s*:?\s*(.+)$`,
  'iu',
);

// Weekday and month words, in full or short, that a line holding only a date may also hold.
const WEEKDAY_WORD = new RegExp(String.raw`\b${WEEKDAY_PATTERN}\b\.?`, 'gi');
const MONTH_WORD = new RegExp(
  String.raw`\b(?:${MONTH_ABBREVIATIONS.map((m) => (m === 'Sep' ? 'Sept?' : m)).join('|')})[a-z]*\.?`,
  'gi',
);

/** Takes an update stamp anywhere and a bare date near the top; an agency the line names is a credit. */
export const stampLineReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found, lines }) => {
  const t = line.plain;
  const stamp = !isProse(t) ? matchStampLine(t) : null;
  // A bare date is read near the top of the page, or anywhere above the first paragraph (under a byline and a role).
  if (!stamp || (stamp.verb !== 'updated' && !line.top && line.bodyStarted)) return null;
  if (
    !found.stamp ||
    // An update earlier than the bare date above it shows that date is no publication stamp; a later one is the
    // page's change after it was published (`Sun Apr 14, 2024 12:00 AM` over `Last update on: Sun Apr 14, 2024 09:10`).
    (found.stamp.verb === 'date' && stamp.verb === 'updated' && stamp.stamp.date < found.stamp.stamp.date) ||
    (stamp.verb === 'date' && isSiteClock(found, lines, line))
  )
    found.stamp = { line: line.n, ...stamp };
  // `2021-06-18 10:32　来源：新华社`, `2020年11月5日 18時30分　共同通信`.
  const named =
    /(?:来源|出典|source)\s*[:：]\s*([^\s　|]+)/iu.exec(t)?.[1] ??
    t
      .split(/[\s　]+/)
      .map((w) => agencyNamed(w))
      .find(Boolean);
  const agency = named ? (agencyNamed(named) ?? null) : null;
  if (agency) addCredit(found.credits, agency, `The stamp line “${t}” on line ${line.n}.`);
  return 'stamp';
};

/** Lines of a page's head (menus, masthead, headline, byline) that part a site's clock from the article's stamp. */
const HEAD_LINES = 8;

/**
 * Whether the stamp found so far is the site's clock: a bare date on the page's first line, above the masthead, or
 * on one of its first three lines above the site's menu row or a whole page head, with another date under it above the text (`الاثنين 2024-09-02 09:14` over the article's `الأحد، 01-09-2024`). The page
 * shows the day it was read; the article's own stamp stands under its headline.
 */
export function isSiteClock(
  found: FurnitureZone['found'],
  lines: FurnitureZone['lines'],
  line: FurnitureLine,
): boolean {
  if (found.stamp?.verb !== 'date' || line.index === 0 || line.bodyStarted) return false;
  const clock = found.stamp.line;
  // On the page's first line; or on one of the first three above the site's menu row, or above a whole page head of
  // lines (menus, masthead, headline: HEAD_LINES or more), the article's stamp under it.
  const menuBelow = found.removed.some((r) => r.kind === 'navigation' && r.line > clock && r.line < line.n);
  const headBelow = lines.filter((l) => l.n > clock && l.n < line.n).length >= HEAD_LINES;
  return clock === lines[0]?.n || (lines.slice(0, 3).some((l) => l.n === clock) && (menuBelow || headBelow));
}

// A page number as a folio prints it (`Page A3`, `Seite 12`, `A3`, `p. 4`).
const PAGE =
  /^(?:(?:page|p\.|pg\.|seite|s\.|página|pág\.|pagina|pag\.|sayfa|strona|str\.|sida|side)\s*)?[A-Z]?\d{1,3}$/iu;

/** A folio: the date in one field, a page number in another, and the paper's name in any other. */
function folioDate(t: string): { verb: 'date'; stamp: Stamp; phrase: string } | null {
  const fields = t.split(/\s+[·|•]\s+/);
  if (fields.length < 3 || !fields.some((f) => PAGE.test(f))) return null;
  // Each field read once: a page number, a stamp, or a name.
  const read = fields.filter((f) => !PAGE.test(f)).map((f) => ({ f, stamp: matchStampLine(f) }));
  const dated = read.flatMap((r) => (r.stamp ? [r.stamp] : []));
  const names = read.filter((r) => !r.stamp).map((r) => r.f);
  const only = dated.length === 1 ? dated[0]! : null;
  if (!only || only.verb !== 'date' || !names.every((n) => countTokens(n) <= 6 && !/[.!?,;:]/.test(n))) return null;
  return { verb: 'date', stamp: only.stamp, phrase: only.phrase };
}
