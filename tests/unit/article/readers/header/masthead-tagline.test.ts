/** A site's name and its tagline on the first two lines, with furniture between them and the headline. */
import { describe, expect, it } from 'vitest';
import {
  isNameAndTagline,
  mastheadTaglineReader,
} from '../../../../../src/engine/article/readers/header/masthead-tagline.ts';
import type { ReadLine } from '../../../../../src/engine/article/readers/reader.ts';
import type { RemovedKind } from '../../../../../src/engine/schema/article.ts';
import { findings } from '../helpers.ts';

/** Three header lines on lines 1, 2 and 4; line 3 is furniture the furniture pass took, unless `furniture` is false. */
function header(texts: string[], furniture: boolean = true): { lines: ReadLine[]; found: ReturnType<typeof findings> } {
  const lines = texts.map((text, i) => ({ n: [1, 2, 4][i]!, text, plain: text }));
  const removed = furniture ? [{ line: 3, text: 'Home  News  Contact', kind: 'navigation' as RemovedKind }] : [];
  return { lines, found: findings({ removed }) };
}

describe('isNameAndTagline', () => {
  it('reads a name and a tagline above a menu, with the headline below the menu', () => {
    const { lines, found } = header([
      'Delta Notes',
      'Reporting from the river towns',
      'Ferry fares rise for the second time this year',
    ]);
    expect(isNameAndTagline(lines, found)).toBe(true);
  });

  it('leaves an outlet and a headline with no furniture between the headline and the line below', () => {
    const { lines, found } = header(
      ['Delta Notes', 'Ferry fares rise again', 'Operators blame fuel costs and a weaker currency'],
      false,
    );
    expect(isNameAndTagline(lines, found)).toBe(false);
  });

  it('leaves a second line longer than the headline below it', () => {
    const { lines, found } = header([
      'Delta Notes',
      'Ferry fares rise for the second time this year on the river',
      'Fares up',
    ]);
    expect(isNameAndTagline(lines, found)).toBe(false);
  });
});

describe('mastheadTaglineReader', () => {
  it('takes the name as the masthead and the tagline with it', () => {
    const { lines, found } = header([
      'Delta Notes',
      'Reporting from the river towns',
      'Ferry fares rise for the second time this year',
    ]);
    expect(mastheadTaglineReader(lines[0]!, { found, lines })).toBe('masthead');
    expect(found.masthead).toEqual({ name: 'Delta Notes', line: 1 });
    expect(mastheadTaglineReader(lines[1]!, { found, lines })).toBe('masthead');
    expect(mastheadTaglineReader(lines[2]!, { found, lines })).toBeNull();
  });
});
