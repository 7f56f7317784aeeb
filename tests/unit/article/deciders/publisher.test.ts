/** The publisher: front matter, masthead, the dateline's outlet, the copyright holder, in that order. */
import { describe, expect, it } from 'vitest';
import { decidePublisher, outletName } from '../../../../src/engine/article/deciders/publisher.ts';
import type { Findings } from '../../../../src/engine/article/findings.ts';
import { findings } from './helpers.ts';

describe('outletName', () => {
  it.each([
    ['Ege Haber — English Edition', 'Ege Haber'],
    ['Harbour Post | Online', 'Harbour Post'],
    ['Harbour Post', 'Harbour Post'],
  ])('%s → %s', (masthead, expected) => expect(outletName(masthead)).toBe(expected));
});

const masthead = { name: 'Valley Times — Weekend Edition', line: 1 };
const dateline = {
  match: {
    text: 'Harbourton, (NAN - Coast Ledger)',
    length: 33,
    place: 'Harbourton',
    date: null,
    agencies: ['NAN'],
    outlets: ['Coast Ledger'],
  },
  line: 4,
};
const copyright = { holder: 'Lakeshore Media', line: 40 };

describe('decidePublisher', () => {
  it.each<[string, Partial<Findings>, object, object]>([
    [
      'front matter',
      { masthead },
      { publisher: 'Quay Weekly' },
      { value: 'Quay Weekly', provenance: { basis: 'stated', reason: 'Set in the seed’s front matter.' } },
    ],
    [
      'masthead',
      { masthead, dateline, copyright },
      {},
      {
        value: 'Valley Times',
        provenance: { basis: 'stated', reason: 'The masthead on line 1 names the outlet.', line: 1 },
      },
    ],
    [
      'masthead joined to its tagline, the copyright line naming the outlet alone',
      {
        masthead: { name: 'ISLAND NEWS - NEWS OF THE ISLAND EVERY DAY', line: 2 },
        copyright: { holder: 'Island News', line: 40 },
      },
      {},
      { value: 'ISLAND NEWS' },
    ],
    [
      'masthead joined to a tagline, no copyright line to tell which part names the outlet',
      { masthead: { name: 'ISLAND NEWS - NEWS OF THE ISLAND EVERY DAY', line: 2 } },
      {},
      { value: 'ISLAND NEWS - NEWS OF THE ISLAND EVERY DAY' },
    ],
    [
      'dateline',
      { dateline, copyright },
      {},
      {
        value: 'Coast Ledger',
        provenance: {
          reason: 'The dateline on line 4 (“Harbourton, (NAN - Coast Ledger)”) names the outlet.',
          line: 4,
        },
      },
    ],
    [
      'copyright',
      { copyright },
      {},
      { value: 'Lakeshore Media', provenance: { reason: 'The copyright line on line 40 names the outlet.', line: 40 } },
    ],
    [
      'press release',
      { issuer: { name: 'Norrland Pumps AB', line: 2 } },
      {},
      { value: 'Norrland Pumps AB', provenance: { reason: "Line 2 names the press release's issuer.", line: 2 } },
    ],
    [
      'nothing',
      {},
      {},
      {
        value: null,
        provenance: {
          basis: 'unknown',
          reason: 'No masthead, dateline, copyright line or press-release issuer names the outlet.',
          line: null,
        },
      },
    ],
  ])('from the %s', (_, set, frontMatter, expected) => {
    expect(decidePublisher(findings(set), frontMatter)).toMatchObject(expected);
  });
});
