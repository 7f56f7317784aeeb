/** Parses a short page written for a test, and lists what was taken off it as furniture. */
import { parseArticle } from '../../../../src/engine/article/parse.ts';
import type { Article } from '../../../../src/engine/schema/article.ts';

/** The record of a page, and each removed line's text beside its kind. */
export function readPage(file: string, text: string): { article: Article; removed: Map<string, string> } {
  const article = parseArticle({ file, bytes: new TextEncoder().encode(text) });
  return { article, removed: new Map(article.removed.map((r) => [r.text.trim(), r.kind])) };
}
