/**
 * The translation threshold's null model: pairs of independent reports of one story in two languages, one of which
 * names a wire service the other names as its source, from the blind stories that calibrate it (the stories up to
 * round 8). The threshold must clear the highest of them by ALIGN_MARGIN; the later stories only test it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/engine/article/parse.ts';
import {
  ALIGN_MARGIN,
  ALIGN_MIN_SENTENCES,
  TRANSLATION_THRESHOLD,
  type OriginDoc,
} from '../../../src/engine/compare/origin.ts';
import { originDoc } from '../../../src/engine/compare/similarity.ts';
import { anchorAlignment, anchorSentences, namesWireOfOther } from '../../../src/engine/compare/translation.ts';

const STORIES = join(import.meta.dirname, '..', '..', 'fixtures', 'stories');
const CALIBRATE = ['takeover', 'election', 'outbreak', 'hospital', 'strike', 'dam', 'trial', 'wildfire', 'tunnel'];
const CALIBRATE_MORE = ['flood', 'harbour', 'heist', 'launch', 'bridge'];
const TEST = ['mine', 'breach'];

interface Pair {
  story: string;
  a: string;
  b: string;
  oneReport: boolean;
  share: number;
  aligned: number;
}

/** Every pair of a story's articles in two languages that one names the other's wire service, with its alignment. */
function gatedPairs(story: string): Pair[] {
  const dir = join(STORIES, story);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { families: string[][] };
  const family = new Map(gold.families.flatMap((f, i) => f.map((file) => [file, i] as const)));
  const docs: OriginDoc[] = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) =>
      originDoc({ ...parseArticle({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }), slug: file }),
    );
  const out: Pair[] = [];
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const [x, y] = [docs[i]!, docs[j]!];
      if (!x.language || !y.language || x.language === y.language || !namesWireOfOther(x, y)) continue;
      const { aligned, share } = anchorAlignment(anchorSentences(x.text), anchorSentences(y.text));
      const oneReport = family.has(x.slug) && family.get(x.slug) === family.get(y.slug);
      out.push({ story, a: x.slug, b: y.slug, oneReport, share, aligned });
    }
  return out;
}

describe('the translation null model: independent reports in two languages that name a common wire', () => {
  const calibrate = [...CALIBRATE, ...CALIBRATE_MORE].flatMap(gatedPairs);
  const nulls = calibrate.filter((p) => !p.oneReport);

  it('sets the threshold above every such pair by the margin', () => {
    const top = nulls.reduce((m, p) => (p.share > m.share ? p : m));
    console.log(
      `translation null model: ${nulls.length} pairs; highest ${top.share.toFixed(3)} (${top.story} ${top.a} + ${top.b})`,
    );
    expect(nulls.length).toBeGreaterThanOrEqual(10);
    expect(TRANSLATION_THRESHOLD).toBeGreaterThanOrEqual(top.share + ALIGN_MARGIN - 1e-9);
    expect(TRANSLATION_THRESHOLD).toBeLessThan(top.share + ALIGN_MARGIN + 0.01);
  });

  it('flags no independent pair of the stories kept to test it, and finds their translations', () => {
    const test = TEST.flatMap(gatedPairs);
    const flagged = (p: Pair) => p.share >= TRANSLATION_THRESHOLD && p.aligned >= ALIGN_MIN_SENTENCES;
    expect(test.filter((p) => !p.oneReport && flagged(p))).toEqual([]);
    expect(test.filter((p) => p.oneReport && flagged(p)).length).toBeGreaterThanOrEqual(2);
  });
});
