/** Every sentence the site cites, by article and paragraph: what an article page shows when full text is withheld. */

/** Cited sentences of one article: paragraph anchor → the sentences cited from it, in first-cited order. */
export type CitedParagraphs = Map<string, string[]>;

/**
 * Collects every record in the data that locates a sentence (`slug`, `anchor`, `quote`): timeline citations,
 * quotations, figures, names, dated claims. Run once per build, not per page.
 */
export function citedByArticle(roots: readonly unknown[]): Map<string, CitedParagraphs> {
  const out = new Map<string, CitedParagraphs>();
  const stack: unknown[] = [...roots];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (value && typeof value === 'object') {
      const r = value as Record<string, unknown>;
      if (typeof r.slug === 'string' && typeof r.anchor === 'string' && typeof r.quote === 'string')
        addCited(out, r.slug, r.anchor, r.quote);
      stack.push(...Object.values(r).filter((v) => v && typeof v === 'object'));
    }
  }
  return out;
}

/** Adds one cited sentence, once. */
export function addCited(out: Map<string, CitedParagraphs>, slug: string, anchor: string, quote: string): void {
  const article = out.get(slug) ?? new Map<string, string[]>();
  out.set(slug, article);
  const quotes = article.get(anchor) ?? [];
  if (!quotes.includes(quote)) article.set(anchor, [...quotes, quote]);
}
