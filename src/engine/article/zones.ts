/**
 * How each zone of a seed is read: which lines its readers see, in what order, and what becomes of a line a reader
 * takes. The readers themselves, and their order, are in `configuration.ts`.
 */
import type { SourceLine } from '../read/lines.ts';
import {
  ABOVE_LEDE_READERS,
  BODY_READERS,
  FIRST_LINE_READERS,
  FOOTER_READERS,
  FURNITURE_READERS,
  HEADER_READERS,
  LAST_PARAGRAPH_READERS,
  LEDE_READERS,
  STANDFIRST_READERS,
  STANDFIRST_SECOND_LOOK,
} from './configuration.ts';
import type { Findings } from './findings.ts';
import { countTokens } from '../text/words.ts';
import { isProse, plainLine } from './line-shapes.ts';
import { menuRuns } from './readers/furniture/navigation.ts';
import { matchDateline } from './readers/lede/dateline.ts';
import { isCommentFormLine } from './readers/footer/comment-form.ts';
import { firstPart, firstTake, type FurnitureZone, type ReadLine } from './readers/reader.ts';

/** Lines kept at the top of the page, below which a bare date or a name with a stamp is no longer read as one. */
const TOP_OF_PAGE = 6;
/**
 * A standfirst (one paragraph of prose under the headline, then the byline and the stamp) lowers the top of the page
 * by this many lines: the stamp under a masthead, a menu, a kicker, a headline, a standfirst and a byline is still
 * the page's own.
 */
const STANDFIRST_ROOM = 4;

/** The seed's lines after the first non-blank one has been read; a date line on it is taken off, the rest kept. */
export function readFirstLine(file: string, lines: readonly SourceLine[], found: Findings): SourceLine[] {
  const out = [...lines];
  const at = out.findIndex((l) => l.text.trim() !== '');
  const first = out[at];
  const taken = first ? firstPart(FIRST_LINE_READERS, first, { file, found }) : null;
  if (first && taken) {
    found.removed.push({ line: first.n, text: taken.text, kind: taken.kind });
    // A line left blank drops out with the other blank lines.
    out[at] = { n: first.n, text: taken.rest.trim() ? taken.rest : '' };
  }
  return out;
}

/** The non-blank lines no furniture reader took, in order. */
export function readFurniture(lines: readonly SourceLine[], found: Findings): SourceLine[] {
  const zone: FurnitureZone = {
    found,
    lines,
    menu: menuRuns(lines),
    kept: [],
    list: null,
    afterAboutHeading: false,
    contactLines: 0,
  };
  let prose = 0;
  lines.forEach((l, index) => {
    const line = {
      n: l.n,
      text: l.text,
      plain: plainLine(l.text),
      index,
      bodyStarted: prose > 0,
      top: zone.kept.length < TOP_OF_PAGE + (prose <= 1 ? STANDFIRST_ROOM : 0),
    };
    const kind = firstTake(FURNITURE_READERS, line, zone);
    if (kind) found.removed.push({ line: l.n, text: l.text, kind });
    else {
      zone.kept.push(l);
      if (isProse(l.text)) prose++;
    }
  });
  return zone.kept;
}

/** The lines split at the lede, the first line of prose: the header above it, the rest from it on. */
export function readLede(lines: readonly SourceLine[], found: Findings): { header: SourceLine[]; rest: SourceLine[] } {
  // The lede may also be the first line that opens with a dateline; a dateline at its head, or on its own line above
  // it, is taken off.
  let content = [...lines];
  const first = content.findIndex((l) => isProse(l.text) || matchDateline(l.text));
  // A headline set below the site's menu reads like prose: it stays in the header, above the lede.
  let lede = first >= 0 && isHeadlineBelowMenu(content, first, found) ? first + 1 : first;
  const ledeLine = content[lede];
  const head = ledeLine ? firstPart(LEDE_READERS, ledeLine, { found }) : null;
  if (ledeLine && head) {
    found.removed.push({ line: ledeLine.n, text: head.text, kind: head.kind });
    if (head.rest) content[lede] = { n: ledeLine.n, text: head.rest };
    else {
      content = content.filter((x) => x !== ledeLine);
      // The dateline stood alone: the lede is the next line of prose.
      lede = content.findIndex((x, i) => i >= lede && isProse(x.text));
    }
  }
  // A standfirst above a wire lede (`… Das teilte das Ministerium mit.` / `Kiel (dpa/lno) - …`): the dateline opens
  // the paragraph after the first.
  if (ledeLine && !head) {
    const next = content.findIndex((x, i) => i > lede && isProse(x.text));
    const second = content[next];
    const wire = second && matchDateline(second.text) ? firstPart(LEDE_READERS, second, { found }) : null;
    if (second && wire?.rest) {
      found.removed.push({ line: second.n, text: wire.text, kind: wire.kind });
      content[next] = { n: second.n, text: wire.rest };
    }
  }
  // The line above the lede is looked at only when another stands above it; a lone line there is left to the header.
  const above = lede > 1 ? content[lede - 1]! : null;
  const taken = above ? firstPart(ABOVE_LEDE_READERS, above, { found }) : null;
  if (above && taken) {
    found.removed.push({ line: above.n, text: taken.text, kind: taken.kind });
    content = content.filter((x) => x !== above);
    lede--;
  }
  return lede < 0 ? { header: [], rest: content } : { header: content.slice(0, lede), rest: content.slice(lede) };
}

/** The header lines no reader took: they stay in the body rather than vanish. */
export function readHeader(header: readonly SourceLine[], found: Findings): SourceLine[] {
  const lines: ReadLine[] = header.map((l) => ({ n: l.n, text: l.text, plain: plainLine(l.text) }));
  const zone = { found, lines };
  const unplaced: SourceLine[] = [];
  lines.forEach((line, i) => {
    const kind = firstTake(HEADER_READERS, line, zone);
    if (kind) found.removed.push({ line: line.n, text: line.text, kind });
    else unplaced.push(header[i]!);
  });
  return headlineBelowMenu(header, unplaced, found);
}

// How a headline reads: no sentence's end, no bar or arrow of a breadcrumb, and between four and twenty-four words.
const titleShaped = (text: string) =>
  !/[.!?…:;,"”»)]\s*$/u.test(text.trim()) &&
  !/\s[|›»>/]\s/u.test(text) &&
  countTokens(text) >= 4 &&
  countTokens(text) <= 24;
// The site's menu, as the furniture readers took it: a stamp may stand under a headline, a menu does not.
const menuBetween = (found: Findings, from: number, to: number) =>
  found.removed.some((r) => r.line > from && r.line < to && r.kind === 'navigation');

/** Whether the first prose line is a headline under the site's menu, above a longer paragraph. */
function isHeadlineBelowMenu(content: readonly SourceLine[], i: number, found: Findings): boolean {
  const [line, next] = [content[i]!, content[i + 1]];
  return (
    !!next &&
    !matchDateline(line.text) &&
    titleShaped(line.text) &&
    isProse(next.text) &&
    countTokens(next.text) > countTokens(line.text) &&
    menuBetween(found, 0, line.n)
  );
}

/**
 * A site's tagline or name above its menu is no headline where a headline-shaped line no reader took stands below
 * the menu, just above the lede (`La voz de la sierra centro` … menu … `Escuela gratuita enseña a adultos …`): that
 * line is the headline, and the line first taken is the masthead's.
 */
function headlineBelowMenu(header: readonly SourceLine[], unplaced: SourceLine[], found: Findings): SourceLine[] {
  const taken = found.headline;
  if (!taken) return unplaced;
  // A tagline on the page's first lines is parted from the headline as a menu parts it by a section's name right
  // above the headline (`Regionales aus dem Hausruckviertel` … `Oberkirchbach` / `Gemeinde-E-Auto wird rege gebucht`).
  const top = header.slice(0, 3).some((l) => l.n === taken.n);
  const sectionBetween = (to: number) => {
    const above = header[header.findIndex((l) => l.n === to) - 1];
    return (
      top &&
      !!above &&
      above.n > taken.n &&
      countTokens(above.text) <= 2 &&
      !/[\d.!?:]/.test(above.text) &&
      // Nothing taken off between them: a live page's time over its first entry parts them.
      !found.removed.some((r) => r.line > above.n && r.line < to)
    );
  };
  const fits = (l: SourceLine | undefined): l is SourceLine =>
    !!l &&
    unplaced.includes(l) &&
    l.n > taken.n &&
    titleShaped(l.text) &&
    (menuBetween(found, taken.n, l.n) || sectionBetween(l.n));
  // The header's last line, the one set apart from the lede (`isHeadlineBelowMenu`); or, above the article's own
  // byline or stamp (`Door Marieke Bos`, `Senin, 22 Juli 2024`), the first of the headline-shaped lines over it: a
  // headline, and a standfirst under it.
  const over = (line: number | undefined) => {
    let i = header.findIndex((l) => l.n === line) - 1;
    if (i < 0 || !fits(header[i])) return undefined;
    while (fits(header[i - 1])) i--;
    return header[i];
  };
  const below = [header.at(-1), over(found.author?.line), over(found.stamp?.line)].find(fits);
  if (!below) return unplaced;
  const old = found.removed.find((r) => r.line === taken.n && r.kind === 'headline');
  if (old) old.kind = 'masthead';
  found.headline = { n: below.n, text: below.text };
  found.removed.push({ line: below.n, text: below.text, kind: 'headline' });
  return unplaced.filter((l) => l !== below);
}

/** How many lines under the first paragraph may hold a byline or a stamp set below a standfirst. */
const STANDFIRST_LINES = 2;

/** The lines from the lede on, without a byline or stamp among the lines under the first paragraph. */
export function readStandfirst(rest: readonly SourceLine[], found: Findings): SourceLine[] {
  const lines = [...rest];
  let i = 1;
  while (i <= STANDFIRST_LINES && i < lines.length) {
    const l = lines[i]!;
    const kind = firstTake(STANDFIRST_READERS, { n: l.n, text: l.text, plain: plainLine(l.text) }, { found });
    // A line taken leaves its place to the one below it.
    if (kind) {
      found.removed.push({ line: l.n, text: l.text, kind });
      lines.splice(i, 1);
    } else i++;
  }
  // A line read before the stamp under it was found (`Nadia Perrin` / `Publié: …`) is read again once it is.
  for (let j = 1; j <= STANDFIRST_LINES && j < lines.length; j++) {
    const l = lines[j]!;
    const kind = firstTake(STANDFIRST_SECOND_LOOK, { n: l.n, text: l.text, plain: plainLine(l.text) }, { found });
    if (kind) {
      found.removed.push({ line: l.n, text: l.text, kind });
      lines.splice(j--, 1);
    }
  }
  return lines;
}

/** The body lines no body reader took. */
export function readBody(lines: readonly SourceLine[], found: Findings): SourceLine[] {
  return lines.filter((l) => {
    const kind = firstTake(BODY_READERS, l, { found });
    if (kind) found.removed.push({ line: l.n, text: l.text, kind });
    return !kind;
  });
}

/**
 * Where the body ends when a comment form stands below it: nothing under a comment form is the article (its lines,
 * the comments and the site's footer), though the upward reading stopped at a line it did not know (a charity's
 * registration, a previous/next link). The form must follow at least two lines of prose; the lines above it are
 * then read upwards as any footer is.
 */
function cutAtCommentForm(lines: readonly SourceLine[], found: Findings): number {
  // Two lines of prose above it, not two lines of any kind: a share block's `Email` above the text is no form.
  let prose = 0;
  // A count of comments the page chrome took (`3 commentaires`) below the text's first lines heads the comments.
  const count = found.removed.find(
    (r) => r.kind === 'page-chrome' && /^\d/.test(r.text.trim()) && isCommentFormLine(r.text),
  );
  let secondProse = Infinity;
  const form = lines.findIndex((l) => {
    if (prose >= 2 && (isCommentFormLine(l.text) || (count && count.line > secondProse && l.n > count.line)))
      return true;
    if (isProse(l.text) && ++prose === 2) secondProse = l.n;
    return false;
  });
  if (form < 0) return lines.length;
  for (let i = form; i < lines.length; i++) {
    const l = lines[i]!;
    const line = { ...l, trimmed: l.text.trim(), last: false, onlyLineLeft: false };
    found.removed.push({
      line: l.n,
      text: l.text,
      kind: firstTake(FOOTER_READERS, line, { found }) ?? 'below-comments',
    });
  }
  return form;
}

/** The body without its footer, read upwards from the last line, and without a tag closing its last paragraph. */
export function readFooter(lines: readonly SourceLine[], found: Findings): SourceLine[] {
  let end = cutAtCommentForm(lines, found);
  while (end > 0) {
    const l = lines[end - 1]!;
    const line = {
      ...l,
      trimmed: l.text.trim(),
      last: end === lines.length,
      onlyLineLeft: end === 1,
      above: lines[end - 2]?.text.trim(),
    };
    const kind = firstTake(FOOTER_READERS, line, { found });
    if (!kind) break;
    found.removed.push({ line: l.n, text: l.text, kind });
    end--;
  }
  const body = lines.slice(0, end);
  const last = body.at(-1);
  const taken = last && body.length > 1 ? firstPart(LAST_PARAGRAPH_READERS, last, { found }) : null;
  if (last && taken) {
    found.removed.push({ line: last.n, text: taken.text, kind: taken.kind });
    body[body.length - 1] = { n: last.n, text: taken.rest };
  }
  return body;
}
