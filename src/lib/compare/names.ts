/**
 * Name spellings: the same person written differently in different articles.
 * Two spellings are one person when they are a small edit apart and the text
 * gives both the same role (they share a role noun such as “head”).
 */
import type { Article } from '../schema';
import { slugify } from '../text';
import { findPeople } from './people';
import type { NameMention, NameVariant } from './schema';
import { sentencesOf } from './sentences';

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

// Role words that say nothing about which post someone holds.
const ROLE_FILLER = new Set(['the', 'of', 'its', 'their', 'a', 'an', 'and', 'outgoing', 'former', 'new', 'un', 'u.n.', 'mission', 'in']);

/** The words of a role that identify the post (`head`, `representative`). */
export function roleWords(role: string | null): string[] {
  if (!role) return [];
  return [...new Set(role.toLowerCase().split(/[\s,]+/).filter((w) => w && !ROLE_FILLER.has(w)))];
}

/** Every full name each article writes, with its role (the first role the article gives that name). */
export function nameMentions(articles: readonly Pick<Article, 'slug' | 'blocks'>[], isPlace: (word: string) => boolean): NameMention[] {
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
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i]!;
      const b = names[j]!;
      const distance = editDistance(a.toLowerCase(), b.toLowerCase());
      if (distance === 0 || distance > MAX_NAME_EDITS || distance > MAX_NAME_EDIT_SHARE * Math.min(a.length, b.length)) continue;
      const ofA = mentions.filter((m) => m.name === a);
      const ofB = mentions.filter((m) => m.name === b);
      const rolesA = new Set(ofA.flatMap((m) => roleWords(m.role)));
      const sharedRole = [...new Set(ofB.flatMap((m) => roleWords(m.role)))].filter((w) => rolesA.has(w)).sort();
      if (!sharedRole.length) continue;
      out.push({ id: slugify(`${a} ${b}`), spellings: [ofA[0]!, ofB[0]!], distance, sharedRole });
    }
  }
  return out;
}
