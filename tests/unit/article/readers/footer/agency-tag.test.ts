/** Agency tags: each agency a tag names is credited. */
import { describe, expect, it } from 'vitest';
import { agencyTagReader, matchAgencyTag } from '../../../../../src/engine/article/readers/footer/agency-tag.ts';
import { footerTake } from '../helpers.ts';

describe('matchAgencyTag', () => {
  it.each([
    ['The market reopens on Friday. (dpa/NAN)', { names: ['dpa', 'NAN'] }],
    ['The plant opens next year. (AFP)', { names: ['AFP'] }],
    ['The rains have returned. - Xinhua', { names: ['Xinhua'] }],
    ['The vote is on Monday. (with inputs from PTI)', { names: ['PTI'] }],
    ['The port reopened.（共同）', { names: ['Kyodo'] }],
    ['He said it was over (for now)', null],
  ])('%s → %j', (line, expected) => {
    if (expected === null) expect(matchAgencyTag(line)).toBeNull();
    else expect(matchAgencyTag(line)).toMatchObject(expected);
  });
});

describe('agencyTagReader', () => {
  it.each<[string, boolean, string | null, string[]]>([
    ['(AFP)', false, 'agency-tag', ['AFP']],
    ['(dpa/NAN)', false, 'agency-tag', ['dpa', 'NAN']],
    ['- Xinhua', false, 'agency-tag', ['Xinhua']],
    ['--IANS', false, 'agency-tag', ['IANS']],
    // The footer never takes the last line of the text that is left.
    ['(AFP)', true, null, []],
    ['He said it was over (for now)', false, null, []],
  ])('%s (only line left: %s) → %s', (line, onlyLineLeft, kind, credited) => {
    const { kind: taken, found } = footerTake(agencyTagReader, line, { onlyLineLeft });
    expect(taken).toBe(kind);
    expect(found.credits.map((c) => c.name)).toEqual(credited);
    if (kind) expect(found.credits[0]!.quote).toBe(`The agency tag “${line}” on line 20.`);
  });
});
