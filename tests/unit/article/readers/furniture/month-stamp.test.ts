/** A stamp that gives only a month and a year, in any language whose month names the runtime knows. */
import { describe, expect, it } from 'vitest';
import {
  matchIssueLine,
  matchMonthStamp,
  monthStampReader,
} from '../../../../../src/engine/article/readers/furniture/month-stamp.ts';
import { furnitureTake } from '../helpers.ts';

describe('matchMonthStamp', () => {
  it.each<[string, { year: number; month: number } | null]>([
    ['März 2024', { year: 2024, month: 3 }],
    ['March 2024', { year: 2024, month: 3 }],
    ['novembre 2023', { year: 2023, month: 11 }],
    ['Octubre de 2022', { year: 2022, month: 10 }],
    ['Dezembro de 2021', { year: 2021, month: 12 }],
    ['يناير 2025', { year: 2025, month: 1 }],
    // A monthly issue's words around its month.
    ['April 2024 issue', { year: 2024, month: 4 }],
    ['Edição de maio de 2022', { year: 2022, month: 5 }],
    ['Ausgabe November 2021', { year: 2021, month: 11 }],
    // The month elided into its preposition.
    ["Édition d'avril 2024", { year: 2024, month: 4 }],
    // Not a month: a place and a year, a sentence.
    ['Berlin 2024', null],
    ['Im März 2024 wurde gebaut', null],
  ])('%s → %j', (line, expected) => {
    expect(matchMonthStamp(line)).toEqual(expected);
  });
});

describe('matchIssueLine', () => {
  it.each<[string, { year: number; month: number; toMonth: number } | null]>([
    ['La Gazette du Val n° 12 – juillet-août-septembre 2024', { year: 2024, month: 7, toMonth: 9 }],
    ['Anno VII – n. 5 – maggio 2023', { year: 2023, month: 5, toMonth: 5 }],
    ['Gemeindeblatt Nr. 4 - April/Mai 2025', { year: 2025, month: 4, toMonth: 5 }],
    // A season's issue: its three months; a winter issue runs into the next year and is left undated.
    ['Anno IV – n. 2 – Estate 2024', { year: 2024, month: 6, toMonth: 8 }],
    ['Newsletter No. 7 – Autumn 2022', { year: 2022, month: 9, toMonth: 11 }],
    ['Bulletin n° 4 – Hiver 2024', null],
    // No issue number, months out of order, or a sentence.
    ['La Gazette du Val – juillet 2024', null],
    ['Bulletin n° 3 – décembre-janvier 2024', null],
    ['Le bulletin n° 3 paraîtra en juin prochain, a dit le maire – juin 2024', null],
  ])('%s → %j', (line, expected) => {
    expect(matchIssueLine(line)).toEqual(expected);
  });
});

describe('monthStampReader', () => {
  it('takes an issue line, with the months it covers', () => {
    const line = 'La Gazette du Val n° 12 – juillet-août-septembre 2024';
    const { kind, found } = furnitureTake(monthStampReader, line, { top: true });
    expect(kind).toBe('stamp');
    expect(found.monthStamp).toMatchObject({ year: 2024, month: 7, toMonth: 9 });
  });

  it('takes a month stamp above the first paragraph', () => {
    const { kind, found } = furnitureTake(monthStampReader, 'Juni 2024', { top: false });
    expect(kind).toBe('stamp');
    expect(found.monthStamp).toEqual({ line: 5, year: 2024, month: 6, phrase: 'Juni 2024' });
  });

  it('leaves one below the body, where it is more likely a heading of an archive list', () => {
    expect(furnitureTake(monthStampReader, 'Juni 2024', { top: false, bodyStarted: true }).kind).toBeNull();
  });
});
