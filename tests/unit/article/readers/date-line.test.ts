/** The date line: a seed's leading `date YYYY-MM-DD` line, and the language it may name. */
import { describe, expect, it } from 'vitest';
import { dateLineReader, matchDateLine } from '../../../../src/engine/article/readers/date-line.ts';
import { SeedError } from '../../../../src/engine/read/errors.ts';
import { partTake } from './helpers.ts';

describe('matchDateLine', () => {
  it.each([
    [
      'date 2021-03-04 fr French',
      { date: '2021-03-04', parts: [2021, 3, 4], language: { code: 'fr', name: 'French' } },
    ],
    [' date 2021-03-04 The council met.', { date: '2021-03-04', language: null, length: 16 }],
    // A word pair that is not a language is body text.
    ['date 2021-03-04 in Paris', { language: null }],
    // A line that merely mentions a date is not a date line.
    ['The date 2021-03-04 was chosen.', null],
  ])('%s', (line, expected) => {
    if (expected === null) expect(matchDateLine(line)).toBeNull();
    else expect(matchDateLine(line)).toMatchObject(expected);
  });

  it('leaves text that follows on the same line to the body', () => {
    const dl = matchDateLine(' date 2021-03-04 The council met.')!;
    expect(' date 2021-03-04 The council met.'.slice(dl.length).trim()).toBe('The council met.');
  });
});

describe('dateLineReader', () => {
  it.each([
    [
      'date 2023-12-11',
      { kind: 'date-line', text: 'date 2023-12-11', rest: '' },
      { dateLine: { date: '2023-12-11', line: 3, language: null } },
    ],
    [
      'date 2021-03-04 fr French Le conseil a voté.',
      { kind: 'date-line', text: 'date 2021-03-04 fr French', rest: ' Le conseil a voté.' },
      { dateLine: { date: '2021-03-04', language: { code: 'fr', name: 'French' } } },
    ],
    [' date 2023-12-11 The quay reopened.', { text: ' date 2023-12-11', rest: ' The quay reopened.' }, {}],
    ['Dated 2023-12-11', null, { dateLine: null }],
  ])('%s', (line, taken, yields) => {
    const { taken: t, found } = partTake(dateLineReader, line, { file: 'seed.txt' });
    if (taken === null) expect(t).toBeNull();
    else expect(t).toMatchObject(taken);
    expect(found).toMatchObject(yields);
  });

  it('stops a seed whose date line is no calendar date, naming the file and the line', () => {
    expect(() => partTake(dateLineReader, 'date 2023-02-30', { file: 'seed.txt' })).toThrow(SeedError);
    expect(() => partTake(dateLineReader, 'date 2023-02-30', { file: 'seed.txt' })).toThrow(/seed\.txt:3/);
  });
});
