/** How an article's headline is shown: a stated headline whole, a derived one cut short. */
import type { Article } from '../engine/schema/article.ts';

/** Most characters of a headline derived from the text before it is cut; about three lines on a phone. */
export const DERIVED_HEADLINE_CHARS = 72;

/**
 * The headline to show. A stated headline is the outlet's and is shown whole. A headline derived from the first
 * sentence is cut at the last word boundary within `DERIVED_HEADLINE_CHARS`, with an ellipsis; the whole sentence
 * stays in the article's text.
 */
export function headline(a: Pick<Article, 'title' | 'titleBasis'>, max = DERIVED_HEADLINE_CHARS): string {
  if (a.titleBasis !== 'derived') return a.title;
  const text = a.title.replace(/\s*…$/, '');
  if (text.length <= max) return a.title;
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${cut.replace(/[\s,;:—–-]+$/, '')}…`;
}
