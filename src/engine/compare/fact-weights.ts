/**
 * The rewrite measure: the idf-weighted Jaccard index of two articles' specific
 * facts (`facts.ts`), which a rewrite or a translation keeps in other words.
 */
import type { Fact } from './facts.ts';

/**
 * How specific a fact of each kind is: how rarely two independent reports give
 * it by chance. An exact figure of two or more digits (10,500; 62 metres) or a
 * quotation of three or more words is rarely repeated by chance (4); a person
 * (by surname) or a full date is named by several reports of one event (2); a
 * year, a small number or a short quotation by most of them (1); a weekday or
 * a month by reports of anything (0.5). Other capitalised words
 * (places, organisations) weigh least: every report of a story names them.
 */
export function kindWeight(key: string): number {
  const kind = key.slice(0, 2);
  const body = key.slice(2);
  if (kind === 'n:') {
    const [num, unit] = body.split(' ');
    const value = Number(num);
    if (!unit && Number.isInteger(value) && value >= 1900 && value <= 2100) return 1;
    return value >= 10 || unit ? 4 : 1;
  }
  if (kind === 'q:') return body.split(' ').length >= 3 ? 4 : 1;
  if (kind === 'd:') return 2;
  if (kind === 'w:' || kind === 'm:') return 0.5;
  if (kind === 'p:') return 2;
  return 0.5;
}

/**
 * Each fact's weight: its kind's specificity times its inverse document
 * frequency in the collection, ln(N / df). A fact every article gives (the
 * story's place, its main actors) weighs nothing: it says the articles are
 * about one story, not that they carry one report. (So in a collection of two
 * articles the fact measure is silent and only the copy measure can flag.)
 */
export function factWeights(docs: readonly Fact[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d) df.set(f.key, (df.get(f.key) ?? 0) + 1);
  return new Map([...df].map(([k, n]) => [k, kindWeight(k) * Math.log(docs.length / n)]));
}

/** Weighted Jaccard index of two fact sets, and the shared facts (labels as in `a`), rarest first. */
export function factScore(
  a: readonly Fact[],
  b: readonly Fact[],
  weights: ReadonlyMap<string, number>,
): { score: number; shared: Fact[] } {
  const inB = new Set(b.map((f) => f.key));
  let sharedW = 0;
  let total = 0;
  const shared: Fact[] = [];
  for (const f of a) {
    const w = weights.get(f.key) ?? 0;
    total += w;
    if (inB.has(f.key)) {
      sharedW += w;
      shared.push(f);
    }
  }
  const inA = new Set(a.map((f) => f.key));
  for (const f of b) if (!inA.has(f.key)) total += weights.get(f.key) ?? 0;
  shared.sort((x, y) => (weights.get(y.key) ?? 0) - (weights.get(x.key) ?? 0));
  return { score: total > 0 ? sharedW / total : 0, shared };
}
