/** Names as whole words: not inside a longer word or a hyphenated name, whatever characters the name holds. */
import { describe, expect, it } from 'vitest';
import { wholeNames } from '../../../src/engine/compare/whole-names.ts';

describe('wholeNames', () => {
  it('finds “Mali” and “Mali’s”, not “Somalia”, “Mali-based” or “MALI”', () => {
    const text = 'Mali and Somalia, Mali-based crews, and MALI. Mali’s army';
    expect([...text.matchAll(wholeNames(['Mali']))].map((m) => m.index)).toEqual([0, 46]);
  });

  it('takes the longest name first when listed first, and a name’s dots and brackets as written', () => {
    const re = wholeNames(['Guinea-Bissau', 'Guinea', 'St. Kitts (island)']);
    expect('Guinea-Bissau and Guinea'.match(re)).toEqual(['Guinea-Bissau', 'Guinea']);
    expect('St. Kitts (island) or StX Kitts (island)'.match(re)).toEqual(['St. Kitts (island)']);
  });
});
