/** Source lines: what they name is a credit; a feed's source line may also carry a date. */
import { describe, expect, it } from 'vitest';
import { matchSourceLine, sourceLineReader } from '../../../../../src/engine/article/readers/furniture/source-line.ts';
import { furnitureTake } from '../helpers.ts';

describe('matchSourceLine', () => {
  it.each([
    ['CULLED FROM The Daily Meridian', ['The Daily Meridian']],
    ['Source: Harbour Post', ['Harbour Post']],
    ['Source: Xinhua| 2023-06-08 21:04:17|Editor: desk', ['Xinhua']],
    // Fields set apart by middle dots.
    ['Fuente: Agencia EFE · 16/10/2024 · 12:31', ['EFE']],
    // An agency's acronym in brackets after its full name.
    ['Source: Kenya News Agency (KNA)', ['KNA']],
    ['(Source: Harbour Post)', ['Harbour Post']],
    ['Courtesy of Agence France-Presse and Lakeside Radio', ['AFP', 'Lakeside Radio']],
    ['来源：Xinhua', ['Xinhua']],
    // A name in a script without capitals is read only where it is an agency the list knows.
    ['来源：新华社', ['Xinhua']],
    ['المصدر: الوكالة الوطنية للإعلام', ['NNA']],
    ['来源：本报', null],
    ['Sources said the talks had failed.', null],
  ])('%s → %j', (line, expected) => expect(matchSourceLine(line)).toEqual(expected));
});

describe('sourceLineReader', () => {
  it.each<[string, string | null, object]>([
    [
      'Source: Harbour Post',
      'source-line',
      { credits: [{ name: 'Harbour Post', quote: 'The source line “Source: Harbour Post” on line 5.', anchor: '' }] },
    ],
    [
      'Source: Xinhua| 2023-06-08 21:04:17|Editor: desk',
      'source-line',
      {
        credits: [{ name: 'Xinhua' }],
        stamp: { line: 5, verb: 'date', stamp: { date: '2023-06-08' }, phrase: '2023-06-08 21:04:17' },
      },
    ],
    // A sentence of the body that opens like a source line is the body's.
    [
      'Source: officials at the harbour authority said on Monday that the quay would reopen before the summer season.',
      null,
      { credits: [] },
    ],
    // The site's own desk named as the source credits no one.
    ['Kaynak: Haber Merkezi', 'source-line', { credits: [] }],
  ])('%s → %s', (line, kind, yields) => {
    const { kind: taken, found } = furnitureTake(sourceLineReader, line);
    expect(taken).toBe(kind);
    expect(found).toMatchObject(yields);
  });
});
