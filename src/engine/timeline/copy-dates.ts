/**
 * A wire report's dateline without a year ("VALBRUNE, France, March 10 (MPA) -")
 * takes its year from a copy of the same report: another article whose text
 * is the same report sentence by sentence, that carries the same dateline, and
 * that its own text dates to that very day. The dateline is the wire's own
 * date, which every copy repeats; the copy only tells which year it is. Shared
 * facts never date an article (issue: "no borrowed dates"): the copy must
 * align sentence by sentence, and adding an article that is not a copy of it
 * changes nothing.
 */
import type { Published } from '../schema/article.ts';
import { alignment, sentenceWords } from '../compare/alignment.ts';
import type { CachedParse } from './corpus.ts';
import { datelineDayMonth } from './dateline-day.ts';

/** Share of the shorter body's sentences that must align, in order, for a copy (a rewrite needs less). */
export const COPY_ALIGNMENT = 0.9;
/** And at least this many aligned sentences: a short brief says too little to be told a copy. */
const MIN_ALIGNED = 4;

/** The dateline's date as compared: case, spaces and punctuation aside. */
const datelineKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The body's sentences as the alignment measure reads them. */
const bodyWords = (p: CachedParse) => sentenceWords(p.passages.map((x) => x.sentence).join('\n'));

/**
 * For each article still undated whose dateline has a day and month but no year: the date of a copy of it with the
 * same dateline, dated to that day by its own text. Every such copy must agree on the year; otherwise it stays undated.
 */
export function dateFromCopies(parsed: readonly CachedParse[]): void {
  const dated = parsed.filter((q) => ownDay(q) && q.article.dateline?.date);
  if (!dated.length) return;
  for (const p of parsed) {
    const a = p.article;
    const dateText = a.dateline?.date;
    if (a.published.basis !== 'unknown' || !dateText || /\b\d{4}\b/.test(dateText)) continue;
    const dayMonth = datelineDayMonth(dateText);
    if (!dayMonth) continue;
    const tail = `-${String(dayMonth.month).padStart(2, '0')}-${String(dayMonth.day).padStart(2, '0')}`;
    const mine = bodyWords(p);
    const copies = dated.filter((q) => {
      if (q === p || datelineKey(q.article.dateline!.date!) !== datelineKey(dateText)) return false;
      if (!q.article.published.date!.endsWith(tail)) return false;
      const { aligned, share } = alignment(mine, bodyWords(q));
      return aligned >= MIN_ALIGNED && share >= COPY_ALIGNMENT;
    });
    const days = new Set(copies.map((q) => q.article.published.date!));
    if (days.size !== 1) continue;
    const copy = copies[0]!.article;
    const date = copy.published.date!;
    a.published = {
      date,
      time: null,
      timezone: null,
      basis: 'inferred',
      line: a.dateline!.line,
      corroboratedBy: copy.slug,
      earliest: date,
      latest: date,
      precision: 'day',
      reason: `Dated from its copy in ${copy.publisher ?? `“${copy.title}”`}: the dateline on line ${a.dateline!.line} gives “${dateText}” without a year, and that article carries the same report, sentence by sentence, under the same dateline, and is dated ${date} by its own text.`,
    };
  }
}

/** Whether an article's own text (not a peer's facts) dates it to a day. */
function ownDay(q: CachedParse): boolean {
  const pub: Published = q.article.published;
  return pub.precision === 'day' && pub.date !== null && pub.corroboratedBy === null;
}
