/** Similarity: symmetric measures, pair ranking on fixtures of known overlap, wire credits as common origin. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/corpus';
import { ALL_PAIRS_MAX, candidatePairs, comparePairs, contentWords, inverseFrequencies, jaccard, NEAR_DUPLICATE_THRESHOLD, shingles, weightedContainment } from '../../src/lib/compare/similarity';
import { readStory, seedCorpus, textSeed } from '../helpers';
import { seedAnalysis, slugOf } from './compare-helpers';

const BASE = 'The ferry company cancelled sailings after the storm damaged the northern pier. Engineers from the port authority inspected the cranes and found cracks in two of them. The mayor promised money for repairs before the summer season.';
const REWRITE = 'After the storm damaged the northern pier, the ferry company cancelled its sailings. Port authority engineers inspected the cranes, finding cracks in two. Money for repairs before the summer season was promised by the mayor, AFP reported.';
const HALF = 'The ferry company cancelled sailings after the storm. Separately, the city council voted to rename the central square after a local poet, and the library extended its opening hours.';
const OTHER = 'A local bakery won a national prize for its rye bread. The owner thanked her staff and said the recipe came from her grandmother, who opened the shop in a small village.';

describe('measures', () => {
  it('are symmetric', () => {
    const docs = [BASE, REWRITE, HALF, OTHER].map((t) => new Set(contentWords(t)));
    const idf = inverseFrequencies(docs);
    for (const a of docs) for (const b of docs) {
      expect(weightedContainment(a, b, idf)).toBeCloseTo(weightedContainment(b, a, idf), 12);
      expect(jaccard(a, b)).toBe(jaccard(b, a));
    }
    expect(jaccard(shingles(BASE), shingles(HALF))).toBe(jaccard(shingles(HALF), shingles(BASE)));
  });

  it('give 1 for identical texts and 0 for texts with no shared word', () => {
    const a = new Set(contentWords(BASE));
    const b = new Set(contentWords(OTHER));
    const c = new Set(contentWords('Zebras graze quietly.'));
    const idf = inverseFrequencies([a, b, c]);
    expect(weightedContainment(a, a, idf)).toBe(1);
    expect(weightedContainment(a, c, idf)).toBe(0);
  });
});

describe('pair ranking on fixtures with a known overlap', () => {
  const story = readStory();
  const seeds = [
    textSeed('1-base.txt', `date 2024-03-04\n${BASE}\n`),
    textSeed('2-rewrite.txt', `date 2024-03-04\n${REWRITE}\n`),
    textSeed('3-half.txt', `date 2024-03-05\n${HALF}\n`),
    textSeed('4-other.txt', `date 2024-03-05\n${OTHER}\n`),
  ];
  const corpus = buildCorpus(seeds, story);
  const slug = (prefix: string) => corpus.articles.find((a) => a.seedFile.startsWith(prefix))!.slug;
  const pairs = comparePairs(corpus.articles);
  const key = (p: { a: string; b: string }) => [p.a, p.b].sort().join(' ');

  it('rank the rewrite first, the partial overlap next, and unrelated articles last', () => {
    expect(key(pairs[0]!)).toBe([slug('1'), slug('2')].sort().join(' '));
    const half = pairs.findIndex((p) => key(p) === [slug('1'), slug('3')].sort().join(' '));
    const unrelated = pairs.findIndex((p) => key(p) === [slug('1'), slug('4')].sort().join(' '));
    expect(half).toBeLessThan(unrelated);
    expect(pairs[0]!.nearDuplicate).toBe(true);
    expect(pairs.filter((p) => p.nearDuplicate)).toHaveLength(1);
  });

  it('give the credited wire service as the likely common origin of a near-duplicate', () => {
    expect(pairs[0]!.origin.map((o) => [o.name, o.slug])).toEqual([['AFP', slug('2')]]);
  });

  it('list every pair once, whatever the order of the articles', () => {
    expect(pairs).toHaveLength(6);
    const reversed = comparePairs([...corpus.articles].reverse());
    expect(reversed).toEqual(pairs);
  });
});

describe('the seeds', () => {
  const { similarity, similarityThreshold } = seedAnalysis();

  it('pair the AFP report with its rewrite, crediting AFP', () => {
    expect(similarityThreshold).toBe(NEAR_DUPLICATE_THRESHOLD);
    const pair = similarity.find((p) => [p.a, p.b].sort().join() === [slugOf('000'), slugOf('004')].sort().join())!;
    expect(pair.nearDuplicate).toBe(true);
    expect(pair.origin.map((o) => o.name)).toEqual(['AFP']);
  });

  it('find two near-duplicate pairs of the ten, and no other', () => {
    expect(similarity).toHaveLength(10);
    const near = similarity.filter((p) => p.nearDuplicate).map((p) => [p.a, p.b].sort().join());
    expect(near.sort()).toEqual([[slugOf('000'), slugOf('004')].sort().join(), [slugOf('002'), slugOf('003')].sort().join()].sort());
    expect(seedCorpus().articles).toHaveLength(5);
  });
});

describe('in a large collection', () => {
  it('compares only pairs that share a rare word, and still finds the rewrite', () => {
    const vocab = (i: number, extra: string[] = []) => new Set(['mission', 'council', `own${i}a`, `own${i}b`, ...extra]);
    const vocabularies = Array.from({ length: ALL_PAIRS_MAX + 20 }, (_, i) => vocab(i));
    vocabularies[3] = vocab(3, ['ceremony', 'flag']);
    vocabularies[70] = vocab(70, ['ceremony', 'flag']);
    const pairs = candidatePairs(vocabularies);
    expect(pairs).toEqual([[3, 70]]);
  });

  it('compares every pair in a small collection', () => {
    expect(candidatePairs([new Set(['a']), new Set(['b']), new Set(['c'])])).toEqual([[0, 1], [0, 2], [1, 2]]);
  });
});
