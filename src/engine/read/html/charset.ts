/**
 * A saved web page's bytes as text. The encoding is found the way a browser finds it for a file on disk: a
 * byte-order mark first, then a `<meta charset>` or `http-equiv` declaration in the first 1,024 bytes, else UTF-8
 * (with windows-1252 as the fallback when the bytes are not UTF-8, as browsers do for old pages).
 */
import type { Warning } from '../../schema/article.ts';

/** The page's text and the encoding it was decoded from. */
export interface DecodedPage {
  /** The page as text, without a byte-order mark. */
  text: string;
  /** The WHATWG name of the encoding used (`utf-8`, `windows-1252`, …). */
  encoding: string;
  /** How the encoding was found. */
  basis: 'byte-order mark' | 'meta charset' | 'http-equiv' | 'default' | 'fallback';
  /** Problems that did not stop the reading. */
  warnings: Warning[];
}

/** The encoding a byte-order mark names, and its length; null without one. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset a `<meta>` in the page's first 1,024 bytes declares, and how; null when none does. */
export function declaredCharset(bytes: Uint8Array): { label: string; how: 'meta charset' | 'http-equiv' } | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (!direct) continue;
    const how = /http-equiv\s*=\s*["']?\s*content-type/i.test(meta) ? 'http-equiv' : 'meta charset';
    return { label: direct[1]!.toLowerCase(), how };
  }
  return null;
}

/** A TextDecoder for a label, or null when the label names no encoding the platform knows. */
function decoderFor(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: true });
  } catch {
    return null;
  }
}

/** Decodes a saved page's bytes with the encoding it declares. */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const bom = bomEncoding(bytes);
  if (bom)
    return {
      text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)),
      encoding: bom.encoding,
      basis: 'byte-order mark',
      warnings: [],
    };
  const warnings: Warning[] = [];
  const declared = declaredCharset(bytes);
  // A page that says UTF-16 in ASCII bytes cannot be UTF-16; browsers read it as UTF-8.
  const label = declared && !/^utf-?16/.test(declared.label) ? declared.label : null;
  const decoder = label ? decoderFor(label) : null;
  if (declared && !decoder)
    warnings.push({ line: null, message: `Declares the unknown charset “${declared.label}”; it was read as UTF-8.` });
  if (decoder && label && decoder.encoding !== 'utf-8')
    return { text: decoder.decode(bytes), encoding: decoder.encoding, basis: declared!.how, warnings };
  try {
    const text = decoderFor('utf-8', true)!.decode(bytes);
    return { text, encoding: 'utf-8', basis: decoder ? declared!.how : 'default', warnings };
  } catch {
    warnings.push({
      line: null,
      message: 'Is not valid UTF-8 and declares no other charset; it was read as windows-1252, as browsers do.',
    });
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      basis: 'fallback',
      warnings,
    };
  }
}
