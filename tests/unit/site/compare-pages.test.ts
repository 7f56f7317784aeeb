/** Ranking the comparison lists, so /compare/ shows the differences most sentences give first. */
import { describe, expect, it } from 'vitest';
import { rankDateDifferences } from '../../../src/site/compare-pages.ts';

describe('date differences', () => {
  it('ranks date differences by the sentences that give them, keeping the engine’s order on ties', () => {
    const claim = (n: number) => ({
      eventId: 'e',
      start: '2023-01-01',
      end: '2023-01-01',
      precision: 'day' as const,
      sources: Array.from({ length: n }, () => ({ slug: 'a', anchor: 'p-1', quote: 'q', expression: 'x' })),
    });
    const diff = (id: string, n: number) => ({
      id,
      kind: 'conflict' as const,
      acts: ['withdrawal'],
      claims: [claim(n), claim(1)],
    });
    expect(rankDateDifferences([diff('a', 1), diff('b', 3), diff('c', 1)]).map((d) => d.id)).toEqual(['b', 'a', 'c']);
  });
});
