/** A `Published:` line under the standfirst. */
import { describe, expect, it } from 'vitest';
import { publishedStampReader } from '../../../../../src/engine/article/readers/standfirst/published-stamp.ts';
import { findings, lineTake } from '../helpers.ts';

describe('publishedStampReader', () => {
  it.each<[string, string | null, object | null]>([
    ['Published: March 4, 2021', 'published-line', { line: 5, stamp: { date: '2021-03-04' }, phrase: 'March 4, 2021' }],
    // Under the standfirst, only a date that can be read is taken.
    ['Published: sometime last spring', null, null],
    ['The ferry published its timetable on Monday.', null, null],
  ])('%s → %s', (line, kind, publishedLine) => {
    const { kind: taken, found } = lineTake(publishedStampReader, line);
    expect(taken).toBe(kind);
    if (publishedLine) expect(found.publishedLine).toMatchObject(publishedLine);
    else expect(found.publishedLine).toBeNull();
  });

  it('takes nothing once the article is dated', () => {
    const found = findings({ publishedLine: { line: 2, stamp: null, phrase: 'x' } });
    expect(lineTake(publishedStampReader, 'Published: March 4, 2021', found).kind).toBeNull();
  });
});
