/** The body: the lines left once every zone is read, as paragraphs and subheadings with stable anchors. */
import type { SourceLine } from '../read/lines.ts';
import { SeedError } from '../read/errors.ts';
import type { Block } from '../schema/article.ts';
import { endsLikeSentence, splitSentences, type Sentence } from '../text/sentences.ts';
import { slugify } from '../text/slug.ts';
import { countTokens, countWords } from '../text/words.ts';
import { isProse } from './line-shapes.ts';

/** A paragraph of the body and its sentences. */
export interface Paragraph {
  /** The paragraph's block. */
  block: Block;
  /** Its sentences, in order. */
  sentences: Sentence[];
}

/** The body in reading order, and its paragraphs with their sentences. */
export interface Body {
  /** Paragraphs and subheadings, in order. */
  blocks: Block[];
  /** The paragraphs alone. */
  paragraphs: Paragraph[];
}

/** A subheading: a short line inside the body that does not end like a sentence or a list item. */
export function isSubheading(line: string): boolean {
  const t = line.trim();
  const n = countTokens(t);
  return n >= 1 && n <= 12 && t.length <= 90 && !endsLikeSentence(t) && !/[,;:]$/.test(t) && /^[\p{Lu}\d“"‘']/u.test(t);
}

/** The body's blocks: a short heading-like line followed by more text is a subheading, every other line a paragraph. */
export function bodyBlocks(lines: readonly SourceLine[]): Body {
  const blocks: Block[] = [];
  const usedAnchors = new Set<string>();
  let paragraphNo = 0;
  lines.forEach((l, i) => {
    const t = l.text.trim();
    const followed = i < lines.length - 1;
    if (followed && isSubheading(t) && !isProse(t)) {
      let anchor = `s-${slugify(t, 40) || 'section'}`;
      for (let k = 2; usedAnchors.has(anchor); k++) anchor = `s-${slugify(t, 40)}-${k}`;
      usedAnchors.add(anchor);
      blocks.push({ type: 'subheading', text: t, anchor, line: l.n });
    } else {
      paragraphNo++;
      blocks.push({ type: 'paragraph', text: t, anchor: `p-${paragraphNo}`, line: l.n });
    }
  });
  const paragraphs = blocks
    .filter((b) => b.type === 'paragraph')
    .map((block) => ({
      block,
      sentences: splitSentences(block.text),
    }));
  return { blocks, paragraphs };
}

// The danda ends a sentence in Hindi, Bengali and the other languages of India's scripts.
const DANDA = /[।॥]\s*$/u;

/** Stops a seed whose body holds no sentence of four words or more: there is nothing to publish. */
export function requireSentence(file: string, body: Body, firstLine: number): void {
  const hasSentence = body.paragraphs.some((p) =>
    p.sentences.some(
      (x) => (endsLikeSentence(x.text) || DANDA.test(x.text)) && Math.max(countWords(x.text), countTokens(x.text)) >= 4,
    ),
  );
  if (!hasSentence)
    throw new SeedError(
      file,
      firstLine,
      'has no sentence of running text (four words or more ending in a full stop), so there is nothing to publish.',
      'add the article body, in sentences, below any headline and byline.',
    );
}
