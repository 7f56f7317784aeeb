/** The origin pass as the site runs it: article records in, pairs with credit lines and families out; MinHash and LSH on their own. */
import { describe, expect, it } from 'vitest';
import {
  candidateProbability,
  estimateJaccard,
  lshCandidates,
  signature,
  SIGNATURE_SIZE,
} from '../../../src/engine/compare/minhash';
import { shingleHashes, copyTokens, sortedJaccard, SHINGLE_ROWS } from '../../../src/engine/compare/origin';
import { compareOrigins, ORIGIN_THRESHOLDS } from '../../../src/engine/compare/similarity';
import { seedCorpus } from '../../helpers';
import { seedAnalysis, slugOf } from './helpers';

describe('MinHash and LSH', () => {
  const text = (seed: number, n: number) =>
    Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 5000}`).join(' ');
  const a = shingleHashes(copyTokens(text(1, 400)));
  const b = shingleHashes(copyTokens(`${text(1, 300)} ${text(2, 100)}`));
  const c = shingleHashes(copyTokens(text(3, 400)));

  it('estimates the Jaccard index without bias (error about 0.04 for 128 hashes), with the same bits every time', () => {
    const errors = [1, 2, 3, 4, 5, 6, 7].map((seed) => {
      const x = shingleHashes(copyTokens(text(seed, 400)));
      const y = shingleHashes(copyTokens(`${text(seed, 300)} ${text(seed + 50, 100)}`));
      return estimateJaccard(signature(x), signature(y)) - sortedJaccard(x, y);
    });
    expect(sortedJaccard(a, b)).toBeCloseTo(0.597, 3);
    expect(Math.abs(errors.reduce((s, e) => s + e, 0) / errors.length)).toBeLessThan(0.05);
    expect(Math.max(...errors.map(Math.abs))).toBeLessThan(0.15);
    expect(estimateJaccard(signature(a), signature(c))).toBeLessThan(0.05);
    expect(signature(a)).toEqual(signature(Uint32Array.from(a).reverse()));
    expect(signature(a)).toHaveLength(SIGNATURE_SIZE);
  });

  it('proposes the overlapping pair and not the unrelated ones; an empty set proposes nothing', () => {
    expect(lshCandidates([signature(a), signature(b), signature(c), null], SHINGLE_ROWS)).toEqual([[0, 1]]);
  });

  it('proposes a clear copy almost surely and an unrelated pair almost never', () => {
    expect(candidateProbability(0.5, SHINGLE_ROWS)).toBeGreaterThan(0.99);
    expect(candidateProbability(0.3, SHINGLE_ROWS)).toBeGreaterThan(0.6);
    expect(candidateProbability(0.01, SHINGLE_ROWS)).toBeLessThan(0.001);
    expect(candidateProbability(ORIGIN_THRESHOLDS.copy, SHINGLE_ROWS)).toBeLessThan(
      candidateProbability(0.3, SHINGLE_ROWS),
    );
  });
});

describe('the seeds, as the site shows them', () => {
  const { similarity, families, originThresholds } = seedAnalysis();

  it('lists every pair of the five, flagged first, with both scores', () => {
    expect(similarity).toHaveLength(10);
    expect(originThresholds).toEqual(ORIGIN_THRESHOLDS);
    // 002 and 003 retell one UN statement: flagged as a rewrite or not at all, never as a copy.
    const retellings = [slugOf('002'), slugOf('003')].sort().join();
    expect(
      similarity
        .filter((p) => p.kind)
        .map((p) => [p.a, p.b].sort().join())
        .filter((k) => k !== retellings),
    ).toEqual([[slugOf('000'), slugOf('004')].sort().join()]);
    expect(similarity.find((p) => [p.a, p.b].sort().join() === retellings)!.kind).not.toBe('copy');
    expect(similarity.every((p) => p.nearDuplicate === (p.kind !== null))).toBe(true);
  });

  it('gives the AFP credit line of 004 as the likely origin of its pair with 000', () => {
    const pair = similarity.find((p) => [p.a, p.b].sort().join() === [slugOf('000'), slugOf('004')].sort().join())!;
    expect(pair.origin.map((o) => [o.name, o.slug])).toEqual(expect.arrayContaining([['AFP', slugOf('004')]]));
    expect(pair.origin.every((o) => o.quote.includes('AFP'))).toBe(true);
  });

  it('forms the AFP family (and at most the family of the two retellings of the UN statement)', () => {
    expect(families[0]).toMatchObject({
      members: [slugOf('000'), slugOf('004')].sort(),
      origin: { name: 'AFP', creditedBy: [slugOf('004')] },
    });
    expect(families.slice(1).map((f) => [f.members, f.origin])).toEqual(
      families.length > 1 ? [[[slugOf('002'), slugOf('003')].sort(), null]] : [],
    );
  });

  it('does not depend on the order of the articles', () => {
    expect(compareOrigins([...seedCorpus().articles].reverse())).toEqual(compareOrigins(seedCorpus().articles));
  });
});
