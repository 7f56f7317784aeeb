/** The agency table: canonical names, the codes a dateline may hold, and the spellings credited in prose. */
import { describe, expect, it } from 'vitest';
import { AGENCIES, agencyNamed, looksLikeAgencyCode } from '../../../src/engine/article/agencies.ts';

describe('agencyNamed', () => {
  it.each([
    ['Agence France-Presse', 'AFP'],
    ['أ ف ب', 'AFP'],
    ['رويترز', 'Reuters'],
    ['AA', 'Anadolu'],
    ['新华社', 'Xinhua'],
    ['Reuters.', 'Reuters'],
    ['Reuters reporters', null],
    ['Harbour Post', null],
  ])('%s → %s', (text, expected) => expect(agencyNamed(text)).toBe(expected));

  it('names an agency under the longest name of the table, the word for "agency" before it, and never a sentence', () => {
    const longest = Math.max(...AGENCIES.map((a) => a.name.length));
    expect(longest).toBeLessThan(40);
    expect(agencyNamed('Agence Mauritanienne d’Information')).toBe('AMI');
    expect(agencyNamed(`Reuters ${'and the harbour office said on Tuesday that '.repeat(3)}`)).toBeNull();
  });
});

describe('looksLikeAgencyCode', () => {
  it.each([
    ['NNA', true],
    ['END', false],
    ['Harbour', false],
  ])('%s → %s', (text, expected) => expect(looksLikeAgencyCode(text)).toBe(expected));
});

describe('the agencies credited in running prose', () => {
  it('are the eleven wire services the prose rule knows, in their order', () => {
    expect(AGENCIES.filter((a) => a.prose).map((a) => a.name)).toEqual([
      'AFP',
      'Reuters',
      'AP',
      'dpa',
      'EFE',
      'ANSA',
      'Xinhua',
      'Anadolu',
      'Kyodo',
      'UPI',
      'PA Media',
    ]);
  });
});
