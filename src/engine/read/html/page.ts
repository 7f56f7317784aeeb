/** A saved web page as a seed: its bytes decoded, its article text extracted, its metadata kept beside the lines. */
import { SeedError } from '../errors.ts';
import type { SeedInput } from '../decode.ts';
import type { SeedText } from '../seed.ts';
import { decodePage } from './charset.ts';
import { extractPage } from './extract.ts';

/** The largest saved page read, in bytes: pages carry their scripts and styles, so they run larger than text. */
export const MAX_PAGE_BYTES = 5_000_000;

/** True for a seed read as a saved web page. */
export function isHtmlFile(file: string): boolean {
  return /\.html?$/i.test(file);
}

/** Reads a saved page; its extracted paragraphs become the numbered lines, one blank line apart. */
export function readHtmlSeed(input: SeedInput, maxBytes = MAX_PAGE_BYTES): SeedText {
  const { file, bytes } = input;
  if (bytes.length > maxBytes)
    throw new SeedError(
      file,
      1,
      `is ${(bytes.length / 1_000_000).toFixed(1)} MB, over the ${(maxBytes / 1_000_000).toFixed(1)} MB limit for one saved page.`,
      'save the page without its images and media (“HTML only”), or raise the limit.',
    );
  const decoded = decodePage(bytes);
  const page = extractPage(decoded.text);
  if (page.paragraphs.length === 0)
    throw new SeedError(
      file,
      null,
      'is a web page with no article text that could be extracted.',
      'save the article’s own page (not an index or a login page), or copy its text into a .txt seed.',
    );
  const text = page.paragraphs.join('\n\n');
  const words = text.split(/\s+/).filter(Boolean).length;
  const warnings = [
    ...decoded.warnings,
    ...page.metadata.notes.map((message) => ({ line: null, message })),
    ...(page.paywalled
      ? [
          {
            line: null,
            message: `Looks like a paywall stub: the page says it is for subscribers and gives only ${words} words.`,
          },
        ]
      : []),
    ...(page.fallback
      ? [{ line: null, message: 'Readability found no article in the page; all of the page’s text was read instead.' }]
      : []),
  ];
  return {
    file,
    original: text,
    frontMatter: {},
    lines: text.split('\n').map((t, i) => ({ n: i + 1, text: t })),
    removed: [],
    warnings,
    page: { ...page.metadata, encoding: decoded.encoding, paywalled: page.paywalled },
  };
}
