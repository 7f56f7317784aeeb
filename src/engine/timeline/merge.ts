/**
 * Merging: mentions with the same date window that report the same act, in
 * the same or in other words, become one timeline event citing all of them.
 */
import type { Citation, EventKind, TimelineEvent } from '../schema/timeline.ts';
import type { Story } from '../schema/story.ts';
import { STOPWORDS, words } from '../text/words.ts';
import { slugify, suffixDuplicateIds } from '../text/slug.ts';
import { joinAcrossLanguages, keyWeights } from './cross-language.ts';
import { labelPenalty } from './labels.ts';
import type { Mention } from './mentions.ts';
import { statementWordsFor } from './statement-words.ts';
import { ABSORB_THRESHOLD, MERGE_THRESHOLD } from './thresholds.ts';
import { byTimelineOrder } from './sources.ts';

/** Mentions of one window past which a shared word is no longer followed when merging. */
export const POSTINGS_CAP = 32;

/** Mentions in reading order: article date (undated last), slug, then paragraph. */
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
  const idf = inverseFrequencies(all);
  const weights = keyWeights(all);
  const clusters: Mention[][] = [];
  for (const group of byWindow(all)) {
    group.sort(byReading);
    clusters.push(...joinAcrossLanguages(clusterWindow(group, idf), weights));
  }
  const coarser = absorbCoarser(clusters, idf);
  const events = clusters
    .filter((c) => !coarser.absorbed.has(c))
    .map((c) => toEvent(c, coarser.into.get(c) ?? [], focus));
  events.sort(byTimelineOrder);
  return suffixDuplicateIds(events);
}

/** How finely each precision dates: a window of a finer one can sit inside a coarser one. */
const FINENESS: Record<string, number> = { day: 0, week: 1, month: 2, season: 3, year: 4 };

/**
 * Clusters that date an act less precisely ("in September", "since mid-September") join the one finer cluster
 * inside their window that tells the same act ("on 13 September"): the same kind of claim, and one of its sentences
 * sharing ABSORB_THRESHOLD of the smaller one's weighted words with the sentence the finer event is labelled with. Where none or several match, the coarser cluster stays an event.
 */
function absorbCoarser(
  clusters: readonly Mention[][],
  idf: ReadonlyMap<string, number>,
): { absorbed: Set<Mention[]>; into: Map<Mention[], Mention[]> } {
  const absorbed = new Set<Mention[]>();
  const into = new Map<Mention[], Mention[]>();
  // Each distinct sentence once (copies repeat theirs): its content words and their weight.
  const read = new Map<string, { words: Set<string>; weight: number }>();
  const wordsOf = (m: Mention) => {
    let r = read.get(m.quote);
    if (!r) {
      const words = new Set(m.terms.filter((t) => !t.startsWith('~')));
      r = { words, weight: [...words].reduce((sum, t) => sum + (idf.get(t) ?? 0), 0) };
      read.set(m.quote, r);
    }
    return r;
  };
  const sentences = (c: readonly Mention[]) => [...new Map(c.map((m) => [m.quote, m])).values()];
  const overlap = (x: Mention, y: Mention) => {
    const [a, b] = [wordsOf(x), wordsOf(y)];
    let shared = 0;
    for (const t of a.words) if (b.words.has(t)) shared += idf.get(t) ?? 0;
    return shared / Math.max(1e-9, Math.min(a.weight, b.weight));
  };
  const kindOf = (c: readonly Mention[]) => eventKind(c);
  // Coarsest last, so a season can join a month that has itself joined a day: it then joins that day.
  const coarse = clusters
    .filter((c) => FINENESS[c[0]!.precision]! > 0)
    .sort((a, b) => FINENESS[a[0]!.precision]! - FINENESS[b[0]!.precision]!);
  const target = (c: Mention[]): Mention[] => {
    let t = c;
    while (absorbed.has(t)) t = [...into].find(([, ms]) => ms.includes(t[0]!))![0];
    return t;
  };
  for (const c of coarse) {
    const { start, end, precision } = c[0]!;
    const matches = clusters.filter((f) => {
      const w = f[0]!;
      if (f === c || FINENESS[w.precision]! >= FINENESS[precision]! || w.start < start || w.end > end) return false;
      if (kindOf(f) !== kindOf(c)) return false;
      // Against the sentence the event is labelled with (the act it tells), not any member: a cluster may hold a
      // sentence that tells another act beside its date. Two dates of one sentence are two times, not one act twice.
      const y = labelMember(f);
      return sentences(c).some((x) => x.quote !== y.quote && overlap(x, y) >= ABSORB_THRESHOLD);
    });
    const targets = new Set(matches.map(target));
    if (targets.size !== 1) continue;
    const [t] = targets;
    absorbed.add(c);
    into.set(t!, [...(into.get(t!) ?? []), ...c]);
  }
  return { absorbed, into };
}

/** Each term's weight: ln(1 + mentions / mentions with the term), so words every sentence uses count for little. */
function inverseFrequencies(all: readonly Mention[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const m of all) for (const t of m.terms) df.set(t, (df.get(t) ?? 0) + 1);
  return new Map([...df].map(([t, n]) => [t, Math.log(1 + all.length / n)]));
}

/** The mentions grouped by date window (start, end and precision), in order of first appearance. */
function byWindow(all: readonly Mention[]): Mention[][] {
  const groups = new Map<string, Mention[]>();
  for (const m of all) {
    // A plan and the act done are one event; a deadline or a status on the same day is another claim.
    const claim = m.kind === 'deadline' || m.kind === 'status' ? m.kind : 'act';
    const key = `${m.start}|${m.end}|${m.precision}|${claim}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()];
}

/** Mentions of one window joined into clusters: each cluster in group order, clusters by their first member. */
function clusterWindow(group: readonly Mention[], idf: ReadonlyMap<string, number>): Mention[][] {
  const sets = new DisjointSets(group.length);
  joinSameSentenceOrAct(group, sets);
  joinSharedContent(group, idf, sets);
  const clusters = new Map<number, Mention[]>();
  group.forEach((m, i) => {
    const root = sets.find(i);
    clusters.set(root, [...(clusters.get(root) ?? []), m]);
  });
  return [...clusters.values()];
}

/** Same sentence, or the same kind of act: linear passes over keys. */
function joinSameSentenceOrAct(group: readonly Mention[], sets: DisjointSets): void {
  const firstWith = new Map<string, number>();
  group.forEach((m, i) => {
    for (const key of [`"${m.quote}`, ...m.terms.filter((t) => t.startsWith('~'))]) {
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else sets.union(first, i);
    }
  });
}

/**
 * Weighted overlap through an inverted index: only pairs that share a word are
 * visited. A word on more than POSTINGS_CAP mentions of one window says little
 * about which of them belong together and is not followed, which keeps large
 * windows (a year every article mentions) from turning quadratic.
 */
function joinSharedContent(group: readonly Mention[], idf: ReadonlyMap<string, number>, sets: DisjointSets): void {
  const weights = group.map((m) => {
    let sum = 0;
    for (const t of m.terms) sum += idf.get(t) ?? 0;
    return sum;
  });
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
      if (w / Math.max(1e-9, Math.min(weights[i]!, weights[j]!)) >= MERGE_THRESHOLD) sets.union(j, i);
  });
}

/** Union-find over 0…n−1; a set's root is its smallest member. */
class DisjointSets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  /** The root of `i`'s set. */
  find(i: number): number {
    const p = this.parent[i]!;
    return p === i ? i : (this.parent[i] = this.find(p));
  }
  /** Joins the sets of `i` and `j`. */
  union(i: number, j: number): void {
    const [ri, rj] = [this.find(i), this.find(j)];
    if (ri !== rj) this.parent[Math.max(ri, rj)] = Math.min(ri, rj);
  }
}

/** The citations of a cluster: one per article and sentence, in the cluster's order. */
function citationsOf(members: readonly Mention[]): Citation[] {
  const sources: Citation[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    const key = `${m.slug}\u0000${m.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push({
      slug: m.slug,
      quote: m.quote,
      excerpt: m.excerpt,
      anchor: m.anchor,
      expression: m.expression,
      resolution: m.resolution,
      start: m.start,
      end: m.end,
      openEnd: m.openEnd,
      kind: m.kind,
    });
  }
  return sources;
}

/**
 * A cluster as a timeline event: its window, its best label, and every sentence that supports it, with the
 * sentences that date it less precisely (`coarser`) after its own.
 */
function toEvent(members: Mention[], coarser: readonly Mention[], focus: Story['focus']): TimelineEvent {
  const own = citationsOf(members);
  const seen = new Set(own.map((s) => `${s.slug}\u0000${s.quote}`));
  const agreeing = citationsOf(coarser)
    .filter((s) => !seen.has(`${s.slug}\u0000${s.quote}`))
    .map((s) => ({ ...s, support: 'coarser' as const }));
  const sources = [...own, ...agreeing];
  // The label: an independent clause of headline length, from as near an article's
  // lede as possible (news puts its main event first); earliest source on ties. It tells the event as the event
  // is shown: a plan reported done is labelled by a sentence that tells it done, not by the plan.
  const kind = eventKind(members);
  const told = members.filter((m) => m.kind === kind);
  const chosen = labelMember(told.length ? told : members);
  const labelSource = sources.findIndex((s) => s.slug === chosen.slug && s.quote === chosen.quote);
  const { start, end, precision } = members[0]!;
  // Open only when every source gives only a start; one that dates the day itself closes it.
  const openEnd = members.every((m) => m.openEnd);
  return {
    id: `${start}-${precision}-${slugify(idWords(chosen), 40) || 'event'}`,
    start,
    end,
    precision,
    openEnd,
    label: chosen.label,
    labelSource,
    inFocus: start <= focus.end && end >= focus.start,
    sources,
    kind,
    reports: new Set(sources.map((s) => s.slug)).size,
    // Until the shared-origin families are known (runEngine counts them), every article counts as one origin.
    independent: new Set(sources.map((s) => s.slug)).size,
  };
}

/** The member whose sentence labels the cluster: the best label (`labelPenalty`), the earliest on ties. */
function labelMember(members: readonly Mention[]): Mention {
  const scored = members.map((m, i) => ({ i, score: labelPenalty(m) }));
  scored.sort((x, y) => x.score - y.score || x.i - y.i);
  return members[scored[0]!.i]!;
}

/**
 * An event's kind: done when any source tells it done (a plan reported done keeps the plan among its sources). Only
 * sentences whose language's statement words are known are heard where there are any: in another language every
 * sentence reads as told done, and one such reading must not make a plan done (`Na 10 października zaplanowano …`).
 */
function eventKind(members: readonly Mention[]): EventKind {
  const read = members.filter((m) => m.language === 'en' || statementWordsFor(m.language) !== null);
  const kinds = new Set((read.length ? read : members).map((m) => m.kind));
  for (const kind of ['happened', 'planned', 'deadline', 'status'] as const) if (kinds.has(kind)) return kind;
  return 'happened';
}

/** The first five content words of a label, its date's words left out: the readable part of an event id. */
function idWords(chosen: Mention): string {
  const skip = new Set(words(chosen.expression.toLowerCase()));
  return words(chosen.excerpt)
    .filter((w) => !STOPWORDS.has(w.toLowerCase()) && !skip.has(w.toLowerCase()) && !/^\d/.test(w))
    .slice(0, 5)
    .join(' ');
}
