/** Publishing-system account names: not people, so never an author. */
import { describe, expect, it } from 'vitest';
import { cmsAccountReader, isCmsAccount } from '../../../../../src/engine/article/readers/furniture/cms-account.ts';
import { findings, furnitureTake } from '../helpers.ts';

describe('cmsAccountReader', () => {
  it.each<[string, string | null]>([
    ['Admin', 'cms-account'],
    ['Editor', 'cms-account'],
    ['Web Desk', 'cms-account'],
    ['By Staff Reporter', 'cms-account'],
    ['Valley News Center', 'cms-account'],
    ['Amara Okafor', null],
    ['Redakcija Glas Podravine', 'cms-account'],
    // A sentence may open with the newsroom word and the outlet's name.
    ['Redakce Deníku Pootaví oslovila starostu obce.', null],
  ])('%s → %s', (line, kind) => {
    expect(isCmsAccount(line)).toBe(kind !== null);
    const { kind: taken, found } = furnitureTake(cmsAccountReader, line);
    expect(taken).toBe(kind);
    expect(found.cmsAccount).toEqual(kind ? { text: line, line: 5 } : null);
  });

  it('keeps the first account name', () => {
    const found = findings({ cmsAccount: { text: 'Admin', line: 2 } });
    expect(furnitureTake(cmsAccountReader, 'Web Desk', { found }).kind).toBe('cms-account');
    expect(found.cmsAccount).toEqual({ text: 'Admin', line: 2 });
  });
});
