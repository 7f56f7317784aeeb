/**
 * Shared origin for the site: runs the origin pass (`origin.ts`) over the
 * articles' body blocks (the parser has already moved mastheads, bylines and
 * footers into `removed`), and attaches the credit lines that name a wire
 * service to each flagged pair.
 */
import type { Article } from '../schema/article.ts';
import {
  ALIGN_THRESHOLD,
  COPY_THRESHOLD,
  NULL_MARGIN,
  originFamilies,
  REWRITE_THRESHOLD,
  TRANSLATION_THRESHOLD,
  type OriginDoc,
  type OriginResult,
} from './origin.ts';
import type { OriginFamily, OriginThresholds, SimilarityPair } from '../schema/origin.ts';
import { wireNames } from './translation.ts';

/** The thresholds in force, for the pages and the JSON export. */
export const ORIGIN_THRESHOLDS: OriginThresholds = {
  copy: COPY_THRESHOLD,
  rewrite: REWRITE_THRESHOLD,
  align: ALIGN_THRESHOLD,
  translation: TRANSLATION_THRESHOLD,
  margin: NULL_MARGIN,
};

/** An article as the origin pass reads it: body blocks joined by blank lines, the names of the wire services it credits, and its stated day of publication. */
export function originDoc(
  article: Pick<Article, 'slug' | 'blocks' | 'credits' | 'published'> &
    Partial<Pick<Article, 'language' | 'dateline' | 'original' | 'publisher'>>,
): OriginDoc {
  const { basis, precision, date } = article.published;
  const credits = [...new Set(article.credits.map((c) => c.name))];
  return {
    slug: article.slug,
    text: article.blocks.map((b) => b.text).join('\n\n'),
    credits,
    published: basis === 'stated' && precision === 'day' ? date : null,
    language: article.language ?? null,
    wires: wireNames(credits, article.dateline?.text, article.dateline?.place),
    original: article.original,
    publisher: article.publisher ?? null,
  };
}

/** What `compareOrigins` finds. */
export interface OriginComparison {
  /** The listed pairs (flagged first, then each article's few strongest others), with the wire services its articles credit. */
  pairs: SimilarityPair[];
  /** The families of articles that carry one report. */
  families: OriginFamily[];
}

/**
 * Scored pairs (flagged first) with their credited wire services, and the
 * families of articles that carry one report. Pass `result` when the corpus
 * pass has already run `originFamilies` on these articles, to not run it twice.
 */
export function compareOrigins(
  articles: readonly Parameters<typeof originDoc>[0][],
  result?: OriginResult,
): OriginComparison {
  const { pairs, families } = result ?? originFamilies(articles.map(originDoc));
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return {
    families,
    pairs: pairs.map((p) => ({
      ...p,
      nearDuplicate: p.kind !== null,
      origin: p.kind
        ? [bySlug.get(p.a)!, bySlug.get(p.b)!].flatMap((a) =>
            a.credits.map((cr) => ({ name: cr.name, slug: a.slug, quote: cr.quote, anchor: cr.anchor })),
          )
        : [],
    })),
  };
}
