/** An agency tag closing the last paragraph. */
import { describe, expect, it } from 'vitest';
import { closingAgencyTagReader } from '../../../../../src/engine/article/readers/footer/closing-agency-tag.ts';
import { partTake } from '../helpers.ts';

describe('closingAgencyTagReader', () => {
  it.each([
    [
      'The market reopens on Friday. (dpa/NAN)',
      { kind: 'agency-tag', text: '(dpa/NAN)', rest: 'The market reopens on Friday.' },
      ['dpa', 'NAN'],
    ],
    [
      'The rains have returned. - Xinhua  ',
      { kind: 'agency-tag', text: '- Xinhua', rest: 'The rains have returned.' },
      ['Xinhua'],
    ],
    // The tag must close a sentence, and be more than the whole line.
    ['The plan was agreed with partners (AFP)', null, []],
    ['(AFP)', null, []],
    ['He said it was over (for now)', null, []],
  ])('%s', (line, taken, credited) => {
    const { taken: t, found } = partTake(closingAgencyTagReader, line, {});
    expect(t).toEqual(taken);
    expect(found.credits.map((c) => c.name)).toEqual(credited);
    if (taken) expect(found.credits[0]!.quote).toBe(`The agency tag “${taken.text}” closing line 3.`);
  });
});
