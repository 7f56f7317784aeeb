/** The `About the author` heading. */
import { describe, expect, it } from 'vitest';
import { authorBioHeadingReader } from '../../../../../src/engine/article/readers/furniture/author-bio-heading.ts';
import { furnitureTake } from '../helpers.ts';

describe('authorBioHeadingReader', () => {
  it.each<[string, string | null]>([
    ['About the author', 'author-bio'],
    ['ABOUT THIS AUTHOR', 'author-bio'],
    ['**Author bio**', 'author-bio'],
    ['About the authors of the harbour plan', null],
  ])('%s → %s', (line, kind) => {
    const { kind: taken, zone } = furnitureTake(authorBioHeadingReader, line);
    expect(taken).toBe(kind);
    expect(zone.afterAboutHeading).toBe(kind !== null);
  });
});
