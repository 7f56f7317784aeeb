/** Kickers: a section name above the headline. */
import { describe, expect, it } from 'vitest';
import { isKicker, kickerReader } from '../../../../../src/engine/article/readers/header/kicker.ts';
import { findings, headerTake } from '../helpers.ts';

describe('isKicker', () => {
  it.each([
    ['Transport', true],
    ['Middle East', true],
    ['Port Reopens After Three Weeks', false],
    ['Breaking.', false],
    // A section and its subsection: the separator is no word.
    ['Courts & Crime', true],
    ['Baloncesto | Liga Oro', true],
    // In a script without capitals, one or two words; Chinese and Japanese write a headline without spaces.
    ['اقتصاد', true],
    ['افتتاح سوق جديد للمزارعين في المنطقة', false],
    ['赞比亚矿井坍塌', false],
  ])('%s → %s', (line, expected) => expect(isKicker(line)).toBe(expected));
});

describe('kickerReader', () => {
  it.each<[string, { others?: string[]; above?: number }, string | null]>([
    ['Transport', { others: ['Port Reopens After Repairs'] }, 'kicker'],
    // A kicker needs a line below it that can be the headline.
    ['Transport', { others: ['By Ana Lima', 'Published: March 4, 2021'] }, null],
    ['Transport', { others: ['Port Reopens After Repairs'], above: 1 }, null],
    ['Port Reopens After Three Weeks', { others: ['By Ana Lima'] }, null],
  ])('%s %j → %s', (line, where, kind) => {
    const { kind: taken, found } = headerTake(kickerReader, line, where);
    expect(taken).toBe(kind);
    expect(found.kicker).toEqual(kind ? { n: 2 + (where.above ?? 0), text: line } : null);
  });

  it('takes no kicker once there is a headline or a kicker', () => {
    const others = ['Port Reopens After Repairs'];
    const headline = findings({ headline: { n: 1, text: 'Port Reopens' } });
    expect(headerTake(kickerReader, 'Transport', { others, found: headline }).kind).toBeNull();
    const kicker = findings({ kicker: { n: 1, text: 'Harbour' } });
    expect(headerTake(kickerReader, 'Transport', { others, found: kicker }).kind).toBeNull();
  });
});
