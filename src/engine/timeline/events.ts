/**
 * Events: every sentence with a temporal expression becomes a dated mention;
 * mentions with the same date window and overlapping content merge into one
 * timeline event that cites all of them.
 */
import { splitClauses } from '../text/clauses';
import type { Passage } from './passages';
import type { Citation, TimelineEvent } from '../schema/timeline';
import type { DatePrecision } from '../schema/dates';
import type { Story } from '../schema/story';
import { anchorMonthDay, resolveExpression } from '../time/resolve';
import { directionAt } from '../time/tense';
import type { ResolvedWindow, TemporalExpression } from '../time/types';
import { countTokens, STOPWORDS, words } from '../text/words';
import { slugify, suffixDuplicateIds } from '../text/slug';
import { MERGE_THRESHOLD } from './thresholds';
import { byTimelineOrder } from './sources';

/** One sentence's claim that something happened in a date window. */
export interface Mention extends ResolvedWindow {
  /** The article's slug. */
  slug: string;
  /** The article's date, used to order sources. */
  articleDate: string | null;
  /** The paragraph anchor. */
  anchor: string;
  /** The sentence, verbatim. */
  quote: string;
  /** The expression as written. */
  expression: string;
  /** A clause of the sentence around the expression, verbatim. */
  label: string;
  /** Content words and act classes of the sentence, for matching mentions across articles. */
  terms: string[];
  /** The expression gives only a start (`after January 1`). */
  openEnd: boolean;
}

/** A temporal expression that could not be resolved, kept so the build can report it. */
export interface UnresolvedMention {
  slug: string;
  anchor: string;
  expression: string;
  reason: string;
}

const LABEL_WHOLE_SENTENCE = 120;
const LABEL_MAX = 140;
const LABEL_MIN_WORDS = 6;

/** The clause-level label for an expression: the whole sentence when short, else the clauses around the expression (`others`: the sentence's other expressions). */
export function labelFor(
  sentence: string,
  expr: TemporalExpression,
  others: readonly TemporalExpression[] = [],
): string {
  const finish = (s: string) =>
    s
      .replace(/[.!?]+(?=[”"’]?$)/, '')
      .replace(/(?:[\s,;:—–-]+|\s+(?:that|which|who|and|or|but|the|a|an|of|to|in|as))+$/i, '')
      .trim();
  if (sentence.length <= LABEL_WHOLE_SENTENCE) return finish(sentence);
  const clauses = splitClauses(sentence);
  const k = Math.max(
    0,
    clauses.findIndex((c) => expr.index >= c.start && expr.index < c.end),
  );
  const span = (a: number, b: number) => sentence.slice(clauses[a]!.start, clauses[b]!.end);
  let a = 0;
  let b = k;
  if (span(a, b).length > LABEL_MAX) a = k;
  const short = () => countTokens(span(a, b)) < LABEL_MIN_WORDS || !VERBISH.test(span(a, b));
  // Never reach forward into a clause that dates something else ("in power since 2020, demanded … in June").
  const datesOther = (c: number) =>
    others.some((o) => o !== expr && o.index >= clauses[c]!.start && o.index < clauses[c]!.end);
  while (short() && b < clauses.length - 1 && !datesOther(b + 1) && span(a, b + 1).length <= LABEL_MAX) b++;
  while (short() && a > 0 && span(a - 1, b).length <= LABEL_MAX) a--;
  const label = finish(span(a, b));
  if (label.length <= LABEL_MAX + 20) return label;
  // One clause longer than a label: keep the words around the expression, marked as cut.
  const from = Math.max(clauses[a]!.start, expr.index - 60);
  const cutStart = from === clauses[a]!.start ? from : sentence.indexOf(' ', from) + 1;
  const cutEnd = sentence.lastIndexOf(' ', cutStart + LABEL_MAX);
  return `${cutStart > clauses[a]!.start ? '…' : ''}${finish(sentence.slice(cutStart, cutEnd))}…`;
}

// A finite verb, roughly: enough to tell "The mission’s withdrawal, beginning January 1"
// (no verb yet) from a clause that says what happened.
const VERBISH =
  /\b(?:\w{3,}ed|will|would|shall|is|are|was|were|has|have|had|began|begun|took|left|came|gave|went|made|said|says|told|remains?|marks?|ends?|begins?|became|held|met|won|lost|fell|rose|sent|set|led)\b/i;

// News reports the same act in different words ("demanded the departure", "requested
// the withdrawal", "called on … to leave"). These classes of common news vocabulary
// let such sentences match; they name kinds of act, never a story's actors.
const CONCEPTS: Array<[RegExp, string]> = [
  [/\b(?:demand|request|order|ask|urg|insist|directive|call(?:ed|s|ing)? (?:on|for))\w*/i, '~demand'],
  [/\b(?:withdr[ae]w\w*|departure|depart\w*|leav\w*|left|exit\w*|pull\w* out|drawdown)\b/i, '~withdraw'],
  [
    /\b(?:end(?:s|ed|ing)?|conclu\w*|clos\w*|shut\w*|terminat\w*|finish\w*|complet\w*|culminat\w*|wound up|wind\w* (?:up|down))\b/i,
    '~end',
  ],
  [
    /\b(?:begin\w*|began|begun|start\w*|launch\w*|initiat\w*|inception|commenc\w*|deploy\w*|operational since|since)\b/i,
    '~begin',
  ],
  [/\b(?:hand\w* over|handover|transfer\w*|relinquish\w*|ced(?:e|ed|ing))\b/i, '~handover'],
  [/\b(?:coups?|junta|took (?:over|control|power)|tak\w* (?:over|control|power)|seiz\w*|in power)\b/i, '~seize-power'],
  [/\b(?:kill\w*|death\w*|died|dead|lost (?:their )?lives|fatalit\w*)\b/i, '~deaths'],
  [/\b(?:vot\w*|resolution|adopt\w*)\b/i, '~vote'],
];

/** Lowercase content words with light stemming, plus the act classes the text names, for comparing what two sentences say. */
export function contentTerms(text: string, exclude = ''): string[] {
  const skip = new Set(exclude ? words(exclude.toLowerCase()) : []);
  const out = new Set<string>();
  for (const [re, concept] of CONCEPTS) if (re.test(text)) out.add(concept);
  // A plain split is enough here: these terms are only compared with each other.
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}’'-]+/u)) {
    if (!w) continue;
    if (skip.has(w) || STOPWORDS.has(w) || /^\d/.test(w) || w.length < 3) continue;
    out.add(w.replace(/[’']s$/, '').replace(/(?<=\w{3})(?:ing|ed|es|s)$/, ''));
  }
  return [...out];
}

/** What is known of an article's publication: a day, or a window of days. */
export interface PublicationBounds {
  date: string | null;
  earliest: string | null;
  latest: string | null;
}

/** The longest publication window whose days are tried one by one to pin a relative date. */
const MAX_PINNING_DAYS = 400;

function daysBetween(start: string, end: string): string[] {
  const out: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  const stop = new Date(`${end}T00:00:00Z`);
  while (d <= stop && out.length <= MAX_PINNING_DAYS) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/**
 * Resolves an expression when only a window of publication days is known: every
 * day of the window must give the same dates, or the expression stays unresolved.
 */
function resolvePinned(
  e: TemporalExpression,
  bounds: PublicationBounds,
  dir: ReturnType<typeof directionAt>,
): ResolvedWindow | null {
  const absolute = resolveExpression(e, null, dir);
  if (absolute) return absolute;
  if (!bounds.earliest || !bounds.latest) return null;
  const days = daysBetween(bounds.earliest, bounds.latest);
  if (days.length > MAX_PINNING_DAYS) return null;
  let first: ResolvedWindow | null = null;
  for (const day of days) {
    const w = resolveExpression(e, day, dir);
    if (!w) return null;
    if (!first) first = w;
    else if (w.start !== first.start || w.end !== first.end) return null;
  }
  if (!first) return null;
  return {
    ...first,
    resolution: `“${e.text}”: the article was published between ${bounds.earliest} and ${bounds.latest}, and every day of that window gives ${first.start === first.end ? first.start : `${first.start} – ${first.end}`}.`,
  };
}

/** Resolves every temporal expression of an article's passages against its date (or its window of possible dates). */
export function extractMentions(
  slug: string,
  published: string | null | PublicationBounds,
  passages: readonly Passage[],
): { mentions: Mention[]; unresolved: UnresolvedMention[] } {
  const bounds: PublicationBounds =
    typeof published === 'object' && published !== null
      ? published
      : { date: published, earliest: published, latest: published };
  const articleDate = bounds.date;
  const mentions: Mention[] = [];
  const unresolved: UnresolvedMention[] = [];
  let anchor: { date: string; text: string } | null = null;
  for (const p of passages) {
    if (!p.expressions.length) continue;
    const sentenceTerms = contentTerms(p.sentence);
    for (const e of p.expressions) {
      const dir = directionAt(p.sentence, e);
      const window: ResolvedWindow | null = articleDate
        ? resolveExpression(e, articleDate, dir)
        : (resolvePinned(e, bounds, dir) ?? (dir === 'past' ? anchorMonthDay(e, anchor) : null));
      if (e.kind === 'date' && window) anchor = { date: window.start, text: e.text };
      if (!window) {
        const reason =
          bounds.earliest || bounds.latest
            ? `The article's date is only known to lie ${bounds.earliest ? `on or after ${bounds.earliest}` : ''}${bounds.earliest && bounds.latest ? ' and ' : ''}${bounds.latest ? `on or before ${bounds.latest}` : ''}, which does not pin it.`
            : 'The article has no date to resolve it against.';
        unresolved.push({ slug, anchor: p.anchor, expression: e.text, reason });
        continue;
      }
      const label = labelFor(p.sentence, e, p.expressions);
      const own = new Set(contentTerms(e.text));
      mentions.push({
        ...window,
        slug,
        articleDate,
        anchor: p.anchor,
        quote: p.sentence,
        expression: e.text,
        label,
        terms: sentenceTerms.filter((t) => t.startsWith('~') || !own.has(t)),
        openEnd: e.openEnd === true,
      });
    }
  }
  return { mentions, unresolved };
}

/** Mentions of one window past which a shared word is no longer followed when merging. */
export const POSTINGS_CAP = 32;

function byReading(a: Mention, b: Mention): number {
  return (
    (a.articleDate ?? '9999').localeCompare(b.articleDate ?? '9999') ||
    a.slug.localeCompare(b.slug) ||
    a.anchor.localeCompare(b.anchor, 'en', { numeric: true })
  );
}

/**
 * Merges mentions into events: same date window, and either the same kind of
 * act (a shared act class) or overlapping content (weighted so that words every
 * sentence of the story uses count for little).
 * Work is grouped by window, so the cost grows with mentions per window, not
 * with the square of all mentions.
 */
export function mergeMentions(all: readonly Mention[], focus: Story['focus']): TimelineEvent[] {
  const df = new Map<string, number>();
  for (const m of all) for (const t of m.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map([...df].map(([t, n]) => [t, Math.log(1 + all.length / n)]));
  const weight = (terms: Iterable<string>) => {
    let sum = 0;
    for (const t of terms) sum += idf.get(t) ?? 0;
    return sum;
  };

  const groups = new Map<string, Mention[]>();
  for (const m of all) {
    const key = `${m.start}|${m.end}|${m.precision}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }

  const events: TimelineEvent[] = [];
  for (const group of groups.values()) {
    group.sort(byReading);
    const parent = group.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const union = (i: number, j: number) => {
      const [ri, rj] = [find(i), find(j)];
      if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
    };
    // Same sentence, or the same kind of act: linear passes over keys.
    const firstWith = new Map<string, number>();
    group.forEach((m, i) => {
      for (const key of [`"${m.quote}`, ...m.terms.filter((t) => t.startsWith('~'))]) {
        const first = firstWith.get(key);
        if (first === undefined) firstWith.set(key, i);
        else union(first, i);
      }
    });
    // Weighted overlap through an inverted index: only pairs that share a word are
    // visited. A word on more than POSTINGS_CAP mentions of one window says little
    // about which of them belong together and is not followed, which keeps large
    // windows (a year every article mentions) from turning quadratic.
    const weights = group.map((m) => weight(m.terms));
    const postings = new Map<string, number[]>();
    group.forEach((m, i) => {
      const shared = new Map<number, number>();
      for (const t of m.terms) {
        if (t.startsWith('~')) continue;
        const list = postings.get(t) ?? [];
        if (list.length <= POSTINGS_CAP) for (const j of list) shared.set(j, (shared.get(j) ?? 0) + idf.get(t)!);
        list.push(i);
        postings.set(t, list);
      }
      for (const [j, w] of shared)
        if (w / Math.max(1e-9, Math.min(weights[i]!, weights[j]!)) >= MERGE_THRESHOLD) union(j, i);
    });
    const clusters = new Map<number, Mention[]>();
    group.forEach((m, i) => {
      const root = find(i);
      clusters.set(root, [...(clusters.get(root) ?? []), m]);
    });
    for (const members of clusters.values()) events.push(toEvent(members, focus));
  }

  events.sort(byTimelineOrder);
  return suffixDuplicateIds(events);
}

/** Lower is a better label: not too long or short, opening with its subject, early in its article. */
export function labelPenalty(m: Pick<Mention, 'label' | 'anchor' | 'expression'>): number {
  const len = m.label.length;
  const paragraph = Number(/^p-(\d+)$/.exec(m.anchor)?.[1] ?? 1);
  const first = m.label.split(/\s/, 1)[0] ?? '';
  const dependent =
    !/^[\p{Lu}“"‘]/u.test(m.label) || (/^\p{Lu}\p{Ll}+ing$/u.test(first) && !m.label.startsWith(m.expression));
  return Math.max(0, len - 130) + Math.max(0, 40 - len) + 10 * (paragraph - 1) + (dependent ? 40 : 0);
}

function toEvent(members: Mention[], focus: Story['focus']): TimelineEvent {
  const sources: Citation[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    const key = `${m.slug}\u0000${m.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push({
      slug: m.slug,
      quote: m.quote,
      excerpt: m.label,
      anchor: m.anchor,
      expression: m.expression,
      resolution: m.resolution,
      start: m.start,
      end: m.end,
      openEnd: m.openEnd,
    });
  }
  // The label: an independent clause of headline length, from as near an article's
  // lede as possible (news puts its main event first); earliest source on ties.
  const scored = members.map((m, i) => ({ i, score: labelPenalty(m) }));
  scored.sort((x, y) => x.score - y.score || x.i - y.i);
  const chosen = members[scored[0]!.i]!;
  const labelSource = sources.findIndex((s) => s.slug === chosen.slug && s.quote === chosen.quote);
  const { start, end, precision } = members[0]!;
  // Open only when every source gives only a start; one that dates the day itself closes it.
  const openEnd = members.every((m) => m.openEnd);
  const skip = new Set(words(chosen.expression.toLowerCase()));
  const labelWords = words(chosen.label)
    .filter((w) => !STOPWORDS.has(w.toLowerCase()) && !skip.has(w.toLowerCase()) && !/^\d/.test(w))
    .slice(0, 5)
    .join(' ');
  return {
    id: `${start}-${precision}-${slugify(labelWords, 40) || 'event'}`,
    start,
    end,
    precision,
    openEnd,
    label: chosen.label,
    labelSource,
    inFocus: start <= focus.end && end >= focus.start,
    sources,
  };
}
