/** Publication dates as feeds write them: a stated time keeps its offset; a day alone is midnight UTC by convention. */
import { describe, expect, it } from 'vitest';
import { publicationStamp, zoneOffset } from '../../../src/site/published.ts';

describe('zoneOffset', () => {
  it.each([
    ['EST', '-05:00'],
    ['GMT', '+00:00'],
    ['CEST', '+02:00'],
    ['GMT+7', '+07:00'],
    ['UTC + 05:30', '+05:30'],
    ['EST-1', '-06:00'],
  ])('%s → %s', (zone, offset) => expect(zoneOffset(zone)).toBe(offset));

  it('gives no offset for a zone that names several (IST) or one it does not know', () => {
    expect(zoneOffset('IST')).toBeNull();
    expect(zoneOffset('XYZ')).toBeNull();
    expect(zoneOffset(null)).toBeNull();
  });
});

describe('publicationStamp', () => {
  it('keeps a stated 11:27 EST as 11:27 at -05:00, in RFC 3339, RFC 822 and for JSON-LD', () => {
    expect(publicationStamp({ date: '2023-12-31', time: '11:27', timezone: 'EST' })).toEqual({
      dateTime: '2023-12-31T11:27:00-05:00',
      schemaDate: '2023-12-31T11:27:00-05:00',
      rfc822: 'Sun, 31 Dec 2023 11:27:00 -0500',
      timeStated: true,
    });
  });

  it('writes a day alone, or a time with no known zone, as the day at midnight UTC, and JSON-LD as the day', () => {
    for (const p of [
      { date: '2025-03-14', time: null, timezone: null },
      { date: '2025-03-14', time: '12:40', timezone: null },
    ])
      expect(publicationStamp(p)).toEqual({
        dateTime: '2025-03-14T00:00:00Z',
        schemaDate: '2025-03-14',
        rfc822: 'Fri, 14 Mar 2025 00:00:00 GMT',
        timeStated: false,
      });
  });

  it('writes nothing for an article with no day', () => {
    expect(publicationStamp({ date: null, time: null, timezone: null }).dateTime).toBeNull();
  });
});
