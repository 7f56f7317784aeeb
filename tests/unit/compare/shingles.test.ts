/** Shingles: the copy measure's words and five-word runs, and the runs two texts share, as written. */
import { describe, expect, it } from 'vitest';
import { copyTokens, sharedShingleText, shingleHashes, sortedJaccard } from '../../../src/engine/compare/shingles.ts';

describe('copyTokens', () => {
  it('lowercases, folds accents and writes one apostrophe', () => {
    expect(copyTokens('The Mayor’s café reopened on Tuesday, Élodie said.')).toEqual([
      'the',
      "mayor's",
      'cafe',
      'reopened',
      'on',
      'tuesday',
      'elodie',
      'said',
    ]);
  });
});

describe('shingles of a lightly edited copy', () => {
  const wire = copyTokens('the harbour crane fell on the quay and three workers were killed at dawn');
  const edited = copyTokens('a harbour crane fell on the quay and three workers were killed, police said');

  it('give one hash per five-word run, and a Jaccard index over the distinct hashes', () => {
    const [a, b] = [shingleHashes(wire), shingleHashes(edited)];
    expect([a.length, b.length]).toEqual([10, 10]);
    // 7 runs shared of 13 distinct.
    expect(sortedJaccard(a, b)).toBeCloseTo(7 / 13, 12);
    expect(sortedJaccard(new Uint32Array(), new Uint32Array())).toBe(0);
  });

  it('show the shared runs as written, without overlap, in reading order', () => {
    expect(sharedShingleText(wire, shingleHashes(edited))).toEqual([
      'harbour crane fell on the',
      'quay and three workers were',
    ]);
  });
});
