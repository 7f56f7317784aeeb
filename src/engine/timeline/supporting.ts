/**
 * Undated articles still tell the story. A sentence whose date cannot be
 * resolved, because its article states no day (or only a loose window), may
 * tell an act that other articles date: "The authority opened its inquiry on
 * Wednesday" in an undated report, where dated reports put the opening on
 * Wednesday 12 March. Such a sentence joins that event as a supporting source,
 * marked as undated; it never moves the event's date or makes an event of its
 * own. It joins only when:
 *   - it tells the act in largely the same words as one of the event's
 *     sentences, with the same kind of act and a name or figure in common
 *     (`sameAct`, the rule that bounds undated articles by peer events);
 *   - its expression fits the event's day: some day the article could have been
 *     published on resolves it to a window holding the event ("on Wednesday" to
 *     that Wednesday, "12 March" to that 12 March, "last week" to its week);
 *   - it makes the same kind of claim (an act, a deadline or a status);
 *   - and one event qualifies, or one shares more of its words than any other.
 *     A tie means the sentence does not say which, and it stays out.
 */
import { addDays, parseISO } from 'date-fns';
import type { Citation, TimelineEvent } from '../schema/timeline.ts';
import { isoDay } from '../time/calendar.ts';
import { resolveExpression } from '../time/resolve.ts';
import type { TemporalKind } from '../time/types.ts';
import { sameAct } from './event-bounds.ts';
import { contentTerms, type PendingMention } from './mentions.ts';
import { sourceCount } from './sources.ts';

/**
 * How many days after an event an article of unknown date may have been published and still call the event by
 * this expression. Past those, the expression names another day: a weekday is within the week, a month named
 * without a year within the year.
 */
const REACH: Partial<Record<TemporalKind, number>> = {
  weekday: 7,
  'relative-day': 2,
  'relative-week': 14,
  'relative-month': 62,
  'month-day': 366,
  'day-of-month': 31,
  month: 366,
  season: 366,
};

/** The most publication days tried for one sentence and one event. */
const MAX_DAYS = 400;

/** An act, a deadline or a status: a sentence supports only an event making the same kind of claim. */
function claimOf(kind: TimelineEvent['kind']): string {
  return kind === 'deadline' || kind === 'status' ? kind : 'act';
}

/** The days the article could have been published on and still have said the expression of this event. */
function publicationDays(p: PendingMention, ev: TimelineEvent): string[] {
  const reach = REACH[p.expr.kind];
  if (reach === undefined) return [];
  // A plan or a deadline is told before its day; an act or a status after it.
  const before = p.kind === 'planned' || p.kind === 'deadline';
  const from = before ? isoDay(addDays(parseISO(ev.start), -reach)) : ev.start;
  const to = before ? ev.start : isoDay(addDays(parseISO(ev.start), reach));
  const first = p.bounds.earliest && p.bounds.earliest > from ? p.bounds.earliest : from;
  const last = p.bounds.latest && p.bounds.latest < to ? p.bounds.latest : to;
  const days: string[] = [];
  for (let d = parseISO(first); isoDay(d) <= last && days.length < MAX_DAYS; d = addDays(d, 1)) days.push(isoDay(d));
  return days;
}

/** Whether some possible publication day resolves the expression to a window holding the event's whole window. */
function fitsDate(p: PendingMention, ev: TimelineEvent): boolean {
  for (const day of publicationDays(p, ev)) {
    const w = resolveExpression(p.expr, day, p.direction);
    if (w && w.start <= ev.start && ev.end <= w.end) return true;
  }
  return false;
}

/** The event's sentences, with the terms `sameAct` compares. */
function sentencesOf(ev: TimelineEvent): Array<{ quote: string; terms: string[] }> {
  return ev.sources.filter((s) => !s.support).map((s) => ({ quote: s.quote, terms: contentTerms(s.quote) }));
}

// Words of time ("six days later") say when, not what: they never count as shared content.
const TIME_WORDS = new Set(['day', 'week', 'month', 'year', 'later', 'earlier', 'time', 'hour', 'ago', 'next', 'last']);

/** The sentence's content terms, its expression's and time words left out. */
function ownTerms(sentence: string, expression: string): string[] {
  const own = new Set(contentTerms(expression));
  return contentTerms(sentence).filter((t) => !own.has(t) && !TIME_WORDS.has(t));
}

/** Whether two sentences share a kind of act, or two content words, the expression's own words left out. */
function sharesAct(sentence: string, expression: string, m: { terms: string[] }): boolean {
  const terms = ownTerms(sentence, expression).filter((t) => m.terms.includes(t));
  return terms.some((t) => t.startsWith('~')) || terms.filter((t) => !t.startsWith('~')).length >= 2;
}

/** The one event sharing the most content words with the sentence, or null on a tie. */
function mostShared(
  p: PendingMention,
  found: readonly TimelineEvent[],
  sentences: ReadonlyMap<TimelineEvent, Array<{ terms: string[] }>>,
): TimelineEvent | null {
  const mine = ownTerms(p.quote, p.expression);
  const scored = found
    .map((ev) => ({
      ev,
      n: Math.max(...sentences.get(ev)!.map((s) => mine.filter((t) => s.terms.includes(t)).length)),
    }))
    .sort((a, b) => b.n - a.n);
  return scored[0]!.n > scored[1]!.n ? scored[0]!.ev : null;
}

/** The citation an undated sentence gives the event it supports. */
function supportingCitation(p: PendingMention, ev: TimelineEvent): Citation {
  const when = ev.start === ev.end ? ev.start : `${ev.start} – ${ev.end}`;
  const how =
    p.expr.kind === 'month-day'
      ? 'tells the kind of act other articles date to'
      : 'tells, in largely the same words, the act other articles date to';
  return {
    slug: p.slug,
    quote: p.quote,
    excerpt: p.excerpt,
    anchor: p.anchor,
    expression: p.expression,
    resolution: `The article states no day of its own, so “${p.expression}” cannot be placed from it alone. The sentence ${how} ${when}, and “${p.expression}” fits that date; it supports the event and does not date it.`,
    start: ev.start,
    end: ev.end,
    openEnd: false,
    kind: p.kind,
    support: 'undated',
  };
}

/**
 * Adds each pending sentence to the one event it tells, as an undated supporting source; returns how many joined.
 * Events are only ever added to: their dates, kinds and labels stay as their dated sources made them.
 */
export function joinUndated(events: TimelineEvent[], pending: readonly PendingMention[]): number {
  const sentences = new Map(events.map((ev) => [ev, sentencesOf(ev)]));
  let joined = 0;
  for (const p of pending) {
    // A day and month is itself a strong key: any shared kind of act or two shared words will do. A weekday or a
    // "last week" fits many days, so the sentence must tell the act in largely the same words.
    const tells = p.expr.kind === 'month-day' ? sharesAct : sameAct;
    const found = events.filter(
      (ev) =>
        claimOf(ev.kind) === claimOf(p.kind) &&
        !ev.sources.some((s) => s.slug === p.slug && s.quote === p.quote) &&
        sentences.get(ev)!.some((s) => tells(p.quote, p.expression, s)) &&
        fitsDate(p, ev),
    );
    // Where several events qualify, the one whose sentences share the most words with it, if one does.
    const ev = found.length <= 1 ? (found[0] ?? null) : mostShared(p, found, sentences);
    if (!ev) continue;
    ev.sources.push(supportingCitation(p, ev));
    // `runEngine` counts independent origins once the families are known (`countOrigins`).
    ev.reports = sourceCount(ev);
    ev.independent = ev.reports;
    joined++;
  }
  return joined;
}
