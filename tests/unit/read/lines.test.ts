/** A seed's body as numbered lines, for plain text and for Markdown. */
import { describe, expect, it } from 'vitest';
import { isMarkdownFile, seedLines } from '../../../src/engine/read/lines.ts';

describe('seedLines', () => {
  it('numbers plain-text lines as in the file, after the front matter', () => {
    expect(seedLines('s.txt', 'Headline\n\nThe quay reopened.', 3)).toEqual([
      { n: 4, text: 'Headline' },
      { n: 5, text: '' },
      { n: 6, text: 'The quay reopened.' },
    ]);
  });

  it('reduces Markdown to one line per block, numbered where the block starts', () => {
    expect(seedLines('s.md', '# Quay **Reopens**\n\nThe quay\nreopened.\n\n- Ferries\n- Cranes\n', 0)).toEqual([
      { n: 1, text: 'Quay Reopens' },
      { n: 3, text: 'The quay reopened.' },
      { n: 6, text: 'Ferries' },
      { n: 7, text: 'Cranes' },
    ]);
  });

  it.each([
    ['s.md', true],
    ['S.MD', true],
    ['s.txt', false],
  ])('%s is Markdown: %s', (file, expected) => expect(isMarkdownFile(file)).toBe(expected));
});
