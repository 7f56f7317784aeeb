/** Calendar days as the records write them, and which days exist. */
import { describe, expect, it } from 'vitest';
import { calendarDay, isoDate, isoDay, isRealDate, pad2 } from '../../../src/engine/time/calendar.ts';

describe('pad2', () => {
  it.each([
    [0, '00'],
    [7, '07'],
    [12, '12'],
    [123, '123'],
  ])('%i → %s', (n, written) => {
    expect(pad2(n)).toBe(written);
  });
});

describe('isoDate and isoDay', () => {
  it('writes a day YYYY-MM-DD, the year as given', () => {
    expect(isoDate(2024, 3, 5)).toBe('2024-03-05');
    expect(isoDate('2024', 12, 31)).toBe('2024-12-31');
  });

  it('writes a Date as its local calendar day', () => {
    expect(isoDay(new Date(2023, 0, 9))).toBe('2023-01-09');
    expect(isoDay(calendarDay(2024, 2, 29))).toBe('2024-02-29');
  });
});

describe('calendarDay', () => {
  it('is local midnight of the day, months counted from 1', () => {
    const d = calendarDay(2024, 2, 29);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2024, 1, 29, 0]);
  });
});

describe('isRealDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2023, 4, 31, false],
    [2023, 12, 31, true],
    [2023, 13, 1, false],
    [2023, 1, 0, false],
  ])('%i-%i-%i → %s', (y, m, d, real) => {
    expect(isRealDate(y, m, d)).toBe(real);
  });
});
