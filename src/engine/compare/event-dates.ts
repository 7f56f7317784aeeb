/**
 * Event dates that differ: two timeline events, dated differently, whose
 * clauses from different articles date the same kind of act. Either the
 * windows do not overlap (a conflict), or one lies inside the other (one
 * source is less precise).
 */
import { contentTerms } from '../timeline/mentions.ts';
import type { Citation, TimelineEvent } from '../schema/timeline.ts';
import { slugify } from '../text/slug.ts';
import type { DatedClaim, EventDateDifference } from '../schema/compare.ts';

/** Two dates this many days apart or more are taken as different events, not a disagreement. */
export const MAX_GAP_DAYS = 45;

// Kinds of act a news clause names, as in the event merger, matched here by position.
// Withdrawal is left out on purpose: it is a months-long process that most clauses
// of such a story mention, so it would pair the demand with every later step.
const ACTS: Array<[RegExp, string]> = [
  [/\b(?:demand|request|order|ask|urg|insist|directive|necessit|requir|call(?:ed|s|ing)? (?:on|for))\w*/gi, 'demand'],
  [
    /\b(?:end(?:s|ed|ing)?|the end|conclu\w*|clos\w*|terminat\w*|finish\w*|complet\w*|culminat\w*|come to an end)\b/gi,
    'end',
  ],
  [/\b(?:begin\w*|began|begun|start\w*|launch\w*|initiat\w*|inception|commenc\w*|deploy\w*)\b/gi, 'start'],
  [/\b(?:hand\w* over|handover|transfer\w*|relinquish\w*)\b/gi, 'handover'],
  [/\b(?:kill\w*|death\w*|died|lost (?:their )?lives)\b/gi, 'deaths'],
  [/\b(?:vot\w*|resolution|adopt\w*)\b/gi, 'vote'],
];

/** The act a clause dates: the act word nearest to its temporal expression, or null. */
export function datedAct(clause: string, expression: string): string | null {
  const at = clause.indexOf(expression);
  const where = at < 0 ? 0 : at;
  let best: { act: string; distance: number } | null = null;
  for (const [re, act] of ACTS) {
    for (const m of clause.matchAll(re)) {
      const distance = m.index < where ? where - (m.index + m[0].length) : m.index - (where + expression.length);
      if (!best || distance < best.distance) best = { act, distance };
    }
  }
  return best?.act ?? null;
}

const DAY = 86_400_000;
/** Days between two windows; 0 when they overlap. */
const gapDays = (a: Pick<TimelineEvent, 'start' | 'end'>, b: Pick<TimelineEvent, 'start' | 'end'>) =>
  Math.max(0, (Date.parse(b.start) - Date.parse(a.end)) / DAY, (Date.parse(a.start) - Date.parse(b.end)) / DAY);

/**
 * Finds pairs of events that date the same act differently: inside the focus
 * window, less than MAX_GAP_DAYS apart, told as done (not planned or due), with
 * clauses from different articles whose dated act (the act word nearest the
 * date) is the same and which share a content word.
 * Two days that do not overlap are a conflict only when the source of the
 * earlier day was published on or after the later one: a report from before a
 * day cannot contradict what happened on it, so the two are steps of one
 * process ("officially ended on Monday", then "concluded on Sunday"), not two
 * dates for one act. `published` gives each article's day (null when unknown).
 */
export function findEventDateDifferences(
  events: readonly TimelineEvent[],
  published: ReadonlyMap<string, string | null> = new Map(),
): EventDateDifference[] {
  // In date order (stable), so the scan can stop once events are too far apart.
  const inFocus = events
    .filter((e) => e.inFocus && e.kind === 'happened')
    .sort((a, b) => a.start.localeCompare(b.start));
  const same = sameActMatcher();
  const out: EventDateDifference[] = [];
  for (let i = 0; i < inFocus.length; i++) {
    for (let j = i + 1; j < inFocus.length; j++) {
      const [e1, e2] = [inFocus[i]!, inFocus[j]!];
      if ((Date.parse(e2.start) - Date.parse(e1.end)) / DAY >= MAX_GAP_DAYS) break;
      if ((e1.start === e2.start && e1.end === e2.end) || gapDays(e1, e2) >= MAX_GAP_DAYS) continue;
      let matched = e1.sources.flatMap((x) => e2.sources.flatMap((y) => same(x, y)));
      if (e1.end < e2.start) matched = matched.filter(([x]) => (published.get(x.slug) ?? '') >= e2.start);
      if (matched.length) out.push(difference(e1, e2, matched));
    }
  }
  return out.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'conflict' ? -1 : 1) || a.claims[0]!.start.localeCompare(b.claims[0]!.start),
  );
}

/**
 * Whether two citations from different articles date the same act about the same thing: the same dated act,
 * and at least one content word in common. Each citation's act and words are worked out once, not once per pair.
 */
function sameActMatcher(): (x: Citation, y: Citation) => Array<[Citation, Citation, string]> {
  const acts = new Map<Citation, string | null>();
  const actOf = (c: Citation) => (acts.has(c) ? acts.get(c)! : acts.set(c, datedAct(c.excerpt, c.expression)).get(c)!);
  const terms = new Map<Citation, Set<string>>();
  const termsOf = (c: Citation) =>
    terms.get(c) ??
    terms.set(c, new Set(contentTerms(c.excerpt, c.expression).filter((t) => !t.startsWith('~')))).get(c)!;
  return (x, y) => {
    const act = actOf(x);
    if (!act) return [];
    // The same sentence in two events is one sentence with two dates, not two sources disagreeing.
    if (x.slug === y.slug || x.quote === y.quote) return [];
    if (act !== actOf(y)) return [];
    const words = termsOf(x);
    return [...termsOf(y)].some((t) => words.has(t)) ? [[x, y, act]] : [];
  };
}

/** Two events' dates for the same acts: a conflict when the windows do not overlap, else a difference in precision. */
function difference(
  e1: TimelineEvent,
  e2: TimelineEvent,
  matched: ReadonlyArray<[Citation, Citation, string]>,
): EventDateDifference {
  const overlapping = e1.start <= e2.end && e2.start <= e1.end;
  const claim = (e: TimelineEvent, cs: Citation[]): DatedClaim => ({
    eventId: e.id,
    start: e.start,
    end: e.end,
    precision: e.precision,
    sources: uniqueCitations(cs).map((c) => ({
      slug: c.slug,
      anchor: c.anchor,
      quote: c.quote,
      expression: c.expression,
    })),
  });
  return {
    id: slugify(`${e1.id} ${e2.start}`, 80),
    kind: overlapping ? 'precision' : 'conflict',
    acts: [...new Set(matched.map((m) => m[2]))].sort(),
    claims: [
      claim(
        e1,
        matched.map((m) => m[0]),
      ),
      claim(
        e2,
        matched.map((m) => m[1]),
      ),
    ],
  };
}

/** Each citation once per article and sentence, in order. */
function uniqueCitations(cs: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return cs.filter((c) => {
    const key = `${c.slug}\u0000${c.quote}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
