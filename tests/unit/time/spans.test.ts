/** Where an expression sits: the word that introduces it, overlaps, and order. */
import { describe, expect, it } from 'vitest';
import { byPosition, overlapsAny, withLead } from '../../../src/engine/time/spans.ts';
import type { TemporalExpression } from '../../../src/engine/time/types.ts';

describe('withLead', () => {
  it.each([
    {
      sentence: 'The bank closed as of Friday.',
      at: 'Friday',
      span: { text: 'as of Friday', index: 16, lead: 'as of' },
    },
    {
      sentence: 'Repay it no later than June.',
      at: 'June',
      span: { text: 'no later than June', index: 9, lead: 'no later than' },
    },
    { sentence: 'Friday was calm.', at: 'Friday', span: { text: 'Friday', index: 0, lead: null } },
    { sentence: 'The vote, Friday, was calm.', at: 'Friday', span: { text: 'Friday', index: 10, lead: null } },
  ])('“$at” in “$sentence” → “$span.text”', ({ sentence, at, span }) => {
    expect(withLead(sentence, sentence.indexOf(at), at)).toEqual(span);
  });

  it('takes the lead from the expression itself when chrono read it in', () => {
    expect(withLead('It fell In March.', 8, 'In March')).toEqual({ text: 'In March', index: 8, lead: 'in' });
  });
});

describe('overlapsAny and byPosition', () => {
  const found: TemporalExpression[] = [{ kind: 'year', year: 2020, text: 'in 2020', index: 10, lead: 'in' }];

  it.each([
    [0, 10, false],
    [5, 6, true],
    [16, 4, true],
    [17, 4, false],
  ])('a span at %i of %i characters overlaps “in 2020” at 10: %s', (index, length, overlaps) => {
    expect(overlapsAny(found, index, length)).toBe(overlaps);
  });

  it('orders expressions by offset, keeping ties in the order found', () => {
    const a = { ...found[0]!, index: 5, text: 'a' };
    const b = { ...found[0]!, index: 1, text: 'b' };
    const c = { ...found[0]!, index: 5, text: 'c' };
    expect([a, b, c].sort(byPosition).map((e) => e.text)).toEqual(['b', 'a', 'c']);
  });
});
