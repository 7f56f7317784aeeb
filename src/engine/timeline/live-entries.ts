/**
 * The entries of a live page. A page whose stamp line gives its last update (`Updated 4 June 2025, 19:42`, `Stand:
 * 13.03.2025, 21:12 Uhr`, `Published: 9 October 2025, 21:02 · Last updated: 10 October 2025, 08:41`) and whose entries
 * each open on a clock time, the newest first and its time the update's, was written entry by entry up to that
 * update. Read downwards, the times fall through the update's day: those entries speak from it, and their "this
 * evening" and "on Friday" are read against it, whatever day the page was first published. Where a time rises again,
 * its entry was written on an earlier day: the day before, where the page was first published then; otherwise a day
 * the page does not name, and the entries from there on are left to the page's own date.
 */
import { addDays, parseISO } from 'date-fns';
import { CLOCK_ALONE } from '../article/readers/furniture/page-chrome.ts';
import type { Article } from '../schema/article.ts';
import { isoDay } from '../time/calendar.ts';
import { readStamp } from '../time/stamps.ts';
import type { Passage } from './passages.ts';

/** The minutes after midnight of an entry's time on a line of its own, as the furniture pass removes it; or null. */
function entryMinutes(line: string): number | null {
  const m = CLOCK_ALONE.exec(line.trim());
  if (!m) return null;
  const pm = /^p/i.test(m[3] ?? '') ? 12 : 0;
  const hours = /^[ap]/i.test(m[3] ?? '') ? (Number(m[1]) % 12) + pm : Number(m[1]);
  return hours * 60 + Number(m[2]);
}
// The fields of a stamp line (`Published: … · Last updated: …`).
const FIELD_BREAK = /\s+[·|•/]\s+|\s{2,}/u;

/** One stretch of entries and the day they were written. */
export interface LiveDay {
  /** The line of the entry's time. */
  fromLine: number;
  /** The day its entries were written. */
  day: string;
}

/** The days of a live page's entries, newest first; empty when it is no such page. */
export function liveEntryDays(article: Article): LiveDay[] {
  const { published, removed } = article;
  if (published.line === null) return [];
  const stampLine = removed.find((r) => r.line === published.line);
  const update = stampLine ? lastStamp(stampLine.text) : null;
  if (!update?.time) return [];
  const entries = removed
    .filter((r) => r.line > published.line! && r.kind === 'page-chrome')
    .map((r) => ({ line: r.line, minutes: entryMinutes(r.text) }))
    .filter((e): e is { line: number; minutes: number } => e.minutes !== null);
  // The newest entry carries the update's own time: the stamp is the last entry's, not a first publication's.
  if (entries.length < 2 || entries[0]!.minutes !== entryMinutes(update.time)) return [];
  const days: LiveDay[] = [];
  let day = update.date;
  for (const [i, e] of entries.entries()) {
    if (i > 0 && e.minutes > entries[i - 1]!.minutes) {
      // An earlier day: known only where the page was first published the day before.
      const before = isoDay(addDays(parseISO(day), -1));
      if (published.date !== before) break;
      day = before;
    }
    days.push({ fromLine: e.line, day });
  }
  return days;
}

/** The latest full date of a stamp line, with its time (the update's, where the line gives two). */
function lastStamp(line: string): { date: string; time: string | null } | null {
  let last: { date: string; time: string | null } | null = null;
  for (const field of line.split(FIELD_BREAK)) {
    const stamp = readStamp(field, true);
    if (stamp && (!last || stamp.date >= last.date)) last = stamp;
  }
  return last;
}

/**
 * The first person plural of each language's newsroom (`we`, `wir`, `nous`, `nuestra`): on a live page, the page
 * speaking of itself ("We are pausing our live coverage here", "Wir beenden den Newsblog für heute").
 */
const OUR_VOICE: Readonly<Record<string, readonly string[]>> = {
  en: ['we', 'our', 'us'],
  de: ['wir', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'uns'],
  fr: ['nous', 'notre', 'nos'],
  es: ['nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
  pt: ['nós', 'nosso', 'nossa', 'nossos', 'nossas'],
  it: ['noi', 'nostro', 'nostra', 'nostri', 'nostre'],
  nl: ['wij', 'we', 'ons', 'onze'],
  pl: ['my', 'nasz', 'nasza', 'naszą', 'nasze', 'naszej'],
  cs: ['my', 'náš', 'naše', 'našeho', 'naši'],
  sv: ['vi', 'vår', 'vårt', 'våra'],
  da: ['vi', 'vores'],
  nb: ['vi', 'vår', 'vårt', 'våre'],
};
// Words inside quotation marks are someone's own, not the page's.
const QUOTED = /["“„«‹][^"“”„«»‹›]*["”“»›]/gu;

/** Whether the sentence, outside its quotations, speaks in the newsroom's first person plural. */
function inOurVoice(sentence: string, language: string | null): boolean {
  const words = OUR_VOICE[language?.split('-')[0] ?? ''];
  if (!words) return false;
  const own = sentence.replace(QUOTED, ' ').toLowerCase();
  return own.split(/[^\p{L}]+/u).some((w) => words.includes(w));
}

/**
 * The passages of a live page: each entry's marked with the day it was written (`written`), where the page tells it.
 * Marked as telling no event of the story (`aside`): every one in which the page speaks of itself, and the summary
 * above the first entry where the page was first published on another day than its last update: the entries tell it
 * again, and each of its lines may be as old as either.
 */
export function markLiveEntries(article: Article, passages: Passage[]): Passage[] {
  const days = liveEntryDays(article);
  if (!days.length) return passages;
  const lineOf = new Map(article.blocks.map((b) => [b.anchor, b.line]));
  // An entry runs to the next time; the last one known runs to the next time after it, or the page's end.
  const ends = article.removed.filter((r) => r.line > days.at(-1)!.fromLine && entryMinutes(r.text) !== null);
  const lastLine = ends.length ? ends[0]!.line : Number.POSITIVE_INFINITY;
  // The summary holds lines of the day of publication and of the last update: only where they are one day is it read.
  const unsure = article.published.date !== days[0]!.day;
  return passages.map((p) => {
    const line = lineOf.get(p.anchor) ?? 0;
    const entry = line < lastLine ? days.findLast((d) => d.fromLine < line) : undefined;
    const aside =
      inOurVoice(p.sentence, article.language) ||
      (unsure && line > article.published.line! && line < days[0]!.fromLine);
    return entry || aside ? { ...p, ...(entry ? { written: entry.day } : {}), ...(aside ? { aside: true } : {}) } : p;
  });
}
