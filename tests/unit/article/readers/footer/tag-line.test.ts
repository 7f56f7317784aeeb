/** Tag lines after the text. */
import { describe, expect, it } from 'vitest';
import { matchTagLine, tagLineReader } from '../../../../../src/engine/article/readers/footer/tag-line.ts';
import { findings, footerTake } from '../helpers.ts';

describe('matchTagLine', () => {
  it.each([
    ['Transport Harbour Safety', ['Transport', 'Harbour', 'Safety']],
    ['Tags: Transport | Safety', ['Transport', 'Safety']],
    ['#Harbour #Ferries', ['Harbour', 'Ferries']],
    ['The Port Is Open', null],
    ['Transport, Safety', null],
  ])('%s → %j', (line, expected) => expect(matchTagLine(line)).toEqual(expected));
});

describe('tagLineReader', () => {
  it.each<[string, string | null, string[]]>([
    ['Transport Harbour Safety', 'tag-line', ['Transport', 'Harbour', 'Safety', 'Weather']],
    ['Tags: Ferries', 'tag-line', ['Ferries', 'Weather']],
    // Prose is never a tag line, however it is capitalised.
    [
      'Ferries Resume Service On The Northern Quay After Three Weeks Of Repairs And Inspections By The Authority',
      null,
      ['Weather'],
    ],
    ['The Port Is Open', null, ['Weather']],
  ])('%s → %s', (line, kind, tags) => {
    const found = findings({ tags: ['Weather'] });
    expect(footerTake(tagLineReader, line, { found }).kind).toBe(kind);
    expect(found.tags).toEqual(tags);
  });

  it('puts tag lines read upwards back in the order they stand', () => {
    const found = findings({ tags: ['Weather'] });
    expect(footerTake(tagLineReader, 'Transport Safety', { found }).kind).toBe('tag-line');
    expect(footerTake(tagLineReader, 'Harbour', { found }).kind).toBe('tag-line');
    expect(found.tags).toEqual(['Harbour', 'Transport', 'Safety', 'Weather']);
  });
});
