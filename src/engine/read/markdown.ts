/** Markdown seeds: the Markdown is read with remark and reduced to plain-text lines for the parser. */
import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type { SourceLine } from './lines.ts';

const processor = remark();

function blockLines(node: RootContent): SourceLine[] {
  const n = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return [
        {
          n,
          text: toString(node)
            .replace(/\s*\n\s*/g, ' ')
            .trim(),
        },
      ];
    case 'list':
      return node.children.flatMap((item) => ({
        n: item.position?.start.line ?? n,
        text: toString(item)
          .replace(/\s*\n\s*/g, ' ')
          .trim(),
      }));
    case 'blockquote':
      return node.children.flatMap(blockLines);
    case 'html':
    case 'code':
      // Raw HTML and code are kept as text; the site escapes them.
      return node.value.split('\n').map((text, i) => ({ n: n + i, text }));
    default:
      return [];
  }
}

/** Reduces a Markdown body to its blocks' plain text, one line per block, keeping source line numbers. */
export function markdownToLines(markdown: string): SourceLine[] {
  const tree = processor.parse(markdown);
  return tree.children.flatMap(blockLines).filter((l) => l.text !== '');
}
