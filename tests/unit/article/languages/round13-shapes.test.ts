/** Page shapes read in round 13: a menu row from the home page, a section named again from the menu, a two-word
 * Levantine month in a dateline, Balkan and Baltic agencies, and a name beside a stamp that reads two ways. */
import { describe, expect, it } from 'vitest';
import { agencyNamed } from '../../../../src/engine/article/agencies.ts';
import { isNavigationLine } from '../../../../src/engine/article/readers/furniture/navigation.ts';
import { matchDateline } from '../../../../src/engine/article/readers/lede/dateline.ts';
import { readPage } from './read.ts';

describe('a menu row from the home page, its words run together', () => {
  it('is navigation; a title-case headline is not', () => {
    expect(isNavigationLine('Inicio Locales Provinciales Deportes Agro Sociales Clasificados')).toBe(true);
    expect(isNavigationLine('Home Prices Climb For The Third Month Running')).toBe(false);
    expect(isNavigationLine('Inicio Locales')).toBe(false);
  });
});

describe('a page whose section is printed again under the menu', () => {
  it('takes the section for the kicker and the next line for the headline', () => {
    const { article, removed } = readPage(
      'lt-page.txt',
      [
        'Pajūrio žinios',
        'Naujienos  Iš mūsų seniūnijų  Sportas  Kultūra  Skelbimai',
        'IŠ MŪSŲ SENIŪNIJŲ',
        '2025 m. spalio 2 d.',
        'Į Kalnėnus vėl kursuos autobusas į turgų',
        'Nuo kito mėnesio kiekvieną šeštadienį iš Kalnėnų į rajono turgų vėl važiuos autobusas, pranešė seniūnija.',
        'Maršrutą praėjusią vasarą buvo nutraukęs vežėjas, nes trūko keleivių.',
      ].join('\n'),
    );
    expect(article.title).toBe('Į Kalnėnus vėl kursuos autobusas į turgų');
    expect(removed.get('IŠ MŪSŲ SENIŪNIJŲ')).toBe('kicker');
  });
});

describe('a name beside a stamp that reads two ways', () => {
  it('is the byline', () => {
    const { article } = readPage(
      'ca-page.txt',
      [
        'El Poble',
        'Societat  Política  Esports  Cultura',
        'La biblioteca de Sant Roc amplia l’horari d’estiu',
        'Obrirà també els dissabtes al matí fins a final d’agost',
        'Marta Puig Soler',
        '03/06/2025 10:15',
        'La biblioteca de Sant Roc obrirà els dissabtes al matí a partir d’aquest mes, segons ha anunciat el consistori.',
        'L’ampliació respon a les peticions dels estudiants, que reclamaven més hores de sala d’estudi.',
      ].join('\n'),
    );
    expect(article.author).toBe('Marta Puig Soler');
  });
});

describe('datelines and agencies', () => {
  it('reads a month of two words in an Arabic dateline (`تشرين الثاني`)', () => {
    expect(matchDateline('إربد 4 تشرين الأول (بترا) - افتتحت البلدية حديقة جديدة.')).toMatchObject({
      place: 'إربد',
      date: { month: 10, day: 4 },
      agencies: ['Petra'],
    });
  });
  it.each([
    ['ATSH', 'ATSH'],
    ['STA', 'STA'],
    ['TASR', 'TASR'],
    ['ELTA', 'ELTA'],
    ['Fena', null],
    ['Mia', null],
  ])('%s → %s', (name, agency) => expect(agencyNamed(name)).toBe(agency));
});
