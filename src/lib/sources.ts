/** How an article is named when cited. */
import type { Article } from './schema';

/** A short name for citing an article: its publisher, else its author, else its title cut to a few words. */
export function shortSourceName(a: Pick<Article, 'publisher' | 'author' | 'title'>): string {
  if (a.publisher) return a.publisher;
  if (a.author) return a.author;
  const words = a.title.split(/\s+/);
  return words.length <= 6 ? a.title : `${words.slice(0, 6).join(' ')}…`;
}

/** True when a citation's date needed resolving (it was not written out in full). */
export function isRelativeResolution(resolution: string): boolean {
  return !/stated in full|stated with its year/.test(resolution);
}

/** Articles in reading order: publication date (undated last), then slug. */
export function byPublication<T extends Pick<Article, 'slug' | 'published'>>(articles: readonly T[]): T[] {
  return [...articles].sort((x, y) => (x.published.date ?? '9999').localeCompare(y.published.date ?? '9999') || x.slug.localeCompare(y.slug));
}
