/** The author: front matter, byline (or the dateline's reporter), sign-off, bio, in that order. */
import { describe, expect, it } from 'vitest';
import { decideAuthor } from '../../../../src/engine/article/deciders/author.ts';
import type { Findings } from '../../../../src/engine/article/findings.ts';
import { findings } from './helpers.ts';

const byline = { name: 'Ana Lima', line: 3, how: 'byline' as const };
const signOff = { name: 'Chikondi Banda', line: 30 };
const bioAuthor = { name: 'Joe Park', line: 31 };
const dateline = {
  match: {
    text: '新华社杭州6月18日电（记者 王明远）',
    length: 20,
    place: '杭州',
    date: null,
    agencies: ['Xinhua'],
    outlets: [],
    reporter: '王明远',
  },
  line: 2,
};

describe('decideAuthor', () => {
  it.each<[string, Partial<Findings>, object, object]>([
    [
      'front matter',
      { author: byline },
      { author: 'Tomas Reyes' },
      { value: 'Tomas Reyes', provenance: { basis: 'stated', reason: 'Set in the seed’s front matter.' } },
    ],
    [
      'byline',
      { author: byline, signOff, bioAuthor },
      {},
      { value: 'Ana Lima', provenance: { basis: 'stated', reason: 'The byline on line 3.', line: 3 } },
    ],
    [
      'name with a stamp',
      {
        author: { name: 'Ngozi Abara', line: 4, how: 'name-stamp' },
        nameStamp: { line: 4, text: 'Ngozi Abara Published March 4, 2021' },
      },
      {},
      {
        value: 'Ngozi Abara',
        provenance: {
          reason:
            'The line “Ngozi Abara Published March 4, 2021” (line 4) names the writer and the time of publication.',
          line: 4,
        },
      },
    ],
    [
      'dateline’s reporter',
      { dateline, signOff },
      {},
      { value: '王明远', provenance: { reason: 'The byline on line 2.', line: 2 } },
    ],
    [
      'sign-off',
      { signOff, bioAuthor },
      {},
      {
        value: 'Chikondi Banda',
        provenance: { basis: 'stated', reason: 'The sign-off on line 30 names the reporter.', line: 30 },
      },
    ],
    [
      'bio',
      { bioAuthor },
      {},
      {
        value: 'Joe Park',
        provenance: {
          basis: 'inferred',
          reason: 'There is no byline; the author bio on line 31 introduces Joe Park as the writer.',
          line: 31,
        },
      },
    ],
    [
      'nothing but an account name',
      { cmsAccount: { text: 'Admin', line: 2 } },
      {},
      {
        value: null,
        provenance: {
          basis: 'unknown',
          reason:
            'There is no byline, sign-off or author bio. The account name “Admin” on line 2 is a publishing-system user, not a writer.',
          line: null,
        },
      },
    ],
  ])('from the %s', (_, set, frontMatter, expected) => {
    expect(decideAuthor(findings(set), frontMatter)).toMatchObject(expected);
  });
});
