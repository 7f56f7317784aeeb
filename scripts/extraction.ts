/** One seed file as `npm run extract` prints it: the fields the build reads from it, through the build's own parser. */
import { basename } from 'node:path';
import { parseArticle } from '../src/engine/article/parse.ts';
import { SeedError } from '../src/engine/read/errors.ts';

/** What `npm run extract` prints for a file the engine reads. */
export interface ExtractedRecord {
  /** The file as given on the command line. */
  file: string;
  /** The title, stated or derived. */
  title: string;
  /** The writer, or null. */
  author: string | null;
  /** The outlet, or null. */
  publisher: string | null;
  /** The publication day (YYYY-MM-DD), or null. */
  published: string | null;
  /** BCP 47 language code, or null. */
  language: string | null;
  /** The original's address, or null. */
  url: string | null;
  /** The body: paragraphs separated by blank lines. */
  text: string;
}

/** Parses one file as the build does; a file the build would reject gives `{file, error}` with the build's message. */
export function extractRecord(file: string, bytes: Uint8Array): ExtractedRecord | { file: string; error: string } {
  try {
    const a = parseArticle({ file: basename(file), bytes });
    return {
      file,
      title: a.title,
      author: a.author,
      publisher: a.publisher,
      published: a.published.date,
      language: a.language,
      url: a.url,
      text: a.blocks.map((b) => b.text).join('\n\n'),
    };
  } catch (error) {
    if (error instanceof SeedError) return { file, error: error.message };
    throw error;
  }
}
