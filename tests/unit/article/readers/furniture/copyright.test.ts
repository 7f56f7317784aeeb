/** Copyright lines: the holder is the publisher, unless it is an agency, which is credited. */
import { describe, expect, it } from 'vitest';
import { copyrightReader, matchCopyright } from '../../../../../src/engine/article/readers/furniture/copyright.ts';
import { furnitureTake } from '../helpers.ts';

describe('matchCopyright', () => {
  it.each([
    ['© 2024 The Coastline Courier. All rights reserved.', 'The Coastline Courier'],
    ['Copyright 2021 Lakeshore Media Ltd', 'Lakeshore Media'],
    ['Harbour Post · 14 Quay Street · © 2022 Harbour Post', 'Harbour Post'],
    ['The copyright on the harbour photographs stays with the city.', null],
  ])('%s → %s', (line, expected) => expect(matchCopyright(line)).toBe(expected));
});

describe('copyrightReader', () => {
  it.each<[string, string | null, object]>([
    [
      '© 2024 The Coastline Courier. All rights reserved.',
      'copyright',
      { copyright: { holder: 'The Coastline Courier', line: 5 }, credits: [] },
    ],
    [
      '© 2023 Agence France-Presse',
      'copyright',
      {
        copyright: null,
        credits: [{ name: 'AFP', quote: 'The copyright line “© 2023 Agence France-Presse” on line 5.' }],
      },
    ],
    ['The copyright on the harbour photographs stays with the city.', null, { copyright: null }],
  ])('%s → %s', (line, kind, yields) => {
    const { kind: taken, found } = furnitureTake(copyrightReader, line);
    expect(taken).toBe(kind);
    expect(found).toMatchObject(yields);
  });
});
