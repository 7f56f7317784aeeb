/** The first reader in order settles a line; the readers after it never see it. */
import { describe, expect, it } from 'vitest';
import {
  firstPart,
  firstTake,
  type LineReader,
  type PartReader,
} from '../../../../src/engine/article/readers/reader.ts';

describe('firstTake and firstPart', () => {
  const seen: string[] = [];
  const reader =
    (name: string, takes: boolean): LineReader<string, null> =>
    () => {
      seen.push(name);
      return takes ? 'headline' : null;
    };
  it.each<[boolean[], string | null, string[]]>([
    [[false, true, true], 'headline', ['r0', 'r1']],
    [[true, true], 'headline', ['r0']],
    [[false, false], null, ['r0', 'r1']],
  ])('readers taking %j → %s, seen by %j', (takes, kind, readersSeen) => {
    seen.length = 0;
    expect(
      firstTake(
        takes.map((t, i) => reader(`r${i}`, t)),
        'line',
        null,
      ),
    ).toBe(kind);
    expect(seen).toEqual(readersSeen);
  });

  it('gives the part the first reader takes', () => {
    const none: PartReader<null> = () => null;
    const head: PartReader<null> = (line) => ({
      kind: 'date-line',
      text: line.text.slice(0, 4),
      rest: line.text.slice(4),
    });
    expect(firstPart([none, head], { n: 1, text: 'date rest' }, null)).toEqual({
      kind: 'date-line',
      text: 'date',
      rest: ' rest',
    });
    expect(firstPart([none], { n: 1, text: 'date rest' }, null)).toBeNull();
  });
});
