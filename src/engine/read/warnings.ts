/** Warnings about how a seed is written that do not stop it from being read: markup in the text, an odd file name. */
import type { Warning } from '../schema/article.ts';
import type { SourceLine } from './lines.ts';

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
const MARKDOWN_SYNTAX = /^\s{0,3}#{1,6}\s|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\n]+\)|^\s{0,3}[-*]\s+\S/m;

/** Warns about markup inside the text: it is shown as text, never rendered or run. */
export function markupWarnings(file: string, lines: readonly SourceLine[], isMarkdown: boolean): Warning[] {
  const out: Warning[] = [];
  const html = lines.find((l) => HTML_TAG.test(l.text));
  if (html)
    out.push({
      line: html.n,
      message: `Contains HTML markup (${HTML_TAG.exec(html.text)![0].slice(0, 40)}); it is shown as text and never run.`,
    });
  if (!isMarkdown) {
    const md = lines.find((l) => MARKDOWN_SYNTAX.test(l.text));
    if (md)
      out.push({
        line: md.n,
        message: `Contains Markdown syntax in a .txt file; it is shown as plain text. Rename ${file} to .md to have it read as Markdown.`,
      });
  }
  return out;
}

/** Warns about a file name with spaces or non-ASCII characters: the page address comes from the title instead. */
export function fileNameWarnings(file: string): Warning[] {
  if (!/[^\x21-\x7e]/.test(file)) return [];
  return [
    {
      line: null,
      message:
        'The file name has spaces or non-ASCII characters; it is kept as it is, and the page address comes from the title.',
    },
  ];
}
