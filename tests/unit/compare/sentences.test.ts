/** The sentences the comparisons read: every sentence of every paragraph, with where it is. */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/engine/compare/sentences.ts';

describe('sentencesOf', () => {
  it('gives each paragraph sentence with its article and anchor, and skips subheadings', () => {
    expect(
      sentencesOf({
        slug: 's',
        blocks: [
          { type: 'paragraph', text: 'One thing. Another thing.', anchor: 'p-1', line: 1 },
          { type: 'subheading', text: 'Head', anchor: 's-head', line: 2 },
        ],
      }),
    ).toEqual([
      { slug: 's', anchor: 'p-1', quote: 'One thing.' },
      { slug: 's', anchor: 'p-1', quote: 'Another thing.' },
    ]);
  });
});
