/**
 * The null model: independent reports of one story (and reports that share a
 * background paragraph), which the origin thresholds must clear by their
 * margins; and the pairs kept apart from it, on which the thresholds are tested.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/engine/article/parse.ts';
import { nullModel } from '../../../src/engine/compare/null-model.ts';
import {
  ALIGN_MARGIN,
  ALIGN_THRESHOLD,
  COPY_THRESHOLD,
  NULL_MARGIN,
  originFamilies,
  type OriginDoc,
} from '../../../src/engine/compare/origin.ts';
import { originDoc } from '../../../src/engine/compare/similarity.ts';

const PAIRS = join(import.meta.dirname, '..', '..', 'fixtures', 'origin-pairs');
const split = JSON.parse(readFileSync(join(PAIRS, 'SPLIT.json'), 'utf8')) as Record<'calibrate' | 'test', string[]>;
const labelOf = (name: string) =>
  (JSON.parse(readFileSync(join(PAIRS, name, 'label.json'), 'utf8')) as { label: string }).label;
const docOf = (name: string, side: 'a' | 'b'): OriginDoc => {
  const bytes = new Uint8Array(readFileSync(join(PAIRS, name, `${side}.txt`)));
  return originDoc({ ...parseArticle({ file: `${side}.txt`, bytes }), slug: `${name}/${side}` });
};
const pairOf = (name: string) => [docOf(name, 'a'), docOf(name, 'b')] as const;
const twoOrigins = (name: string) => ['independent', 'related'].includes(labelOf(name));

describe('the null model: independent reports of one story, from the calibration pairs', () => {
  const model = nullModel(split.calibrate.filter(twoOrigins).map(pairOf));

  it('sets thresholds that clear every such pair by the stated margins', () => {
    console.log(
      `null model: ${model.pairs} pairs; highest copy ${model.copyMax}, highest alignment ${model.alignMax} (${model.alignMaxPair?.join(' + ')}); thresholds copy ${COPY_THRESHOLD}, alignment ${ALIGN_THRESHOLD}`,
    );
    expect(model.pairs).toBeGreaterThanOrEqual(15);
    expect(COPY_THRESHOLD).toBeGreaterThanOrEqual(model.copyMax + NULL_MARGIN - 1e-9);
    expect(ALIGN_THRESHOLD).toBeGreaterThanOrEqual(model.alignMax + ALIGN_MARGIN - 1e-9);
    expect(model.flagged).toBe(0);
  });
});

describe('the test pairs, never used to set a threshold', () => {
  const names = split.test;
  const result = originFamilies(names.flatMap((n) => pairOf(n)));
  const flagged = result.pairs.filter((p) => p.kind).map((p) => `${p.a}|${p.b}`);
  const truth = names.filter((n) => !twoOrigins(n)).map((n) => `${n}/a|${n}/b`);

  it('flag no independent or related pair, and no pair across two stories', () => {
    expect(flagged.filter((k) => !truth.includes(k))).toEqual([]);
  });

  it('find every copy and every rewrite in one language', () => {
    const sameLanguage = names.filter(
      (n) =>
        !twoOrigins(n) &&
        !(JSON.parse(readFileSync(join(PAIRS, n, 'label.json'), 'utf8')) as { language: string }).language.includes(
          '+',
        ),
    );
    expect(sameLanguage.length).toBeGreaterThanOrEqual(3);
    for (const n of sameLanguage) expect(flagged, n).toContain(`${n}/a|${n}/b`);
  });
});
