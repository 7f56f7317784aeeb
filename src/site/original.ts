/** Where an article was first published, as the pages link to it. */
import type { Article } from '../engine/schema/article.ts';

/** The original's address and the outlet to name beside it, or null when the address is not known. */
export interface OriginalLink {
  /** The article's address where it was published. */
  href: string;
  /** The outlet: the publisher when known, else the address's host name (never guessed from anything else). */
  outlet: string;
}

/** The link to the original, or null when no address is known. */
export function originalLink(article: Pick<Article, 'url' | 'publisher'>): OriginalLink | null {
  if (!article.url) return null;
  return { href: article.url, outlet: article.publisher ?? new URL(article.url).hostname.replace(/^www\./, '') };
}
