/**
 * A seed's bytes as text: UTF-8, or UTF-16 with a byte-order mark (as some editors save “Unicode” text), with binary,
 * oversized and invalid files rejected at the line at fault.
 */
import type { Warning } from '../schema/article.ts';
import { SeedError } from './errors.ts';

/** One seed file as read from disk. */
export interface SeedInput {
  /** The file name (no directory). */
  file: string;
  /** The raw bytes. */
  bytes: Uint8Array;
}

/** The largest seed read as one article, in bytes; news articles are rarely over 100 KB. */
export const MAX_SEED_BYTES = 1_000_000;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function lineOfOffset(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Decodes a seed's bytes as UTF-8, rejecting binary and invalid input with the line at fault. */
export function decodeSeed(input: SeedInput, maxBytes = MAX_SEED_BYTES): { text: string; warnings: Warning[] } {
  const { file, bytes } = input;
  const warnings: Warning[] = [];
  if (bytes.length > maxBytes) {
    const mb = (bytes.length / 1_000_000).toFixed(1);
    throw new SeedError(
      file,
      1,
      `is ${mb} MB, over the ${(maxBytes / 1_000_000).toFixed(1)} MB limit for one article.`,
      'check that it is one article and not a page or feed dump, and split or trim it; if it really is one article, raise MAX_SEED_BYTES.',
    );
  }
  const utf16 = utf16Text(file, bytes);
  if (utf16 !== null) {
    warnings.push({ line: 1, message: 'Is UTF-16 text with a byte-order mark; it was decoded (UTF-8 is preferred).' });
    return { text: utf16, warnings: [...warnings, ...lineEndingWarnings(utf16)] };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineOfOffset(new TextDecoder().decode(bytes.subarray(0, nul)), nul);
    throw new SeedError(
      file,
      line,
      `holds a NUL byte at byte ${nul}; it is binary, not an article.`,
      'save the article as plain UTF-8 text, or move the file out of seeds/.',
    );
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const bad = lossy.indexOf('\uFFFD');
    throw new SeedError(
      file,
      lineOfOffset(lossy, bad),
      'is not valid UTF-8.',
      're-save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`).',
    );
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push({ line: 1, message: 'Starts with a UTF-8 byte-order mark; it was ignored.' });
  }
  return { text, warnings: [...warnings, ...lineEndingWarnings(text)] };
}

/** Warnings for line endings other than `\n`. */
function lineEndingWarnings(text: string): Warning[] {
  const warnings: Warning[] = [];
  if (/\r(?!\n)/.test(text))
    warnings.push({
      line: null,
      message: 'Uses lone carriage returns (old Mac line endings); they were read as line breaks.',
    });
  if (/\r\n/.test(text))
    warnings.push({ line: null, message: 'Uses Windows (CRLF) line endings; they were read as line breaks.' });
  return warnings;
}

/** The text of a UTF-16 file that starts with its byte-order mark; null for any other file. */
function utf16Text(file: string, bytes: Uint8Array): string | null {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!encoding) return null;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new SeedError(
      file,
      1,
      `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}.`,
      're-save the file as UTF-8.',
    );
  }
}
