/** Yesterday, today and tomorrow in other languages, from each language's own words. */
import { describe, expect, it } from 'vitest';
import { findForeignExpressions } from '../../../src/engine/time/foreign.ts';
import { findRelativeDays } from '../../../src/engine/time/relative-days.ts';

const days = (sentence: string, language: string) =>
  findRelativeDays(sentence, language).map((e) => [e.text, e.offset]);

describe('findRelativeDays', () => {
  it.each([
    [
      'Si sono concluse oggi pomeriggio le ricerche; ieri sera i morti erano nove.',
      'it',
      [
        ['oggi', 0],
        ['ieri', -1],
      ],
    ],
    [
      "L'altro ieri la scossa, domani la visita.",
      'it',
      [
        ["L'altro ieri", -2],
        ['domani', 1],
      ],
    ],
    [
      'La policía lo detuvo ayer y declarará mañana.',
      'es',
      [
        ['ayer', -1],
        ['mañana', 1],
      ],
    ],
    [
      'Kampanya dün başladı, yarın bitecek.',
      'tr',
      [
        ['dün', -1],
        ['yarın', 1],
      ],
    ],
    [
      'Вчера вечером и сегодня утром шёл дождь.',
      'ru',
      [
        ['Вчера', -1],
        ['сегодня', 0],
      ],
    ],
    [
      'Skolan öppnade igår och stänger i morgon.',
      'sv',
      [
        ['igår', -1],
        ['i morgon', 1],
      ],
    ],
    [
      'وقال أمس إن الاجتماع سيعقد غداً.',
      'ar',
      [
        ['أمس', -1],
        ['غدا', 1],
      ],
    ],
  ])('%s (%s)', (sentence, language, expected) => expect(days(sentence, language)).toEqual(expected));

  it('leaves the words that name no day: the morning, nowadays, and a language without a table', () => {
    expect(days('Llegó por la mañana, como hoy en día hacen todos.', 'es')).toEqual([]);
    expect(days('Am Morgen kam der Strom zurück.', 'de')).toEqual([]);
    expect(days('Hoje em dia ninguém usa isso.', 'pt')).toEqual([]);
    expect(days('Al giorno d’oggi nessuno lo usa.', 'it')).toEqual([]);
    expect(days('Il est parti hier.', 'xx')).toEqual([]);
    expect(days('Das Werk steht hier seit 1950.', 'de')).toEqual([]);
  });

  it('reads a bare "today" only in a sentence told in the past or the future, or with a clock time', () => {
    const found = (sentence: string, language: string) =>
      findForeignExpressions(sentence, language)
        .filter((e) => e.kind === 'relative-day')
        .map((e) => e.text);
    expect(found('Hoy tiene 62 alumnos y una directora.', 'es')).toEqual([]);
    expect(found('A cooperativa reúne hoje 140 agricultores.', 'pt')).toEqual([]);
    expect(found('El alcalde inauguró hoy la escuela.', 'es')).toEqual(['hoy']);
    expect(found('Una nuova scossa ha fatto tremare oggi alle 15.22 la zona.', 'it')).toEqual(['oggi']);
    expect(found('Amesema mwaka jana wafugaji walivuna tani nne.', 'sw')).toEqual([]);
    expect(found('Senin kemarin harganya masih Rp70 ribu.', 'id')).not.toContain('kemarin');
  });

  it('reads Norwegian and Bosnian with the tables of their neighbours', () => {
    expect(days('Brua åpnet i går.', 'nb')).toEqual([['i går', -1]]);
    expect(days('Most je otvoren jučer.', 'bs')).toEqual([['jučer', -1]]);
  });

  it('gives the sentence’s expressions a relative day beside its dates', () => {
    const found = findForeignExpressions('Gestern um 11.42 Uhr fiel der Strom aus; am 3. März 2024 auch.', 'de');
    expect(found.map((e) => e.kind)).toEqual(['relative-day', 'date']);
  });
});
