/**
 * The same act told in two languages: sentences of one date window whose words
 * cannot match ("approved" / "aprobó" / "وافقت") still share what no translation
 * changes: figures ("€28 million", "28 millones", "28 مليون"), names and the
 * stems of international words ("Velna", "solidarity" / "solidaridad"). These
 * keys join clusters of one window across languages; within one language the
 * content words do (`merge.ts`).
 */
import type { TemporalExpression } from '../time/types.ts';
import { CROSS_LANGUAGE_THRESHOLD } from './thresholds.ts';

/** What a mention needs for matching across languages. */
export interface CrossLanguageMention {
  /** The article's slug. */
  slug: string;
  /** The article's language (base code), or null when unknown. */
  language: string | null;
  /** Language-neutral keys of the sentence (`crossLanguageKeys`). */
  keys: readonly string[];
}

// Eastern Arabic and Persian figures, read as the same figures.
const FIGURES = /[\u0660-\u0669\u06F0-\u06F9]/g;
const figure = (c: string) => String((c.codePointAt(0)! - (c >= '\u06F0' ? 0x06f0 : 0x0660)) % 10);
// A figure with its group separators: "12,500", "12.500", "12 500", "2.3".
const NUMBER = /\d+(?:[.,\u00A0\u202F ]\d{3})*(?:[.,]\d+)?/g;
// Words of Latin, Greek or Cyrillic letters long enough for their first five letters to say something.
const WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]{5,}/gu;

/**
 * The sentence's language-neutral keys, its dates left out: figures of two or more digits (`#12500`; one-digit ones
 * are spelt out in most languages) and the first five letters of each long word, accents folded (`~solid`).
 */
export function crossLanguageKeys(sentence: string, expressions: readonly TemporalExpression[]): string[] {
  let text = sentence;
  for (const e of expressions)
    text = text.slice(0, e.index) + ' '.repeat(e.text.length) + text.slice(e.index + e.text.length);
  text = text.normalize('NFKD').replace(/\p{M}/gu, '').replace(FIGURES, figure).toLowerCase();
  const keys = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const whole = m[0].replace(/[.,\u00A0\u202F ](?=\d{3}(?!\d))/g, '');
    if (/^\d{2,}/.test(whole)) keys.add(`#${whole.replace(',', '.')}`);
  }
  for (const m of text.matchAll(WORD)) keys.add(`~${m[0].slice(0, 5)}`);
  return [...keys];
}

/** Each key's weight over all mentions: ln(1 + mentions / mentions with the key). */
export function keyWeights(all: readonly CrossLanguageMention[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const m of all) for (const k of m.keys) df.set(k, (df.get(k) ?? 0) + 1);
  return new Map([...df].map(([k, n]) => [k, Math.log(1 + all.length / n)]));
}

/** The keys two sentences share, and their weight over the smaller sentence's. */
function likeness(
  a: CrossLanguageMention,
  b: CrossLanguageMention,
  weight: ReadonlyMap<string, number>,
): { shared: number; share: number } {
  const bk = new Set(b.keys);
  const shared = a.keys.filter((k) => bk.has(k));
  const sum = (ks: readonly string[]) => ks.reduce((s, k) => s + (weight.get(k) ?? 0), 0);
  return { shared: shared.length, share: sum(shared) / Math.max(1e-9, Math.min(sum(a.keys), sum(b.keys))) };
}

/** Whether two clusters give figures and none of them agree ("12 500 évacués", "3,000 homes"): two facts. */
function figuresDisagree(a: readonly CrossLanguageMention[], b: readonly CrossLanguageMention[]): boolean {
  const figures = (c: readonly CrossLanguageMention[]) => new Set(c.flatMap((m) => m.keys.filter((k) => k[0] === '#')));
  const [fa, fb] = [figures(a), figures(b)];
  return fa.size > 0 && fb.size > 0 && ![...fa].some((k) => fb.has(k));
}

/**
 * Joins clusters of one window told in different languages, taken best match first, where two of their sentences
 * share at least two keys and CROSS_LANGUAGE_THRESHOLD of the smaller one's weight; or, for a window of one day,
 * where each cluster is the only one of its languages on that day (each article tells one act then), they tell it
 * the same way (a plan, a deed, a deadline or a status), share a key and give no figures that disagree.
 * Clusters that share an article or a language are never joined, so a bridge sentence cannot chain two acts.
 */
export function joinAcrossLanguages<M extends CrossLanguageMention & { kind: string; precision: string }>(
  clusters: readonly M[][],
  weight: ReadonlyMap<string, number>,
): M[][] {
  const groups = clusters.map((c) => [...c]);
  const languages = (g: readonly M[]) => new Set(g.map((m) => m.language ?? '?'));
  const spoken = groups.map(languages);
  // A window told in one language has nothing to join (a corpus of copies in one language costs no pairs).
  if (new Set(spoken.flatMap((l) => [...l])).size < 2) return groups;
  const clustersOf = new Map<string, number>();
  for (const ls of spoken) for (const l of ls) clustersOf.set(l, (clustersOf.get(l) ?? 0) + 1);
  const alone = (i: number) => [...spoken[i]!].every((l) => clustersOf.get(l) === 1);
  const oneDay = groups[0]?.[0]?.precision === 'day';
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) {
      if ([...spoken[j]!].some((l) => spoken[i]!.has(l))) continue;
      const [gi, gj] = [groups[i]!, groups[j]!];
      // The best share over pairs sharing two keys or more, and whether any pair shares a key at all.
      let share = 0;
      let anyShared = false;
      for (const a of gi)
        for (const b of gj)
          if (a.language && b.language && a.language !== b.language) {
            const l = likeness(a, b, weight);
            anyShared ||= l.shared > 0;
            if (l.shared >= 2) share = Math.max(share, l.share);
          }
      const worded = share >= CROSS_LANGUAGE_THRESHOLD;
      const kinds = new Set(gi.map((m) => m.kind));
      const sole =
        oneDay && alone(i) && alone(j) && anyShared && gj.some((m) => kinds.has(m.kind)) && !figuresDisagree(gi, gj);
      if (worded || sole) pairs.push({ i, j, score: worded ? 1 + share : share });
    }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const into = groups.map((_, i) => i);
  const root = (i: number): number => (into[i] === i ? i : (into[i] = root(into[i]!)));
  for (const { i, j } of pairs) {
    const [ri, rj] = [root(i), root(j)];
    if (ri === rj) continue;
    const [gi, gj] = [groups[ri]!, groups[rj]!];
    // Two clusters of one article in one window are two acts it tells; two of one language were kept apart by
    // their own words.
    const slugs = new Set(gi.map((m) => m.slug));
    if (gj.some((m) => slugs.has(m.slug))) continue;
    const li = languages(gi);
    if ([...languages(gj)].some((l) => li.has(l))) continue;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    groups[keep] = [...groups[keep]!, ...groups[drop]!];
    groups[drop] = [];
    into[drop] = keep;
  }
  return groups.filter((g) => g.length);
}
