/** The origin pass as the site runs it: article records in, pairs with credit lines and families out. */
import { describe, expect, it } from 'vitest';
import { compareOrigins, ORIGIN_THRESHOLDS } from '../../../src/engine/compare/similarity.ts';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { readSeeds, readStory, seedCorpus } from '../../helpers.ts';
import { ORIGIN_FIXTURES } from './origin-helpers.ts';
import { seedAnalysis, slugOf } from './helpers.ts';

describe('the seeds, as the site shows them', () => {
  const { similarity, families, originThresholds } = seedAnalysis();

  it('lists every pair of the five with its scores, and flags none: no two share sentences, only the facts of one story', () => {
    expect(similarity).toHaveLength(10);
    expect(originThresholds).toEqual(ORIGIN_THRESHOLDS);
    // 000 retells what 004 (AFP) reports, in sentences of its own and in another order: by the rule, shared facts
    // alone never make two articles one report, so the pair is scored and shown, not flagged.
    const pair = similarity.find((p) => [p.a, p.b].sort().join() === [slugOf('000'), slugOf('004')].sort().join())!;
    expect(pair.rewrite).toBeGreaterThan(0.2);
    expect(pair.aligned).toBeLessThan(ORIGIN_THRESHOLDS.align);
    expect(similarity.filter((p) => p.kind)).toEqual([]);
    expect(similarity.every((p) => p.nearDuplicate === (p.kind !== null))).toBe(true);
    expect(families).toEqual([]);
  });

  it('gives the wire service a family’s members credit as its likely origin', () => {
    const docs = buildCorpus(readSeeds(ORIGIN_FIXTURES), readStory()).articles;
    const { families: found } = compareOrigins(docs);
    const crane = found.find((f) => f.members.some((m) => docs.find((d) => d.slug === m)!.seedFile.startsWith('a1')))!;
    expect(crane.members).toHaveLength(2);
    expect(crane.origin?.name).toBe('Reuters');
  });

  it('does not depend on the order of the articles', () => {
    expect(compareOrigins([...seedCorpus().articles].reverse())).toEqual(compareOrigins(seedCorpus().articles));
  });
});
