/**
 * Name spellings: the same person written differently in different articles.
 * Two spellings are one person when they are a small edit apart and the text
 * gives both the same role (they share a role noun such as “head”).
 */
import type { Article } from '../schema/article.ts';
import { slugify } from '../text/slug.ts';
import { findPeople } from './people.ts';
import type { NameMention, NameVariant } from '../schema/compare.ts';
import { sentencesOf } from './sentences.ts';

/** At most this many letters may differ, and at most this share of the name’s length. */
export const MAX_NAME_EDITS = 2;
/** The edit share limit that goes with MAX_NAME_EDITS. */
export const MAX_NAME_EDIT_SHARE = 0.2;

/** Levenshtein distance: single-letter insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

// One row of the edit table, reused by every comparison.
let row = new Int32Array(64);

/**
 * `editDistance(a, b)` when it is at most `max`, otherwise `max + 1`, found
 * without filling the whole table: lengths further apart than `max` cannot be
 * closer, and the work stops once a whole row exceeds `max`.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (row.length <= b.length) row = new Int32Array(b.length * 2 + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      const v = Math.min(up + 1, row[j - 1]! + 1, diag + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < best) best = v;
      diag = up;
    }
    if (best > max) return max + 1;
  }
  return Math.min(row[b.length]!, max + 1);
}

/** A string cut into `n` contiguous pieces of nearly equal length. */
function cut(s: string, n: number): string[] {
  return Array.from({ length: n }, (_, k) =>
    s.slice(Math.floor((k * s.length) / n), Math.floor(((k + 1) * s.length) / n)),
  );
}

/**
 * Every pair of the strings at an edit distance from 1 to `max`, as
 * `[i, j, distance]` with `i < j`, in order of `i` then `j`: the pairs a
 * comparison of every string with every later one would find, without making
 * it. Only strings whose lengths differ by at most `max` are compared, and
 * only when the later one holds one of `max + 1` pieces of the earlier (the
 * pieces `max` edits cannot all touch).
 */
export function closePairs(strings: readonly string[], max: number): Array<[number, number, number]> {
  const byLength = new Map<number, number[]>();
  strings.forEach((s, i) => {
    const list = byLength.get(s.length);
    if (list) list.push(i);
    else byLength.set(s.length, [i]);
  });
  const out: Array<[number, number, number]> = [];
  for (let i = 0; i < strings.length; i++) {
    const later: number[] = [];
    for (let len = strings[i]!.length - max; len <= strings[i]!.length + max; len++)
      for (const j of byLength.get(len) ?? []) if (j > i) later.push(j);
    later.sort((x, y) => x - y);
    // Cut into max + 1 pieces, at most `max` of which `max` edits can touch: a string that holds none of them is further away.
    const pieces = cut(strings[i]!, max + 1);
    for (const j of later) {
      if (!pieces.some((p) => strings[j]!.includes(p))) continue;
      const d = editDistanceWithin(strings[i]!, strings[j]!, max);
      if (d >= 1 && d <= max) out.push([i, j, d]);
    }
  }
  return out;
}

// Role words that say nothing about which post someone holds.
const ROLE_FILLER = new Set([
  'the',
  'of',
  'its',
  'their',
  'a',
  'an',
  'and',
  'outgoing',
  'former',
  'new',
  'un',
  'u.n.',
  'mission',
  'in',
]);

/** The words of a role that identify the post (`head`, `representative`). */
export function roleWords(role: string | null): string[] {
  if (!role) return [];
  return [
    ...new Set(
      role
        .toLowerCase()
        .split(/[\s,]+/)
        .filter((w) => w && !ROLE_FILLER.has(w)),
    ),
  ];
}

/** Every full name each article writes, with its role (the first role the article gives that name). */
export function nameMentions(
  articles: readonly Pick<Article, 'slug' | 'blocks'>[],
  isPlace: (word: string) => boolean,
): NameMention[] {
  const out: NameMention[] = [];
  for (const a of articles) {
    for (const s of sentencesOf(a)) {
      for (const hit of findPeople(s.quote, isPlace)) {
        if (hit.surnameOnly) continue;
        const seen = out.find((m) => m.slug === a.slug && m.name === hit.name);
        if (seen) seen.role ??= hit.role;
        else out.push({ ...s, name: hit.name, role: hit.role });
      }
    }
  }
  return out;
}

/** Pairs of spellings, from different articles, a small edit apart and with a shared role word. */
export function findNameVariants(mentions: readonly NameMention[]): NameVariant[] {
  const names = [...new Set(mentions.map((m) => m.name))].sort();
  const out: NameVariant[] = [];
  for (const [i, j, distance] of closePairs(
    names.map((n) => n.toLowerCase()),
    MAX_NAME_EDITS,
  )) {
    const a = names[i]!;
    const b = names[j]!;
    if (distance > MAX_NAME_EDIT_SHARE * Math.min(a.length, b.length)) continue;
    const ofA = mentions.filter((m) => m.name === a);
    const ofB = mentions.filter((m) => m.name === b);
    const rolesA = new Set(ofA.flatMap((m) => roleWords(m.role)));
    const sharedRole = [...new Set(ofB.flatMap((m) => roleWords(m.role)))].filter((w) => rolesA.has(w)).sort();
    if (!sharedRole.length) continue;
    out.push({ id: slugify(`${a} ${b}`), spellings: [ofA[0]!, ofB[0]!], distance, sharedRole });
  }
  return out;
}
