/** The headline printed again in the header. */
import { describe, expect, it } from 'vitest';
import { repeatedHeadlineReader } from '../../../../../src/engine/article/readers/header/repeated-headline.ts';
import { findings, headerTake } from '../helpers.ts';

describe('repeatedHeadlineReader', () => {
  const found = () => findings({ headline: { n: 1, text: '# Port Reopens After Repairs' } });
  it.each<[string, string | null]>([
    ['Port Reopens After Repairs', 'repeated-headline'],
    ['**PORT  REOPENS AFTER REPAIRS**', 'repeated-headline'],
    ['Port Reopens After Long Repairs', null],
  ])('%s → %s', (line, kind) => expect(headerTake(repeatedHeadlineReader, line, { found: found() }).kind).toBe(kind));

  it('takes nothing before there is a headline', () => {
    expect(headerTake(repeatedHeadlineReader, 'Port Reopens After Repairs').kind).toBeNull();
  });
});
