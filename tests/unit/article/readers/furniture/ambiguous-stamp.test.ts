/** Numeric dates near the top that read two ways: no day is stated, only the two it can be. */
import { describe, expect, it } from 'vitest';
import { ambiguousStampReader } from '../../../../../src/engine/article/readers/furniture/ambiguous-stamp.ts';
import { furnitureTake } from '../helpers.ts';

describe('ambiguousStampReader', () => {
  it.each<[string, boolean, string | null, [string, string] | null]>([
    ['09/10/2022', true, 'stamp', ['2022-09-10', '2022-10-09']],
    ['Posted 04/03/2024 by the desk', true, 'stamp', ['2024-03-04', '2024-04-03']],
    // Below the top of the page it is left alone.
    ['09/10/2022', false, null, null],
    // A date that reads one way only is the stamp reader's.
    ['23/08/2022', true, null, null],
    ['04/04/2024', true, null, null],
  ])('%s (top: %s) → %s', (line, top, kind, days) => {
    const { kind: taken, found } = furnitureTake(ambiguousStampReader, line, { top });
    expect(taken).toBe(kind);
    expect(found.ambiguous?.days ?? null).toEqual(days);
  });
});

describe('ambiguousStampReader: a month named differently by two languages', () => {
  it.each<[string, boolean, string | null, string | null]>([
    // `lis` is October in Croatian and November in Czech: a stamp, its day left to the page's language.
    ['🕔09:30, 21.lis 2024', true, 'stamp', '🕔09:30, 21.lis 2024'],
    ['21. listopada 2024.', true, 'stamp', '21. listopada 2024.'],
    // No year: no stamp of its own.
    ['21. listopada', true, null, null],
    // A month only one language names so is the stamp reader's.
    ['21. října 2024', true, null, null],
    ['21.lis 2024', false, null, null],
  ])('%s (top: %s) → %s', (line, top, kind, text) => {
    const { kind: taken, found } = furnitureTake(ambiguousStampReader, line, { top });
    expect(taken).toBe(kind);
    expect(found.ambiguousMonth?.text ?? null).toEqual(text);
  });
});
