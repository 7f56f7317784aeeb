/** One seed read as text: decoded, its front matter taken off, its body split into numbered lines. */
import type { FrontMatter, RemovedLine, Warning } from '../schema/article.ts';
import { decodeSeed, type SeedInput } from './decode.ts';
import { SeedError } from './errors.ts';
import { readFrontMatter } from './front-matter.ts';
import { isMarkdownFile, seedLines, type SourceLine } from './lines.ts';
import { markupWarnings } from './warnings.ts';
import type { PageMetadata } from './html/metadata.ts';

/** What a saved web page states about itself, with the encoding it was read in and whether it is a paywall stub. */
export type SeedPage = PageMetadata & { encoding: string; paywalled: boolean };

/** A seed as the article stage receives it. */
export interface SeedText {
  /** The seed's file name. */
  file: string;
  /** The text as received (decoded, line endings untouched). */
  original: string;
  /** The front matter's keys; empty when there is none. */
  frontMatter: FrontMatter;
  /** The body's lines, blank ones included, numbered as in the file. */
  lines: SourceLine[];
  /** The front-matter lines, recorded as removed. */
  removed: RemovedLine[];
  /** Problems found while reading that did not stop it. */
  warnings: Warning[];
  /** For a saved web page: its metadata (the lines are then the extracted text). */
  page?: SeedPage;
}

/** Reads one seed's bytes as text; throws `SeedError` for binary, invalid UTF-8, empty input or broken front matter. */
export function readSeedText(input: SeedInput, maxBytes?: number): SeedText {
  const { file } = input;
  const decoded = decodeSeed(input, maxBytes);
  const unified = decoded.text.replace(/\r\n?/g, '\n');
  if (!unified.trim())
    throw new SeedError(
      file,
      1,
      'is empty or holds only white space.',
      'put the article text in the file, or delete it.',
    );
  const fm = readFrontMatter(file, unified);
  const lines = seedLines(file, fm.body, fm.lineOffset);
  return {
    file,
    original: decoded.text,
    frontMatter: fm.data,
    lines,
    removed: fm.removed,
    warnings: [...decoded.warnings, ...fm.warnings, ...markupWarnings(file, lines, isMarkdownFile(file))],
  };
}
