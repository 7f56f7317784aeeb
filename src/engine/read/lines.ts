/** A seed's body as numbered lines: plain text split at line breaks, Markdown reduced to one line per block. */
import { markdownToLines } from './markdown.ts';

/** A line of a seed with its 1-based line number in the file. */
export interface SourceLine {
  /** The line number in the file (for Markdown, where the block starts). */
  n: number;
  /** The line's text (for Markdown, the block's plain text on one line). */
  text: string;
}

/** True for a seed read as Markdown rather than plain text. */
export function isMarkdownFile(file: string): boolean {
  return /\.md$/i.test(file);
}

/** The body's lines, numbered as in the file: `lineOffset` lines of front matter stand above the body. */
export function seedLines(file: string, body: string, lineOffset: number): SourceLine[] {
  return isMarkdownFile(file)
    ? markdownToLines(body).map((l) => ({ n: l.n + lineOffset, text: l.text }))
    : body.split('\n').map((text, i) => ({ n: i + 1 + lineOffset, text }));
}
