/**
 * The quote ledger. The rule: words in quotation marks are a quotation when
 * their sentence has a verb of saying and a person to say them: a person
 * named in the sentence, or “he”/“she” for the person last named before it.
 * Other quoted words are terms the writer marks (scare quotes such as a
 * “liquidation phase”, or what an organisation “calls” something) and are left out.
 */
import type { Article } from '../schema/article.ts';
import { slugify, suffixDuplicateIds } from '../text/slug.ts';
import { findPeople } from './people.ts';
import type { Locator, QuoteEntry } from '../schema/compare.ts';
import { sentencesOf } from './sentences.ts';

const SAYING =
  /\b(?:said|says|say|told|tells|stating|stated|states|added|adds|acknowledg\w*|call(?:ed|s|ing)?|describ\w*|declar\w*|warn\w*|insist\w*|not(?:ed|es|ing)|explain\w*|according to|ask(?:ed|s)|urg(?:ed|es)|argu\w*|claim\w*|repl\w*|wrote|writes|announc\w*|emphasi[sz]\w*)\b/i;
const QUOTED = /[“"]([^“”"]{1,400}?)[”"]/g;
const PRONOUN = /(?:^|[,;]\s*|\band\s+)(?:He|She|he|she)\s+\w+/;

/** One quotation as one article carries it. */
export interface QuoteHit extends Locator {
  /** The quoted words, without the marks. */
  text: string;
  /** The speaker as named. */
  speaker: string;
  /** The speaker's role as written, or null. */
  role: string | null;
}

/** The quotations of one article, in reading order. */
export function findQuotes(article: Pick<Article, 'slug' | 'blocks'>, isPlace: (word: string) => boolean): QuoteHit[] {
  const out: QuoteHit[] = [];
  let lastPerson: { name: string; role: string | null } | null = null;
  const roles = new Map<string, string>();
  for (const s of sentencesOf(article)) {
    const people = findPeople(s.quote, isPlace).filter((p) => !p.surnameOnly);
    for (const p of people) if (p.role && !roles.has(p.name)) roles.set(p.name, p.role);
    const quoted = [...s.quote.matchAll(QUOTED)];
    if (quoted.length) {
      // Speech outside the quotation marks: a quote that mentions “said” is not itself attribution.
      const frame = s.quote.replace(QUOTED, ' ');
      let speaker: { name: string; role: string | null } | null = null;
      if (SAYING.test(frame)) {
        if (people[0]) speaker = { name: people[0].name, role: people[0].role ?? roles.get(people[0].name) ?? null };
        else if (PRONOUN.test(frame) && lastPerson) speaker = lastPerson;
      }
      if (speaker) {
        for (const q of quoted) {
          const text = q[1]!.trim();
          if (text) out.push({ ...s, text, speaker: speaker.name, role: speaker.role });
        }
      }
    }
    if (people.length) {
      const p = people.at(-1)!;
      lastPerson = { name: p.name, role: p.role ?? roles.get(p.name) ?? null };
    }
  }
  return out;
}

/** Normalises quoted words for matching across articles: letters and digits only, lowercase. */
export function quoteKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The ledger: one entry per quotation, listing every article that carries it. */
export function buildQuoteLedger(
  articles: readonly Pick<Article, 'slug' | 'blocks'>[],
  isPlace: (word: string) => boolean,
): QuoteEntry[] {
  const entries = new Map<string, QuoteEntry>();
  for (const a of articles) {
    for (const q of findQuotes(a, isPlace)) {
      const key = quoteKey(q.text);
      const entry = entries.get(key);
      const source = { slug: q.slug, anchor: q.anchor, quote: q.quote };
      if (entry) {
        if (!entry.sources.some((s) => s.slug === q.slug && s.quote === q.quote)) entry.sources.push(source);
        entry.role ??= q.role;
      } else {
        entries.set(key, {
          id: `q-${slugify(`${q.speaker} ${q.text}`, 50)}`,
          text: q.text,
          speaker: q.speaker,
          role: q.role,
          sources: [source],
        });
      }
    }
  }
  const out = [...entries.values()].sort(
    (a, b) => b.sources.length - a.sources.length || a.speaker.localeCompare(b.speaker) || a.text.localeCompare(b.text),
  );
  return suffixDuplicateIds(out);
}
