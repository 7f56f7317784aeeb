/** Decoding a seed's bytes: UTF-8 text, or an error naming the line at fault. */
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../../src/engine/read/decode.ts';
import { SeedError } from '../../../src/engine/read/errors.ts';

const seed = (bytes: number[] | string) => ({
  file: 'seed.txt',
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes),
});

describe('decodeSeed', () => {
  it.each([
    ['plain UTF-8', seed('Quay reopens.\nFerries return.'), 'Quay reopens.\nFerries return.', []],
    [
      'a byte-order mark, dropped',
      seed([0xef, 0xbb, 0xbf, 0x51]),
      'Q',
      ['Starts with a UTF-8 byte-order mark; it was ignored.'],
    ],
    [
      'Windows line endings',
      seed('A\r\nB'),
      'A\r\nB',
      ['Uses Windows (CRLF) line endings; they were read as line breaks.'],
    ],
    [
      'old Mac line endings',
      seed('A\rB'),
      'A\rB',
      ['Uses lone carriage returns (old Mac line endings); they were read as line breaks.'],
    ],
  ])('%s', (_, input, text, warnings) => {
    const decoded = decodeSeed(input);
    expect(decoded.text).toBe(text);
    expect(decoded.warnings.map((w) => w.message)).toEqual(warnings);
  });

  it.each([
    ['a NUL byte, on its line', seed([0x41, 0x0a, 0x42, 0x00]), /seed\.txt:2: holds a NUL byte at byte 3/],
    ['invalid UTF-8, on its line', seed([0x41, 0x0a, 0x0a, 0xff]), /seed\.txt:3: is not valid UTF-8/],
  ])('rejects %s', (_, input, message) => {
    expect(() => decodeSeed(input)).toThrow(SeedError);
    expect(() => decodeSeed(input)).toThrow(message);
  });

  it('rejects a seed over the size limit', () => {
    expect(() => decodeSeed(seed('x'.repeat(1_500_000)))).toThrow(/seed\.txt:1: is 1\.5 MB, over the 1\.0 MB limit/);
  });

  it('decodes UTF-16 text with a byte-order mark, little- or big-endian, as some editors save “Unicode” text', () => {
    const text = 'Quay reopens.\r\nCafé owners relieved.';
    const units = [...text].map((c) => c.charCodeAt(0));
    const le = [0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])];
    const be = [0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])];
    for (const bytes of [le, be])
      expect(decodeSeed(seed(bytes))).toEqual({
        text,
        warnings: [
          { line: 1, message: 'Is UTF-16 text with a byte-order mark; it was decoded (UTF-8 is preferred).' },
          { line: null, message: 'Uses Windows (CRLF) line endings; they were read as line breaks.' },
        ],
      });
  });

  it('rejects UTF-16 that breaks off in the middle of a character', () => {
    expect(() => decodeSeed(seed([0xff, 0xfe, 0x41, 0x00, 0x42]))).toThrow(
      /seed\.txt:1: starts with a UTF-16LE byte-order mark/,
    );
  });
});
