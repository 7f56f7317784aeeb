/**
 * Families in a large collection: grown article by article, scored against one member of a family at a time, and
 * still the families that scoring every pair gives.
 */
import { describe, expect, it } from 'vitest';
import { ALL_PAIRS_MAX } from '../../../src/engine/compare/origin-candidates.ts';
import { factWeights } from '../../../src/engine/compare/fact-weights.ts';
import { originFamilies, prepare, scorePair, type OriginDoc } from '../../../src/engine/compare/origin.ts';
import { folderDocs, ORIGIN_FIXTURES } from './origin-helpers.ts';

/** The families scoring every pair gives: connected components of flagged pairs, as sorted member lists. */
function familiesOfAllPairs(docs: readonly OriginDoc[]): string[][] {
  const sorted = [...docs].sort((a, b) => a.slug.localeCompare(b.slug));
  const prepared = prepare(sorted);
  const weights = factWeights(prepared.map((p) => p.facts));
  const root = sorted.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++)
      if (scorePair(sorted[i]!, sorted[j]!, prepared[i]!, prepared[j]!, weights).kind) root[find(j)] = find(i);
  const groups = new Map<number, string[]>();
  sorted.forEach((d, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), d.slug]));
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!));
}

describe('a collection made mostly of copies of the fixtures’ two wire reports', () => {
  const fixtures = folderDocs(ORIGIN_FIXTURES);
  const byName = new Map(fixtures.map((d) => [d.slug, d]));
  // Sixty copies of each wire report under their own slugs and dates, one a day later than the next.
  const copies = ['a1-crane-wire', 'c2-algae-edited'].flatMap((name) =>
    Array.from({ length: ALL_PAIRS_MAX }, (_, k) => ({
      ...byName.get(name)!,
      slug: `${name.slice(0, 2)}-repost-${String(k).padStart(3, '0')}`,
      published: `2025-04-${String(1 + (k % 28)).padStart(2, '0')}`,
    })),
  );
  const docs = [...fixtures, ...copies];
  const result = originFamilies(docs);

  it('finds the same families as scoring every pair', () => {
    expect(docs.length).toBeGreaterThan(ALL_PAIRS_MAX);
    expect(result.families.map((f) => f.members)).toEqual(familiesOfAllPairs(docs));
    // The algae report with its copy and rewrite; the crane report with its copy (its word-for-word translation
    // aligns no better than independent reports do, so it stays apart: docs/shared-origin.md).
    expect(result.families.map((f) => f.members.length)).toEqual([ALL_PAIRS_MAX + 3, ALL_PAIRS_MAX + 2]);
  });

  it('scores a few pairs per article, not every pair of a family', () => {
    const all = (docs.length * (docs.length - 1)) / 2;
    console.log(`family search: ${result.scored} pairs scored of ${all}, ${result.pairs.length} listed`);
    expect(result.scored).toBeLessThan(docs.length * 3);
    expect(result.pairs.length).toBeLessThan(docs.length * 3);
  });

  it('names a likely origin among the members of the earliest stated date and measures every other member against it', () => {
    const crane = result.families.find((f) => f.members.includes('a1-crane-wire'))!;
    // The two fixtures state 14 March 2025 and the reposts April: of the two, the wire has the more words.
    expect(crane.representative).toMatchObject({ slug: 'a1-crane-wire', basis: 'longest-text' });
    expect(crane.evidence).toHaveLength(crane.members.length - 1);
    expect(crane.evidence.find((e) => e.slug === 'a1-repost-000')).toMatchObject({ kind: 'copy', via: null });
    const algae = result.families.find((f) => f.members.includes('c1-algae-wire'))!;
    expect(algae.representative.slug).toBe('c1-algae-wire');
    const repost = algae.evidence.find((e) => e.slug === 'c2-repost-000')!;
    expect(repost.kind).toBe('copy');
    expect(repost.sharedShingles).toContain('swimming has been banned at');
  });

  it('takes a single earliest stated date over length', () => {
    const earlier = docs.map((d) => (d.slug === 'c3-algae-rewrite' ? { ...d, published: '2024-08-20' } : d));
    const algae = originFamilies(earlier).families.find((f) => f.members.includes('c1-algae-wire'))!;
    expect(algae.representative).toEqual({
      slug: 'c3-algae-rewrite',
      basis: 'earliest-date',
      reason: 'the earliest stated publication date in the family (2024-08-20)',
    });
    expect(algae.evidence.find((e) => e.slug === 'c1-algae-wire')!.kind).toBe('rewrite');
  });

  it('lists at most five unflagged pairs per article beyond the flagged ones', () => {
    const count = new Map<string, number>();
    for (const p of result.pairs.filter((x) => !x.kind))
      for (const s of [p.a, p.b]) count.set(s, (count.get(s) ?? 0) + 1);
    // a4 (an independent report of the crane collapse) is scored against many reposts; five of them are listed.
    expect(count.get('a4-crane-independent')).toBe(5);
    expect(Math.max(...count.values())).toBe(5);
  });
});
