/**
 * Key moments: the few things that happened in the focus window that the most
 * independent origins report, each told by its event's label (the sentence a
 * source tells it in, see display-labels.ts), so a moment reads the same here
 * as on the timeline, its event page, the chart and the feeds.
 * `isCompleteClause` is the test the labels use for a cut that still tells
 * the act: a subject and a finite verb.
 */
import nlp from 'compromise';
import type { Citation, KeyMomentRecord, TimelineEvent } from '../schema/timeline.ts';
import { KEY_MOMENTS } from './thresholds.ts';
import { byDateAndId, sourceCount } from './sources.ts';

/** One key moment: an event, how many articles report it, and the line that tells it. */
export interface KeyMoment {
  /** The event. */
  event: TimelineEvent;
  /** Distinct articles reporting it. */
  sources: number;
  /** The event's label. */
  line: string;
  /** The supporting sentence the label comes from. */
  citation: Citation;
}

// Words that open a dependent clause: a stretch starting with one is never a main clause.
const SUBORDINATORS = new Set([
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'while',
  'although',
  'though',
  'because',
  'if',
  'unless',
  'whereas',
  'that',
  'whether',
]);
const FINENESS: Record<TimelineEvent['precision'], number> = { year: 0, season: 1, month: 2, week: 3, day: 4 };
const FINITE = ['PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula'];

/**
 * True when the text holds a complete main clause: it does not open with a
 * subordinating word, and some finite verb (past or present tense, modal or
 * auxiliary; not a gerund, participle or bare infinitive) follows a noun or
 * pronoun that can be its subject. Parts of speech come from compromise.
 */
export function isCompleteClause(text: string): boolean {
  const terms = (nlp(text).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>)
    .flatMap((s) => s.terms)
    // compromise expands “Kenya’s” into an invisible “is”; only words written in the text count.
    .filter((t) => t.text.trim() !== '');
  if (!terms.length || SUBORDINATORS.has(terms[0]!.text.toLowerCase())) return false;
  let subject = false;
  for (const t of terms) {
    const tags = new Set(t.tags);
    const finite =
      tags.has('Verb') &&
      FINITE.some((f) => tags.has(f)) &&
      !tags.has('Gerund') &&
      !(tags.has('Participle') && !tags.has('Auxiliary')) &&
      !(tags.has('Infinitive') && !tags.has('Modal'));
    if (finite && subject) return true;
    if (tags.has('Noun') || tags.has('Pronoun')) subject = true;
  }
  return false;
}

/**
 * The events most independent origins report: only what happened in the focus
 * window (never background, plans, deadlines or states), those reported by more
 * than one origin, most first, up to `max`; topped up to `min` with single-origin
 * ones when too few are shared, the most finely dated first, then the earliest.
 */
export function keyEvents(
  events: readonly TimelineEvent[],
  { min, max }: { min: number; max: number } = KEY_MOMENTS,
): TimelineEvent[] {
  const ranked = events
    .filter((e) => e.kind === 'happened' && e.inFocus)
    .sort(
      (a, b) =>
        b.independent - a.independent ||
        sourceCount(b) - sourceCount(a) ||
        // Among equals, the event dated most finely: "on 30 June" says more than "in the summer".
        FINENESS[b.precision] - FINENESS[a.precision] ||
        a.start.localeCompare(b.start) ||
        a.id.localeCompare(b.id),
    );
  const shared = ranked.filter((e) => e.independent > 1).slice(0, max);
  const chosen = shared.length >= min ? shared : ranked.slice(0, Math.min(min, ranked.length));
  return chosen;
}

/** The key moments in date order, each with its line; the most reported events choose their lines first. */
export function keyMoments(
  events: readonly TimelineEvent[],
  limits: { min: number; max: number } = KEY_MOMENTS,
): KeyMoment[] {
  // Each moment is told by its event's label, so the same words stand for it on every page.
  const moments = keyEvents(events, limits).map((event) => ({
    event,
    sources: sourceCount(event),
    line: event.label,
    citation: event.sources[event.labelSource] ?? event.sources[0]!,
  }));
  return moments.sort((a, b) => byDateAndId(a.event, b.event));
}

/** The key moments as records, in date order: what the `moments` collection stores (`order` 0 first). */
export function momentRecords(events: readonly TimelineEvent[]): KeyMomentRecord[] {
  return keyMoments(events).map((m, order) => ({
    eventId: m.event.id,
    order,
    sources: m.sources,
    line: m.line,
    citation: m.citation,
  }));
}
