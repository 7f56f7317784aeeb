/** The writer's role on its own line under the byline. */
import { describe, expect, it } from 'vitest';
import { isRoleLine, roleLineReader } from '../../../../../src/engine/article/readers/header/role-line.ts';
import { findings, headerTake } from '../helpers.ts';

describe('isRoleLine', () => {
  it.each<[string, boolean]>([
    ['Sports Reporter', true],
    ['Senior Correspondent', true],
    ['Corresponsal en Lima', true],
    ['Envoyé spécial à Dakar', true],
    ['Redakteurin', true],
    ['مراسل الجريدة', true],
    ['Ferry strike ends', false],
    ['The reporter was hurt.', false],
  ])('%s → %s', (line, expected) => expect(isRoleLine(line)).toBe(expected));
});

describe('roleLineReader', () => {
  it('takes a role line right under the byline', () => {
    const found = findings({ author: { name: 'Ana Lima', line: 2, how: 'byline' } });
    expect(headerTake(roleLineReader, 'Sports Reporter', { others: ['By Ana Lima'], above: 1, found }).kind).toBe(
      'byline',
    );
  });

  it('leaves a role line with no byline above it', () => {
    expect(headerTake(roleLineReader, 'Sports Reporter', { others: ['Harbour news'], above: 1 }).kind).toBeNull();
  });
});
