/** The headline: the first header line left that is not as short as a kicker. */
import { describe, expect, it } from 'vitest';
import { headlineReader } from '../../../../../src/engine/article/readers/header/headline.ts';
import { findings, headerTake } from '../helpers.ts';

describe('headlineReader', () => {
  it.each<[string, string | null]>([
    ['Port Reopens After Repairs', 'headline'],
    ['# Ferries return to the northern quay', 'headline'],
    ['Transport', null],
  ])('%s → %s', (line, kind) => {
    const { kind: taken, found } = headerTake(headlineReader, line);
    expect(taken).toBe(kind);
    expect(found.headline).toEqual(kind ? { n: 2, text: line } : null);
  });

  it('takes only the first headline', () => {
    const found = findings({ headline: { n: 1, text: 'Port Reopens' } });
    expect(headerTake(headlineReader, 'Ferries return to the northern quay', { found }).kind).toBeNull();
  });
});
