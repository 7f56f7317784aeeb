/** The rewrite measure: how specific each kind of fact is, how rare it is in the collection, and the weighted overlap. */
import { describe, expect, it } from 'vitest';
import { factScore, factWeights, kindWeight } from '../../../src/engine/compare/fact-weights.ts';
import { extractFacts } from '../../../src/engine/compare/facts.ts';

describe('kindWeight', () => {
  it.each([
    ['n:10500', 4],
    ['n:62 m', 4],
    ['q:we will find out what failed', 4],
    ['d:03-14', 2],
    ['p:tallis', 2],
    ['n:2023', 1],
    ['n:7', 1],
    ['q:failed', 1],
    ['w:friday', 0.5],
    ['m:march', 0.5],
    ['e:kelmouth', 0.5],
  ])('weighs %s at %d', (key, weight) => expect(kindWeight(key)).toBe(weight));
});

describe('a rewrite and an unrelated note', () => {
  const docs = [
    'Three workers died in Kelmouth on March 14, port director Imogen Tallis said.',
    'Port director Imogen Tallis said three workers died on 14 March in Kelmouth.',
    'Kelmouth council met on Friday.',
  ].map(extractFacts);
  const weights = factWeights(docs);

  it('weigh each fact by its kind and by ln(N / articles that give it)', () => {
    expect(weights.get('d:03-14')).toBeCloseTo(2 * Math.log(3 / 2), 12);
    expect(weights.get('n:3')).toBeCloseTo(1 * Math.log(3 / 2), 12);
    expect(weights.get('w:friday')).toBeCloseTo(0.5 * Math.log(3), 12);
  });

  it('score the rewrite 1, its shared facts rarest first, labelled as the first text writes them', () => {
    expect(factScore(docs[0]!, docs[1]!, weights)).toEqual({
      score: 1,
      shared: [
        { key: 'd:03-14', label: 'March 14' },
        { key: 'p:tallis', label: 'Imogen Tallis' },
        { key: 'n:3', label: 'Three' },
        { key: 'e:kelmouth', label: 'Kelmouth' },
      ],
    });
    expect(factScore(docs[0]!, docs[2]!, weights).score).toBe(0);
  });
});
