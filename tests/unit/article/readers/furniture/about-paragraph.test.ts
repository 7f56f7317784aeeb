/** The paragraph under an `About …` heading. */
import { describe, expect, it } from 'vitest';
import { aboutParagraphReader } from '../../../../../src/engine/article/readers/furniture/about-paragraph.ts';
import { furnitureTake } from '../helpers.ts';

const BIO = 'Ana Lima has covered ports and shipping for the paper since the harbour was rebuilt.';

describe('aboutParagraphReader', () => {
  it.each<[string, boolean, string | null]>([
    [BIO, true, 'author-bio'],
    // Nine words or more will do, sentence or not.
    ['Harbour engineer, ferry captain, and writer on the coast', true, 'author-bio'],
    // A short line under the heading is left to the other readers.
    ['Ana Lima', true, null],
    // Without a heading above, nothing is taken.
    [BIO, false, null],
  ])('%s (after a heading: %s) → %s', (line, afterAboutHeading, kind) => {
    const { kind: taken, zone } = furnitureTake(aboutParagraphReader, line, { afterAboutHeading });
    expect(taken).toBe(kind);
    expect(zone.afterAboutHeading).toBe(false);
  });
});
