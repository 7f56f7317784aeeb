/**
 * Families of articles that carry one report, as the site shows them: the
 * members, the wire service they credit, the member most likely to be the first
 * publication (the representative), and each other member's evidence against
 * it. A family of any size is described in one pass over its members, not by
 * the list of its pairs.
 */
import type { FamilyEvidence, OriginFamily, OriginPair } from '../schema/origin.ts';
import type { OriginDoc } from './origin.ts';

/** Facts kept in a member's evidence. */
export const EVIDENCE_FACTS = 6;

/** What describing a family needs from the origin pass. */
export interface FamilyInputs {
  /** The documents, sorted by slug (indices below refer to this order). */
  docs: readonly OriginDoc[];
  /** Body length in words, per document. */
  words: readonly number[];
  /** The groups of two or more documents (indices, ascending) that flagged pairs join. */
  groups: readonly number[][];
  /** Per document, the one it was first flagged with, or -1. */
  partner: ArrayLike<number>;
  /** The pair of documents i < j, scored (from what the pass scored already, or now). */
  pair: (i: number, j: number) => OriginPair;
}

/**
 * Among members, the one the wire itself published: its publisher names a wire service another member gives as its
 * source (`CORVUS NEWS AGENCY` where the others name `Corvus`). Undefined when none, or more than one, is.
 */
function wiresOwn(members: readonly number[], docs: readonly OriginDoc[]): number | undefined {
  const fold = (s: string) => s.toLocaleLowerCase();
  const own = members.filter((m) => {
    const publisher = fold(docs[m]!.publisher ?? '');
    return (
      publisher !== '' &&
      members.some(
        (o) =>
          o !== m && (docs[o]!.wires ?? docs[o]!.credits).some((w) => w.length >= 2 && publisher.includes(fold(w))),
      )
    );
  });
  return own.length === 1 ? own[0] : undefined;
}

/**
 * The member most likely first published: earliest stated day; among those of that day, the wire's own copy, then
 * the longest body (a translation is longer than what it translates), then the first slug.
 */
export function likelyFirst(
  members: readonly number[],
  docs: readonly OriginDoc[],
  words: readonly number[],
): { index: number; basis: 'earliest-date' | 'wire' | 'longest-text'; reason: string } {
  const dated = members.filter((m) => docs[m]!.published);
  const earliest = dated.length ? dated.map((m) => docs[m]!.published!).sort()[0]! : null;
  const sameDay = earliest ? dated.filter((m) => docs[m]!.published === earliest) : [...members];
  const wire = sameDay.length > 1 ? wiresOwn(sameDay, docs) : undefined;
  if (wire !== undefined)
    return {
      index: wire,
      basis: 'wire',
      reason: `the wire service's own copy (${docs[wire]!.publisher}), which the other members name as their source${earliest ? `, among the ${sameDay.length} published on the earliest stated date (${earliest})` : ''}`,
    };
  const index = [...sameDay].sort((x, y) => words[y]! - words[x]! || x - y)[0]!;
  if (earliest && sameDay.length === 1)
    return {
      index,
      basis: 'earliest-date',
      reason: `the earliest stated publication date in the family (${earliest})`,
    };
  const why = `the longest text (${words[index]} words)`;
  return earliest
    ? {
        index,
        basis: 'longest-text',
        reason: `${why} of the ${sameDay.length} published on the earliest stated date (${earliest})`,
      }
    : { index, basis: 'longest-text', reason: `${why}; no member states its publication date` };
}

/**
 * The wire service most members of a family credit, in a credit line or their dateline's brackets (ties by name),
 * with the members that credit it.
 */
function creditedOrigin(members: readonly OriginDoc[]): OriginFamily['origin'] {
  const by = new Map<string, string[]>();
  for (const m of members)
    for (const name of new Set(m.wires ?? m.credits)) by.set(name, [...(by.get(name) ?? []), m.slug]);
  const best = [...by].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]))[0];
  return best ? { name: best[0], creditedBy: best[1] } : null;
}

/** One member's evidence against the representative, its shared wording and facts trimmed. */
function evidence(m: number, rep: number, inputs: FamilyInputs): FamilyEvidence {
  const p = m < rep ? inputs.pair(m, rep) : inputs.pair(rep, m);
  const via = inputs.partner[m]!;
  return {
    slug: inputs.docs[m]!.slug,
    kind: p.kind,
    copy: p.copy,
    rewrite: p.rewrite,
    aligned: p.aligned,
    sharedShingles: p.sharedShingles.slice(0, 3),
    sharedFacts: p.sharedFacts.slice(0, EVIDENCE_FACTS),
    via: p.kind || via < 0 ? null : inputs.docs[via]!.slug,
  };
}

/** The families, largest first (then by first slug), numbered from 1, each with its representative and evidence. */
export function describeFamilies(inputs: FamilyInputs): OriginFamily[] {
  const { docs } = inputs;
  return [...inputs.groups]
    .sort((x, y) => y.length - x.length || docs[x[0]!]!.slug.localeCompare(docs[y[0]!]!.slug))
    .map((group, k) => {
      const rep = likelyFirst(group, docs, inputs.words);
      return {
        id: k + 1,
        members: group.map((m) => docs[m]!.slug),
        origin: creditedOrigin(group.map((m) => docs[m]!)),
        representative: { slug: docs[rep.index]!.slug, basis: rep.basis, reason: rep.reason },
        evidence: group.filter((m) => m !== rep.index).map((m) => evidence(m, rep.index, inputs)),
      };
    });
}
