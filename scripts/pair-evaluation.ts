/**
 * Scores the shared-origin pass on labelled pairs (tests/fixtures/origin-pairs):
 * independent reports of one event, copies and rewrites of one report, and
 * related reports that share a background paragraph. The pairs of one part of
 * the split are read as one corpus, as a seeds folder would be; a flagged pair
 * across two folders is a false positive too. `calibrate` may set thresholds;
 * `test` may not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Precision and recall of flagged pairs over one part of the split. */
export interface PairScore {
  part: string;
  pairs: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Flagged pairs whose articles come from two different folders. */
  cross: number;
  precision: number;
  recall: number;
  /** One line per wrong call. */
  misses: string[];
}

/** The pairs folder. */
export const PAIRS_DIR = 'tests/fixtures/origin-pairs';

/** Scores one part (`calibrate`, `test` or `all`) with the engine of the checkout at `root`. */
export async function evaluatePairs(
  part: 'calibrate' | 'test' | 'all',
  root = join(import.meta.dirname, '..'),
  dir = join(root, PAIRS_DIR),
): Promise<PairScore> {
  const { parseArticle } = await import(join(root, 'src/engine/article/parse.ts'));
  const { originFamilies } = await import(join(root, 'src/engine/compare/origin.ts'));
  const { originDoc } = await import(join(root, 'src/engine/compare/similarity.ts'));
  const split = JSON.parse(readFileSync(join(dir, 'SPLIT.json'), 'utf8')) as Record<'calibrate' | 'test', string[]>;
  const names = part === 'all' ? [...split.calibrate, ...split.test] : split[part];
  const labels = new Map<string, string>();
  const docs = [];
  for (const name of names) {
    labels.set(name, JSON.parse(readFileSync(join(dir, name, 'label.json'), 'utf8')).label);
    for (const side of ['a', 'b']) {
      const bytes = new Uint8Array(readFileSync(join(dir, name, `${side}.txt`)));
      docs.push(originDoc({ ...parseArticle({ file: `${side}.txt`, bytes }), slug: `${name}/${side}` }));
    }
  }
  const result = originFamilies(docs);
  const s: PairScore = {
    part,
    pairs: names.length,
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
    cross: 0,
    precision: 1,
    recall: 1,
    misses: [],
  };
  type Scored = { a: string; b: string; kind: string | null; copy: number; aligned: number };
  const byKey = new Map<string, Scored>(result.pairs.map((p: Scored) => [`${p.a}|${p.b}`, p]));
  // A pair is called one report when its two articles are in one family; a family that spans two stories is a
  // false positive for every pair of its members from different folders.
  const familyOf: Map<string, number> = result.familyOf;
  for (const f of result.families as Array<{ members: string[] }>)
    for (let i = 0; i < f.members.length; i++)
      for (let j = i + 1; j < f.members.length; j++)
        if (f.members[i]!.split('/')[0] !== f.members[j]!.split('/')[0]) {
          s.cross++;
          s.misses.push(`${f.members[i]} + ${f.members[j]}: in one family across two stories`);
        }
  for (const name of names) {
    const label = labels.get(name)!;
    const p = byKey.get(`${name}/a|${name}/b`);
    const family = familyOf.get(`${name}/a`);
    const flagged = family !== undefined && family === familyOf.get(`${name}/b`);
    const truth = label === 'copy' || label === 'rewrite';
    if (flagged && truth) s.tp++;
    else if (flagged) s.fp++;
    else if (truth) s.fn++;
    else s.tn++;
    if (flagged !== truth)
      s.misses.push(
        `${name}: ${label}, ${flagged ? 'one family' : 'not one family'}, pair ${p?.kind ?? 'not flagged'} (copy ${p?.copy.toFixed(3) ?? '—'}, aligned ${p?.aligned.toFixed(3) ?? '—'})`,
      );
  }
  s.fp += s.cross;
  s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return s;
}
