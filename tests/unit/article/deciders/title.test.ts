/** The title: the front matter's, the headline, or the lede's first sentence shortened at a clause. */
import { describe, expect, it } from 'vitest';
import { decideTitle } from '../../../../src/engine/article/deciders/title.ts';
import { shortenAtClause, splitClauses } from '../../../../src/engine/text/clauses.ts';
import { splitSentences } from '../../../../src/engine/text/sentences.ts';
import { body, findings } from './helpers.ts';

describe('the lede’s sentences and clauses', () => {
  it('keeps abbreviations inside sentences', () => {
    expect(splitSentences('The U.N. Secretary-General spoke. Mr. Lima left.').map((s) => s.text)).toEqual([
      'The U.N. Secretary-General spoke.',
      'Mr. Lima left.',
    ]);
  });
  it('splits clauses at commas and subordinators but not inside dates or figures', () => {
    expect(splitClauses('On March 4, 2021, about 15,000 people left after the storm').map((c) => c.text)).toEqual([
      'On March 4, 2021,',
      'about 15,000 people left',
      'after the storm',
    ]);
  });
  it('shortens a long lede at a clause boundary, never past 140 characters', () => {
    const lede =
      'The harbour authority in the northern port city reopened the quay on Tuesday morning after three weeks of repairs that had forced ferries to dock elsewhere, officials said.';
    const t = shortenAtClause(lede, 140);
    expect(t).toBe(
      'The harbour authority in the northern port city reopened the quay on Tuesday morning after three weeks of repairs that had forced ferries to dock elsewhere'.slice(
        0,
        t.length,
      ),
    );
    expect(t.length).toBeLessThanOrEqual(140);
    expect(lede.startsWith(t)).toBe(true);
  });
});

const LEDE = 'The harbour authority reopened the northern quay on Tuesday. Ferries return next week.';
const LONG =
  'The harbour authority in the northern port city reopened the quay on Tuesday morning after three weeks of repairs that had forced ferries to dock elsewhere, officials said.';

describe('decideTitle', () => {
  it.each([
    [
      'the front matter',
      findings({ headline: { n: 2, text: 'Port Reopens' } }),
      { title: 'Quay Open Again' },
      LEDE,
      { value: 'Quay Open Again', titleBasis: 'stated', provenance: { basis: 'stated', line: null } },
    ],
    [
      'the headline, without Markdown marks',
      findings({ headline: { n: 2, text: '# Port Reopens' } }),
      {},
      LEDE,
      {
        value: 'Port Reopens',
        titleBasis: 'stated',
        provenance: { basis: 'stated', reason: 'The headline on line 2.', line: 2 },
      },
    ],
    [
      'the lede’s first sentence',
      findings(),
      {},
      LEDE,
      {
        value: 'The harbour authority reopened the northern quay on Tuesday',
        titleBasis: 'derived',
        provenance: {
          basis: 'inferred',
          reason: 'The text has no headline; this is the first sentence of the lede.',
          line: 10,
        },
      },
    ],
    [
      'a long lede, shortened',
      findings(),
      {},
      LONG,
      {
        titleBasis: 'derived',
        provenance: {
          reason:
            'The text has no headline; this is the first sentence of the lede, shortened at a clause boundary to at most 140 characters.',
        },
      },
    ],
  ])('from %s', (_, found, frontMatter, lede, expected) => {
    expect(decideTitle(found, frontMatter, body(lede))).toMatchObject(expected);
  });
});
