/** Passages: the sentences of an article's paragraphs, each with the temporal expressions it holds. */
import { describe, expect, it } from 'vitest';
import { readPassages } from '../../../src/engine/timeline/passages.ts';

describe('readPassages', () => {
  it('splits paragraphs into sentences and gives each its expressions, offsets within the sentence', () => {
    expect(
      readPassages([
        {
          type: 'paragraph',
          text: 'The pier reopened on Tuesday. Crews had waited since March 2023 for the repairs.',
          anchor: 'p-1',
          line: 1,
        },
        { type: 'subheading', text: 'On Monday', anchor: 's-on-monday', line: 2 },
      ]),
    ).toEqual([
      {
        anchor: 'p-1',
        sentence: 'The pier reopened on Tuesday.',
        expressions: [{ kind: 'weekday', weekday: 2, text: 'on Tuesday', index: 18, lead: 'on' }],
      },
      {
        anchor: 'p-1',
        sentence: 'Crews had waited since March 2023 for the repairs.',
        expressions: [{ kind: 'month', year: 2023, month: 3, text: 'since March 2023', index: 17, lead: 'since' }],
      },
    ]);
  });
});
