/** MinHash and LSH: an unbiased estimate of the Jaccard index, and candidate pairs without comparing every pair. */
import { describe, expect, it } from 'vitest';
import {
  bandKey,
  candidateProbability,
  estimateJaccard,
  signature,
  SIGNATURE_SIZE,
} from '../../../src/engine/compare/minhash.ts';
import { SHINGLE_ROWS } from '../../../src/engine/compare/origin-candidates.ts';
import { ORIGIN_THRESHOLDS } from '../../../src/engine/compare/similarity.ts';
import { copyTokens, shingleHashes, sortedJaccard } from '../../../src/engine/compare/shingles.ts';

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

  it('puts the overlapping pair in one bucket on some band and the unrelated ones on none', () => {
    const bands = Math.floor(SIGNATURE_SIZE / SHINGLE_ROWS);
    const sharedBands = (x: Uint32Array, y: Uint32Array) =>
      Array.from({ length: bands }, (_, k) => k).filter(
        (k) => bandKey(signature(x), k, SHINGLE_ROWS) === bandKey(signature(y), k, SHINGLE_ROWS),
      ).length;
    expect(sharedBands(a, b)).toBeGreaterThan(0);
    expect(sharedBands(a, c)).toBe(0);
    expect(sharedBands(b, c)).toBe(0);
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
