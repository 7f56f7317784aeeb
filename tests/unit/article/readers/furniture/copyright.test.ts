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
    // The holder before the sign, or beside the reservation with no sign, in any covered language.
    ['Gazeta da Ribeira © 2023. Todos os direitos reservados.', 'Gazeta da Ribeira'],
    ['Diario del Valle - Todos los derechos reservados', 'Diario del Valle'],
    ['جميع الحقوق محفوظة - صحيفة النهر', 'صحيفة النهر'],
    ['La Voix du Port © 2024 | Politique de confidentialité', 'La Voix du Port'],
    ['© EFE 2024. Prohibida la reproducción sin autorización.', 'EFE'],
    ['The minister said the rights were reserved.', null],
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
    [
      '© dpa-infocom, dpa:240102-99-1/2',
      'copyright',
      {
        copyright: null,
        credits: [{ name: 'dpa', quote: 'The copyright line “© dpa-infocom, dpa:240102-99-1/2” on line 5.' }],
      },
    ],
  ])('%s → %s', (line, kind, yields) => {
    const { kind: taken, found } = furnitureTake(copyrightReader, line);
    expect(taken).toBe(kind);
    expect(found).toMatchObject(yields);
  });
});
