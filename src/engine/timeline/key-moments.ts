/**
 * Key moments: the few events most sources report, each told in one line that
 * is a verbatim stretch of a supporting sentence. The line is chosen by a rule
 * that prefers a complete main clause (a subject and a finite verb), so a
 * reader never meets a fragment such as “Initiated in 2013 following …”.
 *
 * The rule, in order:
 * 1. The event's own label, when it is a complete main clause (so the line
 *    matches the timeline below).
 * 2. Otherwise, among every supporting sentence and each of its prefixes cut
 *    at a clause boundary (before a subordinate clause, before “and”/“but”
 *    after a comma, at a semicolon or spaced dash), the shortest that holds
 *    the sentence's date expression and is a complete main clause.
 * 3. Otherwise the label's whole sentence, then the label itself.
 * A line already used by a more widely reported moment is not used twice.
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
  /** A verbatim stretch of `citation.quote`, without its closing punctuation. */
  line: string;
  /** The supporting sentence the line comes from. */
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

// Where a sentence may be cut and still end a clause: before a word that opens a subordinate or
// participle clause, before a coordinating conjunction after a comma, at a semicolon or spaced dash.
// Plain commas are not cuts: they often close an apposition (“personnel, both uniformed and civilian,”).
const CUT =
  /\s(?=(?:when|which|who|whom|whose|where|while|after|following|amid|although|though|because|despite|culminating|citing|prompting|highlighting|leading|making|according)\b)|,\s(?=(?:and|but|or|yet|so)\b)|;\s|\s[—–-]\s/g;

/** Every verbatim candidate line from a sentence: the sentence and each prefix that ends at a cut, without closing punctuation. */
export function candidateLines(sentence: string): string[] {
  const trim = (s: string) => s.replace(/[\s,;:—–-]+$/, '').replace(/[.!?]+$/, '');
  const out = new Set([trim(sentence.trim())]);
  for (const m of sentence.matchAll(CUT)) if (m.index > 0) out.add(trim(sentence.slice(0, m.index)));
  return [...out].filter(Boolean);
}

/** The line for one event by the rule above, skipping lines in `used`. */
export function momentLine(
  event: TimelineEvent,
  used: ReadonlySet<string> = new Set(),
): { line: string; citation: Citation } {
  const labelCitation = event.sources[event.labelSource] ?? event.sources[0]!;
  if (!used.has(event.label) && isCompleteClause(event.label)) return { line: event.label, citation: labelCitation };
  const candidates = event.sources.flatMap((c) =>
    candidateLines(c.quote)
      .filter((line) => line.includes(c.expression) && !used.has(line))
      .map((line) => ({ line, citation: c })),
  );
  // Shortest first; the order of sources breaks ties, so the choice never depends on the build.
  const complete = candidates.filter((x) => isCompleteClause(x.line)).sort((a, b) => a.line.length - b.line.length);
  if (complete[0]) return complete[0];
  const whole = candidateLines(labelCitation.quote)[0]!;
  if (!used.has(whole) && isCompleteClause(whole)) return { line: whole, citation: labelCitation };
  return { line: event.label, citation: labelCitation };
}

/**
 * The events most independent origins report: only what happened in the focus
 * window (never background, plans, deadlines or states), those reported by more
 * than one origin, most first, up to `max`; topped up to `min` with the earliest
 * single-origin ones when too few are shared.
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
  const used = new Set<string>();
  const moments = keyEvents(events, limits).map((event) => {
    const { line, citation } = momentLine(event, used);
    used.add(line);
    return { event, sources: sourceCount(event), line, citation };
  });
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
