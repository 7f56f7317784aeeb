/** Publication and update stamps in other languages. */
import { describe, expect, it } from 'vitest';
import {
  foreignPublishedReader,
  matchForeignPublished,
} from '../../../../../src/engine/article/readers/furniture/foreign-published.ts';
import { findings, furnitureTake } from '../helpers.ts';

describe('matchForeignPublished', () => {
  it.each([
    ['Publié le 18 février 2020 à 17h32', { verb: 'published', stamp: { date: '2020-02-18' } }],
    ['Publié le 14/03/2025 à 12h40', { verb: 'published', stamp: { date: '2025-03-14', time: '12:40' } }],
    ['Mis à jour le 19 février 2020', { verb: 'updated' }],
    ['Veröffentlicht am 5. März 2024', { verb: 'published', stamp: { date: '2024-03-05' } }],
    ['Publié le matin même par la rédaction', null],
    ['Objavljeno: 12.03.2025. u 09:15', { verb: 'published', stamp: { date: '2025-03-12', time: '09:15' } }],
    ['Päivitetty 12.3.2025 klo 11.40', { verb: 'updated', stamp: { date: '2025-03-12' } }],
    // A sentence that opens with the label's word and gives a date is the text's, not a stamp.
    ['Objavljeno je to 14. ožujka 2025. na stranicama općine, uz popis svih izvođača radova.', null],
  ])('%s', (line, expected) => {
    if (expected === null) expect(matchForeignPublished(line)).toBeNull();
    else expect(matchForeignPublished(line)).toMatchObject(expected);
  });
});

describe('foreignPublishedReader', () => {
  it.each<[string, string | null, object]>([
    [
      'Publié le 18 février 2020 à 17h32',
      'published-line',
      { publishedLine: { line: 5, stamp: { date: '2020-02-18' }, phrase: '18 février 2020 à 17h32' }, stamp: null },
    ],
    [
      'Mis à jour le 19 février 2020',
      'stamp',
      { publishedLine: null, stamp: { line: 5, verb: 'updated', stamp: { date: '2020-02-19' } } },
    ],
    ['Publié le matin même par la rédaction', null, { publishedLine: null, stamp: null }],
  ])('%s → %s', (line, kind, yields) => {
    const { kind: taken, found } = furnitureTake(foreignPublishedReader, line);
    expect(taken).toBe(kind);
    expect(found).toMatchObject(yields);
  });

  it('keeps the first publication line', () => {
    const found = findings({ publishedLine: { line: 2, stamp: null, phrase: 'x' } });
    expect(furnitureTake(foreignPublishedReader, 'Publié le 18 février 2020', { found }).kind).toBe('published-line');
    expect(found.publishedLine).toEqual({ line: 2, stamp: null, phrase: 'x' });
  });
});
