/** SVG coordinates written to one decimal. */
import { describe, expect, it } from 'vitest';
import { round1 } from '../../../../src/site/svg/numbers.ts';

describe('round1', () => {
  it('keeps one decimal, halves rounding up', () => {
    expect([round1(12.34), round1(12.25), round1(-3.06), round1(7)]).toEqual([12.3, 12.3, -3.1, 7]);
  });
});
