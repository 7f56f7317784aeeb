/** The null model: pairs of articles from different stories, which the origin thresholds must clear by their margin. */
import { describe, expect, it } from 'vitest';
import { nullModel } from '../../../src/engine/compare/null-model.ts';
import { COPY_THRESHOLD, NULL_MARGIN, REWRITE_THRESHOLD, type OriginDoc } from '../../../src/engine/compare/origin.ts';
import { folderDocs, STORY_FOLDERS } from './origin-helpers.ts';

describe('the null model: pairs of articles from different stories', () => {
  const folders = STORY_FOLDERS.map(folderDocs);
  // The origin fixtures hold three stories (files a*, b*, c*); each is its own collection here.
  const byStory = folders.flatMap((docs) => {
    const groups = new Map<string, OriginDoc[]>();
    for (const d of docs) {
      const story = /^[a-z]\d/.test(d.slug) ? d.slug[0]! : '';
      groups.set(story, [...(groups.get(story) ?? []), d]);
    }
    return [...groups.values()];
  });
  const model = nullModel(byStory);

  it('sets thresholds that clear every unrelated pair by the stated margin', () => {
    console.log(
      `null model: ${model.pairs} pairs from ${byStory.length} stories; highest copy ${model.copyMax}, highest rewrite ${model.rewriteMax} (${model.rewriteMaxPair?.join(' + ')}); thresholds copy ${COPY_THRESHOLD}, rewrite ${REWRITE_THRESHOLD}, margin ${NULL_MARGIN}; flagged ${model.flagged}, false-positive rate ${model.falsePositiveRate}`,
    );
    expect(model.pairs).toBeGreaterThanOrEqual(59);
    expect(COPY_THRESHOLD).toBeGreaterThanOrEqual(model.copyMax + NULL_MARGIN - 1e-9);
    expect(REWRITE_THRESHOLD).toBeGreaterThanOrEqual(model.rewriteMax + NULL_MARGIN - 1e-9);
    expect(model.flagged).toBe(0);
    expect(model.falsePositiveRate).toBe(0);
  });

  it('also holds for the independent report of the crane accident against the three carriers of the wire', () => {
    const crane = byStory.find((s) => s.some((d) => d.slug.startsWith('a4')))!;
    const independent = nullModel([
      crane.filter((d) => !d.slug.startsWith('a4')),
      crane.filter((d) => d.slug.startsWith('a4')),
    ]);
    expect(independent.flagged).toBe(0);
    expect(independent.rewriteMax + NULL_MARGIN).toBeLessThanOrEqual(REWRITE_THRESHOLD);
  });
});
