/** A writer and a stamp on one line: `Jane Doe Published December 11, 2023 | 07:10 PM`, `Jane Doe | 03.11.2019`. */
import { readStamp, type Stamp } from '../../../time/stamps.ts';
import { EN } from '../../furniture-words/en.ts';
import { alternationOf, furnitureWords, wordPattern } from '../../furniture-words/index.ts';
import { looksLikeName } from '../../line-shapes.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';
import { isCmsAccount } from './cms-account.ts';
import { matchByline } from '../header/byline.ts';
import { matchStampLine } from './stamp-line.ts';

/** `Jane Doe Published December 11, 2023 | 07:10 PM`: a byline and a stamp on one line. */
export function matchNameAndStamp(
  line: string,
): { name: string | null; verb: string; stamp: Stamp | null; phrase: string } | null {
  const t = line.trim();
  const m = LABELLED.exec(t);
  if (m && isCmsAccount(m[1]!))
    return { name: null, verb: verbOf(m[2]!), stamp: readStamp(m[3]!, dayFirst(m[2]!)), phrase: m[3]!.trim() };
  if (m && m[1]!.includes(' ') && looksLikeName(m[1]!))
    return { name: m[1]!, verb: verbOf(m[2]!), stamp: readStamp(m[3]!, dayFirst(m[2]!)), phrase: m[3]!.trim() };
  // `Jane Doe | 03.11.2019 - Update : 04.11.2019`: a name, a bar and a day-first date.
  const bar = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*\|\s*(\d{1,2}[./]\d{1,2}[./]\d{4}.{0,60})$/u.exec(
    t,
  );
  if (bar && looksLikeName(bar[1]!))
    return { name: bar[1]!, verb: 'published', stamp: readStamp(bar[2]!, true), phrase: bar[2]!.trim() };
  // `Posted on March 3, 2024 by Jane Doe`, `Geplaatst op 3 april 2024 door Marloes de Groot`: the stamp, then the byline.
  // The byline may go on with the writer's role and place (`… Por Ana Lima — Repórter da Agência Brasil — Recife`).
  const after = STAMP_THEN_BYLINE.exec(t);
  const writer = after ? matchByline(after[3]!)?.name : null;
  if (after && writer)
    return {
      name: writer,
      verb: verbOf(after[1]!),
      stamp: readStamp(after[2]!, dayFirst(after[1]!)),
      phrase: after[2]!,
    };
  // `Por Ana Ruiz | 6 de junio de 2024`, `Von Anna Roth, 06.06.2024, 10:00 Uhr`, `By Ana Lima on 3 May 2024`: a byline,
  // a separator or the word before a day, and a date alone.
  const dated = BYLINE_THEN_DATE.exec(t);
  const stamp = dated ? matchStampLine(dated[2]!) : null;
  if (dated && stamp && looksLikeName(dated[1]!))
    return { name: dated[1]!, verb: 'published', stamp: stamp.stamp, phrase: dated[2]!.trim() };
  return null;
}

const NAME = String.raw`(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})`;
const BYLINE = String.raw`(?:${wordPattern('byline')}:?\s+)`;
const LABEL = alternationOf([...furnitureWords('published'), ...furnitureWords('updated')]);
// A name (after a byline word maybe), a separator maybe, and a labelled stamp in any covered language.
const LABELLED = new RegExp(
  String.raw`^${BYLINE}?${NAME}\s*[|,·•–—-]?\s+(${LABEL})(?:\s+on)?(?![\p{L}])\s*:?\s+(.{6,80})$`,
  'iu',
);
const STAMP_THEN_BYLINE = new RegExp(
  String.raw`^(${LABEL})(?:\s+on)?(?![\p{L}])\s*:?\s+(.{6,60}?)\s*[|,·•–—-]?\s+(${wordPattern('byline')}\s+\p{Lu}.{2,100})$`,
  'iu',
);
// A byline, then a separator or the word before a day (`Por … em 7 de Novembro, 2023 às 15:20`), then the date.
const BYLINE_THEN_DATE = new RegExp(
  String.raw`^${BYLINE}${NAME}(?:\s*[|,·•–—-]\s*|\s+${wordPattern('onDay')}\s+)(.{6,60})$`,
  'iu',
);
const UPDATED = new RegExp(`^${wordPattern('updated')}$`, 'iu');

/** True for a label of a language that writes the day first: every covered language but English. */
function dayFirst(label: string): boolean {
  const l = label.toLowerCase().replace(/\s+/g, ' ');
  return !EN.published.includes(l) && !EN.updated.includes(l);
}

/** The kind of stamp a label introduces: `updated` for an update label of any language, else `published`. */
function verbOf(label: string): string {
  return UPDATED.test(label.replace(/\s+/g, ' ')) ? 'updated' : 'published';
}

/** Lines at the end of the page where a writer with a stamp is still read, as footers print one. */
const END_OF_PAGE = 4;

/** Takes the first line near the top or the end of the page that gives a writer (or an account) and a stamp. */
export const nameAndStampReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found, lines }) => {
  const t = line.plain;
  const nameStamp = line.top || line.index >= lines.length - END_OF_PAGE ? matchNameAndStamp(t) : null;
  if (!nameStamp || found.nameStamp) return null;
  const { name, verb, stamp, phrase } = nameStamp;
  found.nameStamp = { line: line.n, text: t };
  // The name is the writer; an account name is none.
  if (name) found.author = { name, line: line.n, how: 'name-stamp' };
  else found.cmsAccount ??= { text: t.split(/\s+/)[0]!, line: line.n };
  // A publication stamp here is the publication line, even over a stamp in another language read before it.
  if (verb !== 'updated' && stamp) found.publishedLine = { line: line.n, stamp, phrase };
  if (verb === 'updated' && stamp) found.stamp ??= { line: line.n, verb: 'updated', stamp, phrase };
  return name ? 'byline' : 'stamp';
};
