/** How dates are written on the site: a window at its precision, a machine-readable `datetime`, publication windows. */
import { describe, expect, it } from 'vitest';
import {
  formatLongDate,
  formatNumber,
  formatOpenWindow,
  formatPublicationWindow,
  formatShortDate,
  formatWindow,
  machineWindow,
} from '../../../src/site/format.ts';

describe('a date window', () => {
  it.each([
    ['2023-12-31', '2023-12-31', 'day', '31 Dec 2023', '2023-12-31'],
    ['2023-12-04', '2023-12-10', 'week', 'Week of 4 Dec 2023', '2023-W49'],
    ['2023-06-01', '2023-06-30', 'month', 'June 2023', '2023-06'],
    ['2023-06-01', '2023-08-31', 'season', 'Summer 2023 (Jun–Aug 2023)', '2023-06'],
    ['2013-01-01', '2013-12-31', 'year', '2013', '2013'],
  ] as const)('%s to %s at %s precision reads “%s”, datetime %s', (start, end, precision, text, machine) => {
    expect(formatWindow(start, end, precision)).toBe(text);
    expect(machineWindow(start, precision)).toBe(machine);
  });

  it('with only a start reads “From …”', () => {
    expect(formatOpenWindow('2024-01-01', 'day')).toBe('From 1 Jan 2024');
  });
});

describe('a publication date that is not a day', () => {
  it('reads as a window, a bound, or nothing', () => {
    expect(formatPublicationWindow('2026-04-01', '2026-04-09')).toBe('Between 1 Apr 2026 and 9 Apr 2026');
    expect(formatPublicationWindow('2023-12-11', null)).toBe('On or after 11 Dec 2023');
    expect(formatPublicationWindow(null, '2026-04-09')).toBe('On or before 9 Apr 2026');
    expect(formatPublicationWindow(null, null)).toBeNull();
  });
});

describe('days and numbers', () => {
  it('write a day long or short, and a number grouped in thousands', () => {
    expect(formatLongDate('2023-12-31')).toBe('Sunday 31 December 2023');
    expect(formatShortDate('2023-12-31')).toBe('31 Dec 2023');
    expect(formatNumber(10500)).toBe('10,500');
  });
});
