/** `Published:` lines in the header: the time of publication, or a warning when it cannot be read. */
import { describe, expect, it } from 'vitest';
import {
  matchPublishedLine,
  publishedLineReader,
} from '../../../../../src/engine/article/readers/header/published-line.ts';
import { findings, headerTake } from '../helpers.ts';

describe('matchPublishedLine', () => {
  it.each([
    ['Published: March 4, 2021 at 9:05 pm CET', { date: '2021-03-04', time: '21:05', timezone: 'CET' }],
    ['Posted on 4 March 2021', { date: '2021-03-04', time: null, timezone: null }],
    // Numeric dates read day first, and the first field with a date is the stamp.
    ['Published: 22.03.2022 - 10:30 | Updated: 23.03.2022', { date: '2022-03-22', time: '10:30', timezone: null }],
    ['Published: sometime last spring', null],
  ])('%s', (line, stamp) => {
    const published = matchPublishedLine(line)!;
    if (stamp === null) expect(published.stamp).toBeNull();
    else expect(published.stamp).toEqual(stamp);
  });

  it('is null for a line that is no Published line', () => {
    expect(matchPublishedLine('The ferry published its timetable on Monday.')).toBeNull();
  });
});

describe('publishedLineReader', () => {
  it.each<[string, string | null, object]>([
    [
      'Published: March 4, 2021',
      'published-line',
      { publishedLine: { line: 2, stamp: { date: '2021-03-04' }, phrase: 'March 4, 2021' }, warnings: [] },
    ],
    [
      'Published: sometime last spring',
      'published-line',
      {
        publishedLine: null,
        warnings: [
          {
            line: 2,
            message:
              'The “Published:” line “sometime last spring” is not a date the parser can read; write it like “December 31, 2023 at 11:27 am EST”.',
          },
        ],
      },
    ],
    ['Port Reopens After Repairs', null, { publishedLine: null }],
  ])('%s → %s', (line, kind, yields) => {
    const { kind: taken, found } = headerTake(publishedLineReader, line);
    expect(taken).toBe(kind);
    expect(found).toMatchObject(yields);
  });

  it('takes a later Published line but keeps the first publication line', () => {
    const found = findings({ publishedLine: { line: 1, stamp: null, phrase: 'x' } });
    expect(headerTake(publishedLineReader, 'Published: March 4, 2021', { found }).kind).toBe('published-line');
    expect(found.publishedLine).toEqual({ line: 1, stamp: null, phrase: 'x' });
  });
});
