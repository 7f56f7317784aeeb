/** Labelled tag lists, wherever they stand. */
import { describe, expect, it } from 'vitest';
import { labelledTagLineReader } from '../../../../../src/engine/article/readers/furniture/labelled-tag-line.ts';
import { findings, furnitureTake } from '../helpers.ts';

describe('labelledTagLineReader', () => {
  it.each<[string, string | null, string[]]>([
    ['Tags: Harbour, Ferries', 'tag-line', ['Harbour', 'Ferries']],
    ['Filed under: Transport; Northern Quay', 'tag-line', ['Transport', 'Northern Quay']],
    ['Schlagwörter: Hafen · Fähre', 'tag-line', ['Hafen', 'Fähre']],
    ['كلمات مفتاحية: ميناء، عبّارات', 'tag-line', ['ميناء', 'عبّارات']],
    ['Palavras-chave: porto, ferries', 'tag-line', ['porto', 'ferries']],
    ['Topics: the long history of the port and its many ferries', null, []],
    ['Tagged', null, []],
  ])('%s → %s', (line, kind, tags) => {
    const { kind: taken, found } = furnitureTake(labelledTagLineReader, line);
    expect(taken).toBe(kind);
    expect(found.tags).toEqual(tags);
  });

  it('adds its tags after those found above it', () => {
    const found = findings({ tags: ['Weather'] });
    furnitureTake(labelledTagLineReader, 'Tags: Harbour', { found });
    expect(found.tags).toEqual(['Weather', 'Harbour']);
  });
});
