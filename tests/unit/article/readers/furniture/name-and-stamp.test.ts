/** A writer and a stamp on one line, near the top or the end of the page. */
import { describe, expect, it } from 'vitest';
import {
  matchNameAndStamp,
  nameAndStampReader,
} from '../../../../../src/engine/article/readers/furniture/name-and-stamp.ts';
import { findings, furnitureTake } from '../helpers.ts';

describe('matchNameAndStamp', () => {
  it.each([
    [
      'Ngozi Abara Published December 11, 2023 | 07:10 PM',
      { name: 'Ngozi Abara', verb: 'published', stamp: { date: '2023-12-11', time: '19:10' } },
    ],
    ['Admin Published June 17, 2025 | 09:42 AM', { name: null, stamp: { date: '2025-06-17' } }],
    ['Selin Kaya | 03.11.2019 - Update : 04.11.2019', { name: 'Selin Kaya', stamp: { date: '2019-11-03' } }],
    ['Tunde Bello Updated March 3, 2024', { name: 'Tunde Bello', verb: 'updated', stamp: { date: '2024-03-03' } }],
    ['Ferries Published Their Timetable For The Summer', null],
    // In every covered language: a byline word, the name, and a labelled stamp or a date alone after a separator.
    [
      'Par Anne Roux, publié le 6 juin 2024 à 10h00',
      { name: 'Anne Roux', verb: 'published', stamp: { date: '2024-06-06' } },
    ],
    [
      'Por Ana Rocha — Atualizado em 06/07/2024 10h00',
      { name: 'Ana Rocha', verb: 'updated', stamp: { date: '2024-07-06' } },
    ],
    ['Por Ana Ruiz | 6 de junio de 2024', { name: 'Ana Ruiz', verb: 'published', stamp: { date: '2024-06-06' } }],
    ['Von Anna Roth, 06.06.2024, 10:00 Uhr', { name: 'Anna Roth', stamp: { date: '2024-06-06' } }],
    ['By Dana Whitfield | March 3, 2024', { name: 'Dana Whitfield', stamp: { date: '2024-03-03' } }],
    // The word before a day in place of a separator.
    ['Por Rita Matos em 3 de Março, 2024 às 10:05', { name: 'Rita Matos', stamp: { date: '2024-03-03' } }],
    ['By Dana Whitfield on March 3, 2024', { name: 'Dana Whitfield', stamp: { date: '2024-03-03' } }],
    // A name and a sentence after the comma is no stamp.
    ['Por Ana Ruiz, que vive en Lima desde 2019', null],
  ])('%s', (line, expected) => {
    if (expected === null) expect(matchNameAndStamp(line)).toBeNull();
    else expect(matchNameAndStamp(line)).toMatchObject(expected);
  });
});

describe('nameAndStampReader', () => {
  it.each<[string, { top?: boolean; index?: number }, string | null, object]>([
    [
      'Ngozi Abara Published December 11, 2023 | 07:10 PM',
      {},
      'byline',
      {
        author: { name: 'Ngozi Abara', line: 5, how: 'name-stamp' },
        nameStamp: { line: 5, text: 'Ngozi Abara Published December 11, 2023 | 07:10 PM' },
        publishedLine: {
          line: 5,
          stamp: { date: '2023-12-11', time: '19:10' },
          phrase: 'December 11, 2023 | 07:10 PM',
        },
        stamp: null,
      },
    ],
    // An account name is no writer: it is kept as the account, and the line as a stamp.
    [
      'Admin Published June 17, 2025 | 09:42 AM',
      {},
      'stamp',
      { author: null, cmsAccount: { text: 'Admin', line: 5 }, publishedLine: { stamp: { date: '2025-06-17' } } },
    ],
    // An update time is a stamp, not the time of publication.
    [
      'Tunde Bello Updated March 3, 2024',
      {},
      'byline',
      {
        author: { name: 'Tunde Bello' },
        publishedLine: null,
        stamp: { verb: 'updated', stamp: { date: '2024-03-03' } },
      },
    ],
    // Read only near the top (fewer than six lines kept above) or among the last four lines.
    ['Ngozi Abara Published December 11, 2023 | 07:10 PM', { top: false, index: 4 }, null, { author: null }],
    ['Ngozi Abara Published December 11, 2023 | 07:10 PM', { top: false, index: 7 }, 'byline', {}],
  ])('%s %j → %s', (line, at, kind, yields) => {
    const { kind: taken, found } = furnitureTake(nameAndStampReader, line, at);
    expect(taken).toBe(kind);
    expect(found).toMatchObject(yields);
  });

  it('takes only the first such line', () => {
    const found = findings({ nameStamp: { line: 2, text: 'Ngozi Abara Published December 11, 2023' } });
    expect(furnitureTake(nameAndStampReader, 'Tunde Bello Updated March 3, 2024', { found }).kind).toBeNull();
  });

  it('outranks a publication stamp in another language read before it', () => {
    const found = findings({ publishedLine: { line: 2, stamp: null, phrase: 'x' } });
    furnitureTake(nameAndStampReader, 'Ngozi Abara Published December 11, 2023', { found });
    expect(found.publishedLine).toMatchObject({ line: 5, stamp: { date: '2023-12-11' } });
  });
});
