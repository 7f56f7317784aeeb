/** The sentences of an article body with the temporal expressions each one holds. */
import type { Block } from '../schema/article.ts';
import { findTemporalExpressions } from '../time/expressions.ts';
import { findForeignExpressions } from '../time/foreign.ts';
import type { TemporalExpression } from '../time/types.ts';
import { splitSentences } from '../text/sentences.ts';

/** One sentence of a paragraph, with its temporal expressions. */
export interface Passage {
  /** The paragraph's anchor. */
  anchor: string;
  /** The sentence, verbatim. */
  sentence: string;
  /** Temporal expressions in the sentence, in order. */
  expressions: TemporalExpression[];
  /** The day the sentence was written, where the page tells it though not its publication (`live-entries.ts`). */
  written?: string;
  /** True where a live page speaks of itself ("We are pausing our live coverage here") or sums up its entries above
   * them: no event of the story (`live-entries.ts`). */
  aside?: boolean;
}

/** Splits every paragraph into sentences and finds their temporal expressions (once per article). */
export function readPassages(blocks: readonly Block[], language: string | null = 'en'): Passage[] {
  const foreign = language !== null && language.split('-')[0] !== 'en';
  const out: Passage[] = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    // One pass of the date reader per paragraph (its cost is mostly per call), then
    // each expression goes to the sentence that holds it.
    const found = foreign ? findForeignExpressions(b.text, language!) : findTemporalExpressions(b.text);
    for (const s of splitSentences(b.text)) {
      const end = s.start + s.text.length;
      const expressions = found
        .filter((e) => e.index >= s.start && e.index + e.text.length <= end)
        .map((e) => ({ ...e, index: e.index - s.start }));
      out.push({ anchor: b.anchor, sentence: s.text, expressions });
    }
  }
  return out;
}
