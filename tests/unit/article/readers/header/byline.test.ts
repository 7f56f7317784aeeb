/** Bylines: the writer's name, and an agency after it as a credit. */
import { describe, expect, it } from 'vitest';
import { matchNameAndStamp } from '../../../../../src/engine/article/readers/furniture/name-and-stamp.ts';
import { bylineReader, matchByline } from '../../../../../src/engine/article/readers/header/byline.ts';
import { findings, headerTake, lineTake } from '../helpers.ts';

describe('matchByline', () => {
  it.each([
    ['By: Ana Lima', { name: 'Ana Lima', agencies: [] }],
    // A role or a note in brackets after the name is not part of it; an agency there is credited.
    ['Par Claire Morin (correspondante)', { name: 'Claire Morin', agencies: [] }],
    ['Texto: Rita Fonseca (estagiária, sob supervisão de Paulo Reis)', { name: 'Rita Fonseca', agencies: [] }],
    ['By Joe Park (AFP)', { name: 'Joe Park', agencies: ['AFP'] }],
    // Writer-and-photographer labels, television bylines and a journalist's label, from the word tables.
    ['Text & Foto: Lena Vogt', { name: 'Lena Vogt', agencies: [] }],
    ['Story and photos by Grace Mensah, Program Officer', { name: 'Grace Mensah', agencies: [] }],
    ['Un reportage de Paul Girard', { name: 'Paul Girard', agencies: [] }],
    ['Jornalista: Joana da Silva Reis', { name: 'Joana da Silva Reis', agencies: [] }],
    // A desk in the byline's place names no writer.
    ['by Digest Desk', null],
    ['By Ana Lima and Joe Park', { name: 'Ana Lima and Joe Park', agencies: [] }],
    ['By Amara Okafor, AFP', { name: 'Amara Okafor', agencies: ['AFP'] }],
    ['By Jane Doe | Staff Reporter', { name: 'Jane Doe', agencies: [] }],
    ['Written by Jane Doe in Kampala', { name: 'Jane Doe', agencies: [] }],
    ['Par Claire Denoël', { name: 'Claire Denoël', agencies: [] }],
    ["Par Claire Denoël | Le 03/10/2024 à 17h12 | Temps de lecture: 2'", { name: 'Claire Denoël', agencies: [] }],
    ['Tomas Reyes, Senior Correspondent', { name: 'Tomas Reyes', agencies: [] }],
    ['Words: Ines Calder', { name: 'Ines Calder', agencies: [] }],
    ['Por Clara Monteiro, Jornal do Vale — Sorocaba (SP)', { name: 'Clara Monteiro', agencies: [] }],
    ['Live reporting by Owen Price', { name: 'Owen Price', agencies: [] }],
    ['بقلم: كريم الناصر - محرر الشؤون المحلية', { name: 'كريم الناصر', agencies: [] }],
    ['Text messages flooded the switchboard', null],
    // Prose that opens with "By" is no byline.
    ['By the end of the year the port had reopened.', null],
  ])('%s', (line, expected) => expect(matchByline(line)).toEqual(expected));
});

describe('bylineReader', () => {
  it.each<[string, string | null, object]>([
    [
      'By Amara Okafor, AFP',
      'byline',
      {
        author: { name: 'Amara Okafor', line: 2, how: 'byline' },
        credits: [{ name: 'AFP', quote: 'The byline on line 2: “By Amara Okafor, AFP”.', anchor: '' }],
      },
    ],
    ['**By Jane Doe**', 'byline', { author: { name: 'Jane Doe' } }],
    ['By the end of the year the port had reopened.', null, { author: null }],
  ])('%s → %s', (line, kind, yields) => {
    const { kind: taken, found } = headerTake(bylineReader, line);
    expect(taken).toBe(kind);
    expect(found).toMatchObject(yields);
  });

  it('takes only the first byline, in the header and under the standfirst alike', () => {
    const found = findings({ author: { name: 'Ana Lima', line: 3, how: 'byline' } });
    expect(headerTake(bylineReader, 'By Joe Park', { found }).kind).toBeNull();
    expect(lineTake(bylineReader, 'By Joe Park', found).kind).toBeNull();
    expect(lineTake(bylineReader, 'By Joe Park').found.author).toMatchObject({ name: 'Joe Park', line: 5 });
  });
});

describe('a stamp, then a byline with the writer’s role and place', () => {
  it('takes the writer and the stamp', () => {
    const read = matchNameAndStamp(
      'Publicado em 14/08/2023 — 18:30 Por Rita Fonseca — Repórter da Agência Sul — Recife',
    );
    expect(read).toMatchObject({
      name: 'Rita Fonseca',
      verb: 'published',
      stamp: { date: '2023-08-14', time: '18:30' },
    });
  });

  it('takes no desk for a writer', () => {
    expect(matchNameAndStamp('Posted Aug 7, 2024 by Digest Desk | Africa, Energy')?.name ?? null).toBeNull();
  });
});
