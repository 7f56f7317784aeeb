/** Years in other languages: read where a word of the language makes the figure a year, never a bare count. */
import { describe, expect, it } from 'vitest';
import { findForeignExpressions } from '../../../src/engine/time/foreign.ts';
import { findForeignYears } from '../../../src/engine/time/foreign-years.ts';

const years = (sentence: string, language: string) => findForeignYears(sentence, language).map((e) => [e.text, e.year]);

describe('findForeignYears', () => {
  it.each([
    ['Schon 2013 musste die Molkerei Joghurt zurückrufen.', 'de', [['2013', 2013]]],
    ['Die Brücke wurde bereits 1987 gesperrt.', 'de', [['1987', 1987]]],
    [
      'Het museum werd in 2009 gesloten; de regel van 2016 geldt nog.',
      'nl',
      [
        ['2009', 2009],
        ['2016', 2016],
      ],
    ],
    ['Föreningen bildades redan 1974 och har funnits i 2000-talet.', 'sv', [['1974', 1974]]],
    [
      'Most zbudowano w 1936 roku, a wyremontowano w 2011 r.',
      'pl',
      [
        ['1936', 1936],
        ['2011', 2011],
      ],
    ],
    ['Most otevřeli v roce 1998.', 'cs', [['1998', 1998]]],
    [
      'Trường được xây dựng năm 1962 và sửa lại năm 2010.',
      'vi',
      [
        ['1962', 1962],
        ['2010', 2010],
      ],
    ],
    [
      'Pabrik itu dibuka pada 2004 dan ditutup tahun 2019.',
      'id',
      [
        ['2004', 2004],
        ['2019', 2019],
      ],
    ],
    [
      'Köprü 1973 yılında açıldı, 2021’de onarıldı.',
      'tr',
      [
        ['1973', 1973],
        ['2021’de', 2021],
      ],
    ],
    [
      'A 2016-os törvényt 2019-ben módosították.',
      'hu',
      // `2016-os` (of 2016) names the law's year, not a time something happened.
      [['2019-ben', 2019]],
    ],
    ['Škola je otvorena 1958. godine.', 'hr', [['1958', 1958]]],
    ['Завод построили в 1961 году.', 'ru', [['1961', 1961]]],
    [
      'המפעל נפתח ב-1958 ופעל עד 2013.',
      'he',
      [
        ['1958', 1958],
        ['2013', 2013],
      ],
    ],
    ['Το γεφύρι χτίστηκε το 1880.', 'el', [['1880', 1880]]],
    [
      'La llei del 2016 es va aprovar el 2015.',
      'ca',
      [
        ['2016', 2016],
        ['2015', 2015],
      ],
    ],
    ['Die Schule stammt aus den 1960er Jahren.', 'de', []],
  ])('%s (%s)', (sentence, language, expected) => {
    expect(years(sentence, language)).toEqual(expected);
  });

  it.each([
    ['Die Firma hat 1958 Beschäftigte und zahlt bis 2000 Euro.', 'de'],
    ['Företaget har 1958 anställda.', 'sv'],
    ['W proteście wzięło udział 2000 osób.', 'pl'],
    ['Au moins 1900 personnes, pour 2000 € de dons.', 'fr'],
    ['Din 2000 de persoane, doar câteva au plecat.', 'ro'],
    ['Más de 2000 vecinos firmaron en la campaña 2020-21.', 'es'],
    ['Evakuováno bylo 1850 lidí.', 'cs'],
    ['Ada 1999 warga yang terdampak.', 'id'],
  ])('reads no year in a count: %s (%s)', (sentence, language) => {
    expect(years(sentence, language)).toEqual([]);
  });

  it('gives the whole years to the sentence reader, which resolves them', () => {
    const found = findForeignExpressions('Schon 2013 musste die Molkerei Joghurt zurückrufen.', 'de');
    expect(found.map((e) => [e.kind, e.text])).toEqual([['year', '2013']]);
  });
});
