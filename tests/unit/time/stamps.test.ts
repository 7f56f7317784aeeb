/** Publication stamps: a full date with any time and zone, in the forms sites print; and numeric dates that read two ways. */
import { describe, expect, it } from 'vitest';
import { ambiguousDay, readStamp } from '../../../src/engine/time/stamps.ts';

describe('readStamp', () => {
  it.each([
    {
      text: 'Published December 11, 2023 at 7:10 pm EST',
      stamp: { date: '2023-12-11', time: '19:10', timezone: 'EST' },
    },
    { text: '2020年11月5日 10時30分', stamp: { date: '2020-11-05', time: '10:30', timezone: null } },
    { text: '23.08.2022 14h05', stamp: { date: '2022-08-23', time: '14:05', timezone: null } },
    { text: '13/05/2024 09:30', stamp: { date: '2024-05-13', time: '09:30', timezone: null } },
    { text: '05/05/2024', stamp: { date: '2024-05-05', time: null, timezone: null } },
    { text: '18 février 2020', stamp: { date: '2020-02-18', time: null, timezone: null } },
    { text: '15 апреля 2021', stamp: { date: '2021-04-15', time: null, timezone: null } },
    { text: '2 نوفمبر 2023', stamp: { date: '2023-11-02', time: null, timezone: null } },
    { text: '12 of March of 2024, 5:30 pm GMT+3', stamp: { date: '2024-03-12', time: '17:30', timezone: 'GMT+3' } },
    { text: 'Sept. 4th, 2024', stamp: { date: '2024-09-04', time: null, timezone: null } },
    { text: '2024-03-05 and 04/03/2024', stamp: { date: '2024-03-05', time: null, timezone: null } },
    { text: '04/03/2024', stamp: null },
    { text: 'Updated 2024', stamp: null },
    { text: 'No year here', stamp: null },
  ])('“$text”', ({ text, stamp }) => {
    expect(readStamp(text)).toEqual(stamp);
  });

  it('reads a slashed date day first when the caller knows the site writes it so', () => {
    expect(readStamp('04/03/2024', true)).toEqual({ date: '2024-03-04', time: null, timezone: null });
  });
});

describe('ambiguousDay', () => {
  it.each([
    ['09/10/2022', ['2022-09-10', '2022-10-09']],
    ['on 3/4/2021 at noon', ['2021-03-04', '2021-04-03']],
    ['13/10/2022', null],
    ['10/10/2022', null],
    ['1.3/4/2021', null],
    ['00/04/2021', null],
    // Dashes as slashes: `12-05-2024` is 12 May in most of the world and 5 December in a few places.
    ['12-05-2024 14:09', ['2024-05-12', '2024-12-05']],
    ['12-05/2024', null],
  ])('“%s” → %j', (text, days) => {
    expect(ambiguousDay(text)).toEqual(days);
  });

  it('leaves a dashed date that reads two ways unread unless the day comes first, and reads one that cannot', () => {
    expect(readStamp('12-05-2024 14:09')).toBeNull();
    expect(readStamp('12-05-2024 14:09', true)).toMatchObject({ date: '2024-05-12', time: '14:09' });
    expect(readStamp('25-05-2024')).toMatchObject({ date: '2024-05-25' });
    expect(readStamp('2024-09-02 09:14')).toMatchObject({ date: '2024-09-02' });
  });
});

describe('a month name that is another month in another language', () => {
  it('dates nothing while the page’s language is not known', () => {
    // listopad: October in Croatian, November in Czech and Polish.
    expect(readStamp('🕔09:30, 21.lis 2024')).toBeNull();
    expect(readStamp('5. listopadu 2024')).toBeNull();
    // A name every language agrees on still dates the page.
    expect(readStamp('18 února 2020')).toMatchObject({ date: '2020-02-18' });
  });
});

describe('a year-first date with a full stop and a space after each part', () => {
  it('is read as Hungarian pages write it', () => {
    expect(readStamp('2023. 09. 27. 13:45')).toMatchObject({ date: '2023-09-27', time: '13:45' });
  });
});

describe('a day-first dotted date with a space after each full stop', () => {
  it('is read as Czech and Croatian pages write it', () => {
    expect(readStamp('12. 3. 2025 9:15')).toMatchObject({ date: '2025-03-12', time: '09:15' });
    expect(readStamp('4. 11. 2024.')).toMatchObject({ date: '2024-11-04' });
  });
});
