/** The sentences of the article bodies, each with where it is. */
import type { Article } from '../schema/article.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Locator } from '../schema/compare.ts';

/** Every sentence of every paragraph, in reading order, as locators. */
export function sentencesOf(article: Pick<Article, 'slug' | 'blocks'>): Locator[] {
  const out: Locator[] = [];
  for (const b of article.blocks) {
    if (b.type !== 'paragraph') continue;
    for (const s of splitSentences(b.text)) out.push({ slug: article.slug, anchor: b.anchor, quote: s.text });
  }
  return out;
}
