/** The origin pass as the site runs it: article records in, pairs with credit lines and families out. */
import { describe, expect, it } from 'vitest';
import { compareOrigins, ORIGIN_THRESHOLDS } from '../../../src/engine/compare/similarity.ts';
import { seedCorpus } from '../../helpers.ts';
import { seedAnalysis, slugOf } from './helpers.ts';

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
