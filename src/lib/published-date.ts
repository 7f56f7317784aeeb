/**
 * Publication dates the text does not state. Two kinds of support count:
 * a relative weekday together with an explicit date that falls on it, and
 * another article of the collection that reports the same facts and states
 * its date. Anything else leaves the date unknown.
 */
import { format, parseISO } from 'date-fns';
import { splitClauses } from './clauses';
import type { Passage } from './passages';
import type { Published } from './schema';
import { directionFor, resolveExpression, type TemporalExpression } from './temporal';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const clauseAround = (sentence: string, index: number) =>
  splitClauses(sentence).find((c) => index >= c.start && index < c.end)?.text ?? sentence;

/** A weekday told in the past tense: the kind of expression that pins a report to a day. */
function pastWeekdays(passages: readonly Passage[]): Array<{ p: Passage; e: TemporalExpression }> {
  const out: Array<{ p: Passage; e: TemporalExpression }> = [];
  for (const p of passages) for (const e of p.expressions) if (e.kind === 'weekday' && directionFor(p.sentence, e) === 'past') out.push({ p, e });
  return out;
}

/** Infers the date from a past weekday and an explicit date in the text that falls on that weekday. */
export function inferFromWeekday(passages: readonly Passage[]): Published | null {
  const weekdays = pastWeekdays(passages);
  if (!weekdays.length) return null;
  const explicit: Array<{ p: Passage; e: TemporalExpression; date: string }> = [];
  for (const p of passages) {
    for (const e of p.expressions) {
      if (e.kind !== 'date') continue;
      const r = resolveExpression(e, null, 'past');
      if (r) explicit.push({ p, e, date: r.start });
    }
  }
  // Same sentence first, then anywhere in the text.
  const pairs = weekdays.flatMap((w) => explicit.filter((x) => parseISO(x.date).getDay() === w.e.weekday).map((x) => ({ w, x, same: x.p === w.p })));
  pairs.sort((a, b) => Number(b.same) - Number(a.same));
  const best = pairs[0];
  if (!best) return null;
  const { w, x } = best;
  const day = WEEKDAYS[w.e.weekday!];
  return {
    date: x.date, time: null, timezone: null, basis: 'inferred', line: null, corroboratedBy: null,
    reason: `The text says “${clauseAround(w.p.sentence, w.e.index)}” and gives the date “${x.e.text}”, which was a ${day}; so that ${day} is ${x.date}, and the article is dated to it (the earliest day its “${w.e.text}” allows).`,
  };
}

/** The facts a text reports, reduced to what can be compared across articles: figures, years and month-days. */
export function factTokens(passages: readonly Passage[]): Set<string> {
  const out = new Set<string>();
  for (const p of passages) {
    for (const m of p.sentence.matchAll(/\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b/g)) out.add(m[0]);
    for (const e of p.expressions) if (e.kind === 'month-day' || e.kind === 'date') out.add(`${format(new Date(2000, e.month! - 1, e.day!), 'MMMM d')}`);
  }
  return out;
}

/** An article with a stated date, offered as corroboration. */
export interface DatedPeer {
  slug: string;
  title: string;
  date: string;
  facts: Set<string>;
}

/** The fewest shared facts that count as reporting the same facts. */
export const MIN_SHARED_FACTS = 2;

/**
 * Infers the date from the article of the collection that shares the most facts
 * with this one and states its date. When the text has past weekdays, one of them
 * must fall on that peer's date (both then report the same day's news).
 */
export function inferFromPeers(passages: readonly Passage[], peers: readonly DatedPeer[]): Published | null {
  const facts = factTokens(passages);
  const weekdays = pastWeekdays(passages);
  const ranked = peers
    .map((peer) => ({ peer, shared: [...facts].filter((f) => peer.facts.has(f)).sort() }))
    .filter(({ shared }) => shared.length >= MIN_SHARED_FACTS)
    .filter(({ peer }) => !weekdays.length || weekdays.some((w) => parseISO(peer.date).getDay() === w.e.weekday))
    .sort((a, b) => b.shared.length - a.shared.length || a.peer.slug.localeCompare(b.peer.slug));
  const best = ranked[0];
  if (!best) return null;
  const { peer, shared } = best;
  const list = shared.length > 1 ? `${shared.slice(0, -1).join(', ')} and ${shared.at(-1)}` : shared[0];
  const match = weekdays.find((w) => parseISO(peer.date).getDay() === w.e.weekday);
  const weekdayNote = match ? ` Its “${match.e.text}” falls on that date, a ${WEEKDAYS[match.e.weekday!]}, so both report the same day’s news.` : '';
  return {
    date: peer.date, time: null, timezone: null, basis: 'inferred', line: null, corroboratedBy: peer.slug,
    reason: `The text states no date. It reports the same facts as “${peer.title}”, which states its date, ${peer.date}: both give ${list}.${weekdayNote}`,
  };
}
