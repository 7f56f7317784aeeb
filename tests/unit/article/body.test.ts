/** The body: paragraphs and subheadings with stable anchors, and the sentence every article needs. */
import { describe, expect, it } from 'vitest';
import { bodyBlocks, isSubheading, requireSentence } from '../../../src/engine/article/body.ts';
import { SeedError } from '../../../src/engine/read/errors.ts';

describe('isSubheading', () => {
  it.each([
    ['What happens next', true],
    ['The vote passed.', false],
    ['and then, in the end,', false],
  ])('%s → %s', (line, expected) => expect(isSubheading(line)).toBe(expected));
});

describe('bodyBlocks', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ n: i + 10, text }));
  it('makes a heading-like line followed by more text a subheading, every other line a paragraph', () => {
    const body = bodyBlocks(
      lines([
        'The quay reopened on Tuesday after repairs.',
        'What happens next',
        'Inspectors finish the southern berth next.',
        'What happens next',
        'The ferries return in May.',
        'Closing line',
      ]),
    );
    expect(body.blocks.map((b) => [b.type, b.anchor, b.line])).toEqual([
      ['paragraph', 'p-1', 10],
      ['subheading', 's-what-happens-next', 11],
      ['paragraph', 'p-2', 12],
      ['subheading', 's-what-happens-next-2', 13],
      ['paragraph', 'p-3', 14],
      ['paragraph', 'p-4', 15],
    ]);
    expect(body.paragraphs[0]!.sentences.map((s) => s.text)).toEqual(['The quay reopened on Tuesday after repairs.']);
  });

  it('stops a seed with no sentence of four words or more', () => {
    expect(() => requireSentence('t.txt', bodyBlocks(lines(['Port Reopens', 'Quay open.'])), 3)).toThrow(SeedError);
    expect(() => requireSentence('t.txt', bodyBlocks(lines(['Port Reopens', 'Quay open.'])), 3)).toThrow(/t\.txt:3/);
    expect(() => requireSentence('t.txt', bodyBlocks(lines(['The quay is open again.'])), 3)).not.toThrow();
  });
});
