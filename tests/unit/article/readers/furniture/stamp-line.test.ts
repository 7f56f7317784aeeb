/** Stamp lines: update stamps anywhere, bare dates near the top, and an agency such a line names. */
import { describe, expect, it } from 'vitest';
import { matchStampLine, stampLineReader } from '../../../../../src/engine/article/readers/furniture/stamp-line.ts';
import { readStamp } from '../../../../../src/engine/time/stamps.ts';
import { findings, furnitureTake } from '../helpers.ts';

describe('matchStampLine', () => {
  it.each([
    ['Updated 9:47 AM GMT, July 22, 2022', { verb: 'updated', stamp: { date: '2022-07-22' } }],
    ['12th October, 2021', { verb: 'date', stamp: { date: '2021-10-12' } }],
    ['April 08, 2025 09:30 AM Pacific Daylight Time', { verb: 'date', stamp: { date: '2025-04-08', time: '09:30' } }],
    ['19/03/2025 às 16h10', { verb: 'date', stamp: { date: '2025-03-19', time: '16:10' } }],
    ['October 9, 2024 3:42 PM GMT+8 Updated 2 hours ago', { verb: 'date', stamp: { date: '2024-10-09' } }],
    ['Tuesday, 12 of March of 2024', { stamp: { date: '2024-03-12' } }],
    ['15 апреля 2021', { stamp: { date: '2021-04-15' } }],
    ['Stand: 08.02.2024, 14:20 Uhr', { verb: 'updated', stamp: { date: '2024-02-08' } }],
    ['The council met on March 3, 2024 to vote on the budget.', null],
  ])('%s', (line, expected) => {
    if (expected === null) expect(matchStampLine(line)).toBeNull();
    else expect(matchStampLine(line)).toMatchObject(expected);
  });

  it('reads numeric dates only when they read one way', () => {
    expect(readStamp('04/03/2024')).toBeNull();
    expect(readStamp('23/08/2022')).toMatchObject({ date: '2022-08-23' });
    expect(readStamp('23.08.2022')).toMatchObject({ date: '2022-08-23' });
  });
});

describe('stampLineReader', () => {
  it.each<[string, boolean, string | null, object]>([
    [
      'Updated 9:47 AM GMT, July 22, 2022',
      false,
      'stamp',
      { stamp: { line: 5, verb: 'updated', phrase: '9:47 AM GMT, July 22, 2022' } },
    ],
    ['12th October, 2021', true, 'stamp', { stamp: { verb: 'date', stamp: { date: '2021-10-12' } } }],
    // A bare date below the top of the page, once the body has started, is left alone.
    ['12th October, 2021', false, null, { stamp: null }],
    [
      '2021-06-18 10:32　来源：新华社',
      true,
      'stamp',
      {
        stamp: { verb: 'date' },
        credits: [{ name: 'Xinhua', quote: 'The stamp line “2021-06-18 10:32　来源：新华社” on line 5.' }],
      },
    ],
    ['2021年3月2日 09時15分　共同通信', true, 'stamp', { credits: [{ name: 'Kyodo' }] }],
    // In English, a word beside the date makes the line no stamp line.
    ['5 Nov 2020 18:30 Kyodo', true, null, { credits: [] }],
  ])('%s (top: %s) → %s', (line, top, kind, yields) => {
    const { kind: taken, found } = furnitureTake(stampLineReader, line, { top, bodyStarted: !top });
    expect(taken).toBe(kind);
    expect(found).toMatchObject(yields);
  });

  it('reads a bare date below the top of the page while no paragraph stands above it (under a byline and a role)', () => {
    const { kind, found } = furnitureTake(stampLineReader, 'Tuesday 9 April 2024 17:30 BST', { top: false });
    expect(kind).toBe('stamp');
    expect(found.stamp).toMatchObject({ verb: 'date', stamp: { date: '2024-04-09', time: '17:30', timezone: 'BST' } });
  });

  it.each([
    ['14 de mayo de 2024 - 12:31', '2024-05-14'],
    ['27 giugno 2024', '2024-06-27'],
    ['Dienstag, 5. März 2024', '2024-03-05'],
  ])('reads a date in another language alone on its line: %s', (line, date) => {
    expect(furnitureTake(stampLineReader, line).found.stamp).toMatchObject({ verb: 'date', stamp: { date } });
  });

  it('reads an update stamp after an agency and a bar, and credits the agency', () => {
    const { kind, found } = furnitureTake(stampLineReader, 'PTI | Updated: Apr 22, 2025 14:35 IST');
    expect(kind).toBe('stamp');
    expect(found.stamp).toMatchObject({ verb: 'updated', stamp: { date: '2025-04-22', time: '14:35' } });
    expect(found.credits.map((c) => c.name)).toEqual(['PTI']);
  });

  it('leaves a foreign sentence that holds a date', () => {
    expect(furnitureTake(stampLineReader, 'Le 15 mars 2024 la mairie a voté').kind).toBeNull();
  });

  it('keeps a bare date over a later update, lets an earlier update replace it, and keeps the first update', () => {
    const bare = {
      line: 2,
      verb: 'date' as const,
      stamp: { date: '2022-07-30', time: null, timezone: null },
      phrase: 'x',
    };
    // An update after the bare date: the page changed after it was published on that date.
    const later = findings({ stamp: bare });
    furnitureTake(stampLineReader, 'Updated August 2, 2022', { found: later });
    expect(later.stamp).toMatchObject({ line: 2, verb: 'date', stamp: { date: '2022-07-30' } });
    // An update before it: the bare date cannot be the day of publication.
    const found = findings({ stamp: bare });
    furnitureTake(stampLineReader, 'Updated July 22, 2022', { found });
    expect(found.stamp).toMatchObject({ line: 5, verb: 'updated', stamp: { date: '2022-07-22' } });
    furnitureTake(stampLineReader, 'Last modified August 1, 2022', { found });
    expect(found.stamp).toMatchObject({ stamp: { date: '2022-07-22' } });
  });
});

describe('folios and site clocks', () => {
  it('reads the date of a print page’s folio, between the paper’s name and the page', () => {
    expect(matchStampLine('THE PRAIRIE COURIER · Thursday, August 15, 2024 · Page A3')?.stamp.date).toBe('2024-08-15');
    expect(matchStampLine('A3 · THE PRAIRIE COURIER · THURSDAY, AUGUST 15, 2024')?.stamp.date).toBe('2024-08-15');
    expect(matchStampLine('Politics · March 3, 2024 · 5 min read')).toBeNull();
  });
  it('reads no stamp in a clock that shows the name day', () => {
    expect(matchStampLine('Meniny má Rudolf | Štvrtok, 17. apríl 2025, 08:12')).toBeNull();
    expect(matchStampLine('Štvrtok, 17. apríl 2025, 08:12')?.stamp.date).toBe('2025-04-17');
  });
});
