/**
 * Expressions of one time written side by side in another language, read as one:
 * - a weekday beside its calendar day (`22 Mart Cumartesi`, `الأحد في 23 حزيران`, `τη Δευτέρα 16 Σεπτεμβρίου`)
 *   names that day, not a weekday of its own counted from the article's date;
 * - a weekday beside a "last" or "next" week (`nächste Woche am Mittwoch`, `mercredi de la semaine prochaine`)
 *   is that weekday of that week.
 */
import { bare, weekdayOf, type NameTable } from './foreign-names.ts';
import * as W from './relative-words.ts';
import type { TemporalExpression } from './types.ts';

// What may stand between the two: blanks, a comma, a bracket (`Senin (17/3/2025)`), and at most three words, each
// short (`am`, `في`, `de la`) or the week's "last"/"next" word (`el miércoles de la próxima semana`).
const GAP_WORD = /^\p{L}{1,3}$/u;

function onlyJoiningWords(gap: string): boolean {
  const words = gap.split(/[\s,()]+/).filter(Boolean);
  return words.length <= 3 && words.every((w) => GAP_WORD.test(w) || W.LAST.test(w) || W.NEXT.test(w));
}

const isDay = (e: TemporalExpression) => e.kind === 'date' || e.kind === 'month-day';
const isWeek = (e: TemporalExpression) => e.kind === 'relative-week' && (e.offset === 1 || e.offset === -1);

/** The expressions (in sentence order) with each weekday joined to the calendar day or the week beside it. */
export function joinSideBySide(found: readonly TemporalExpression[], sentence: string): TemporalExpression[] {
  const out = [...found];
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    const weekday = a.kind === 'weekday' ? a : b.kind === 'weekday' ? b : null;
    const other = weekday === a ? b : a;
    if (!weekday || !(isDay(other) || isWeek(other))) continue;
    if (!onlyJoiningWords(sentence.slice(a.index + a.text.length, b.index))) continue;
    // The week's "last" or "next" word belongs to the joined text (`nächste Woche am Mittwoch`, `semaine prochaine`).
    const before = isWeek(a) ? /(\p{L}+)\s+$/u.exec(sentence.slice(0, a.index)) : null;
    const after = isWeek(b) ? /^\s+(\p{L}+)/u.exec(sentence.slice(b.index + b.text.length)) : null;
    const from = before && (W.LAST.test(before[1]!) || W.NEXT.test(before[1]!)) ? before.index : a.index;
    const to =
      b.index + b.text.length + (after && (W.LAST.test(after[1]!) || W.NEXT.test(after[1]!)) ? after[0].length : 0);
    // A date in brackets after its weekday (`Senin (17/3/2025)`) takes its closing bracket.
    const closes = sentence.slice(from, to).split('(').length > sentence.slice(from, to).split(')').length;
    const text = sentence.slice(from, closes && sentence[to] === ')' ? to + 1 : to);
    const joined: TemporalExpression = isDay(other)
      ? { ...other, text, index: from, ...(other.year === undefined ? { weekday: weekday.weekday } : {}) }
      : { ...weekday, text, index: from, offset: other.offset!, direction: other.offset! < 0 ? 'past' : 'future' };
    out.splice(i, 2, joined);
  }
  return out;
}

// A day of the month right after a weekday: in brackets, or after "dia"/"día" (Portuguese and Spanish pages).
const DAY_AFTER_WEEKDAY = /^(?:-feira)?\s*(?:\((\d{1,2})\)|,?\s+(?:dia|día)\s+(\d{1,2})\b)/u;

/**
 * The day of the month written right after a weekday ending at `at` (`neste sábado (7)`, `domingo, dia 19`), with
 * where its words end; null when none is.
 */
export function dayAfterWeekday(text: string, at: number): { day: number; end: number } | null {
  const m = DAY_AFTER_WEEKDAY.exec(text.slice(at));
  const day = Number(m?.[1] ?? m?.[2]);
  return m && day >= 1 && day <= 31 ? { day, end: at + m[0].length } : null;
}

/** The first weekday of a list that token `i` closes (`lunes, miércoles y viernes`): its token, or `i` alone. */
export function firstOfList(tokens: RegExpExecArray[], i: number, t: NameTable, text: string): number {
  let k = i;
  for (;;) {
    const gap = text.slice(tokens[k - 1] ? tokens[k - 1]!.index + tokens[k - 1]![0].length : 0, tokens[k]!.index);
    if (/^\s*,\s*$/.test(gap) && weekdayOf(tokens[k - 1]?.[0] ?? '', t) !== undefined) k -= 1;
    else if (W.AND.test(bare(tokens[k - 1]?.[0])) && weekdayOf(tokens[k - 2]?.[0] ?? '', t) !== undefined) k -= 2;
    // The preposition said again after "and" (`v utorok a v piatok`, `w środy i w piątki`).
    else if (
      bare(tokens[k - 1]?.[0]).length <= 2 &&
      W.AND.test(bare(tokens[k - 2]?.[0])) &&
      weekdayOf(tokens[k - 3]?.[0] ?? '', t) !== undefined
    )
      k -= 3;
    else return k;
  }
}
