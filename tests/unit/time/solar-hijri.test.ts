/** Solar Hijri dates, as Iranian pages stamp them, turned into Gregorian days. */
import { describe, expect, it } from 'vitest';
import { readSolarHijriDate, solarToGregorian } from '../../../src/engine/time/solar-hijri.ts';
import { readStamp } from '../../../src/engine/time/stamps.ts';

describe('solarToGregorian', () => {
  it.each([
    [1403, 1, 1, '2024-03-20'],
    [1403, 2, 8, '2024-04-27'],
    [1402, 10, 15, '2024-01-05'],
    [1403, 12, 30, '2025-03-20'],
  ])('%i/%i/%i is %s', (y, m, d, iso) => expect(solarToGregorian(y, m, d)).toBe(iso));

  it('names no day that the calendar does not have', () => {
    expect(solarToGregorian(1402, 12, 30)).toBeNull();
    expect(solarToGregorian(1403, 13, 1)).toBeNull();
  });
});

describe('a Solar Hijri stamp', () => {
  it('reads the day and the clock time, in Persian digits', () => {
    expect(readSolarHijriDate('شنبه ۸ اردیبهشت ۱۴۰۳ - ۱۱:۴۰')).toBe('2024-04-27');
    expect(readStamp('شنبه ۸ اردیبهشت ۱۴۰۳ - ۱۱:۴۰')).toEqual({ date: '2024-04-27', time: '11:40', timezone: null });
  });
  it('reads nothing into a Gregorian date or a number alone', () => {
    expect(readSolarHijriDate('۱۲ مارس ۲۰۲۴')).toBeNull();
    expect(readStamp('1403 members')).toBeNull();
  });
});
