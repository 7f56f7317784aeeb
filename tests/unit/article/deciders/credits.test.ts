/** Credits: the front matter's, else the dateline's agencies, the readers' credits and agencies cited in prose. */
import { describe, expect, it } from 'vitest';
import { decideCredits, findCredits } from '../../../../src/engine/article/deciders/credits.ts';
import { body, findings } from './helpers.ts';

describe('findCredits', () => {
  it.each([
    ['A spokesman told Reuters the quay would reopen.', ['Reuters']],
    ['AFP reporters saw the first ferry dock.', ['AFP']],
    ['LISBON (AP) — The quay reopened.', ['AP']],
    ['The harbour master told AFP and Reuters reporters that the quay had reopened.', ['AFP', 'Reuters']],
    // An agency that is only the subject of the news is not credited.
    ['Reuters opened a new bureau in the port city in 2019 with twelve staff.', []],
    // Other spellings are credited only outside prose (source lines, tags, datelines).
    ['A spokesman told the Press Association the quay would reopen.', []],
  ])('%s → %j', (sentence, expected) => expect(findCredits(sentence)).toEqual(expected));
});

const PROSE = 'The harbour master told AFP that the quay would reopen on Tuesday after repairs.';
const dateline = {
  match: {
    text: 'KAMPALA, March 3 (Reuters)',
    length: 29,
    place: 'KAMPALA',
    date: null,
    agencies: ['Reuters'],
    outlets: [],
  },
  line: 9,
};

describe('decideCredits', () => {
  it('takes the front matter’s credits alone', () => {
    const d = decideCredits(findings({ dateline }), { credits: ['EFE'] }, body(PROSE));
    expect(d.value).toEqual([{ name: 'EFE', quote: 'Set in the seed’s front matter.', anchor: '' }]);
    expect(d.provenance).toEqual({ basis: 'stated', reason: 'Set in the seed’s front matter.', line: null });
  });

  it('puts the dateline’s agency first, then the readers’ credits, then the prose’s, each once', () => {
    const found = findings({
      dateline,
      credits: [{ name: 'dpa', quote: 'The agency tag “(dpa)” on line 20.', anchor: '' }],
    });
    const d = decideCredits(found, {}, body(PROSE, 'Reuters said the ferries would follow.'));
    expect(d.value).toEqual([
      { name: 'Reuters', quote: 'The dateline “KAMPALA, March 3 (Reuters)” on line 9.', anchor: '' },
      { name: 'dpa', quote: 'The agency tag “(dpa)” on line 20.', anchor: '' },
      { name: 'AFP', quote: PROSE, anchor: 'p-1' },
    ]);
    expect(d.provenance).toEqual({
      basis: 'stated',
      reason:
        'The text credits Reuters and dpa and AFP with the reporting: “The dateline “KAMPALA, March 3 (Reuters)” on line 9.”',
      line: null,
    });
  });

  it('says when the text credits no agency', () => {
    expect(decideCredits(findings(), {}, body('The quay reopened on Tuesday after repairs.'))).toEqual({
      value: [],
      provenance: { basis: 'unknown', reason: 'The text credits no news agency with the reporting.', line: null },
    });
  });
});
