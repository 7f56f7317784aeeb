/** The headline printed again inside the body. */
import { describe, expect, it } from 'vitest';
import { bodyRepeatedHeadlineReader } from '../../../../../src/engine/article/readers/body/repeated-headline.ts';
import { findings } from '../helpers.ts';

describe('bodyRepeatedHeadlineReader', () => {
  const found = findings({ headline: { n: 2, text: 'Port Reopens After Repairs' } });
  it.each<[string, string | null]>([
    ['Port Reopens After Repairs', 'repeated-headline'],
    ['PORT  REOPENS  AFTER  REPAIRS', 'repeated-headline'],
    // In the body the line is compared as it stands, Markdown marks and all.
    ['# Port Reopens After Repairs', null],
    ['Port Reopens After Three Weeks Of Repairs', null],
  ])('%s → %s', (line, kind) => expect(bodyRepeatedHeadlineReader({ n: 9, text: line }, { found })).toBe(kind));

  it('takes nothing when there is no headline', () => {
    expect(bodyRepeatedHeadlineReader({ n: 9, text: 'Port Reopens' }, { found: findings() })).toBeNull();
  });
});
