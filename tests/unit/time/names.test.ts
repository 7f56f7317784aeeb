/** English month and weekday names: exactly the strings the site prints, in calendar order. */
import { describe, expect, it } from 'vitest';
import {
  EXTRA_MONTH_SPELLINGS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAMES,
} from '../../../src/engine/time/names.ts';

describe('names', () => {
  it('months run January to December, so index = getMonth()', () => {
    expect(MONTH_NAMES).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
    expect(MONTH_ABBREVIATIONS).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
  });

  it('weekdays run Sunday to Saturday, so index = getDay()', () => {
    expect(WEEKDAY_NAMES).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    expect(WEEKDAY_ABBREVIATIONS).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
  });

  it('lists the other month spellings a sentence may hold', () => {
    expect(EXTRA_MONTH_SPELLINGS).toEqual(['sept', 'sepember']);
  });
});
