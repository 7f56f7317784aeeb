/** The language: front matter, the date line's language, or one read from the body; and the warning for non-English. */
import { describe, expect, it } from 'vitest';
import { decideLanguage, detectLanguage, shortLanguageCode } from '../../../../src/engine/article/deciders/language.ts';
import { body, findings } from './helpers.ts';

const ENGLISH =
  'The harbour authority reopened the northern quay on Tuesday after three weeks of repairs, and the first ferries were back at their berths by the evening.';
const FRENCH =
  'Le port a rouvert le quai nord mardi après trois semaines de travaux, et les premiers bateaux sont revenus à leur poste dans la soirée, selon la capitainerie.';

describe('detectLanguage', () => {
  it.each([
    [ENGLISH, 'en'],
    [FRENCH, 'fr'],
    ['Quay open.', null],
  ])('%s → %s', (text, code) => expect(detectLanguage(text)?.code ?? null).toBe(code));
});

// Texts in our own words, in languages that franc-min (82 languages) did not hold and read as a neighbour.
const CATALAN =
  "L'ajuntament va aprovar dimarts el pressupost per arreglar la plaça major, i les obres començaran al setembre segons l'alcaldessa.";
const DANISH =
  'Kommunen har besluttet at åbne den nye svømmehal den 3. marts, og borgerne kan allerede nu købe årskort på biblioteket.';
const NORWEGIAN =
  'Kommunen har bestemt at den nye svømmehallen skal åpne 3. mai, og innbyggerne kan allerede nå kjøpe årskort på biblioteket.';
const FINNISH =
  'Kunnanvaltuusto päätti tiistaina, että uuden uimahallin rakentaminen alkaa ensi keväänä ja valmistuu vuoden kuluttua.';
// Close neighbours trigrams cannot part, told apart by the month and weekday names only one of them uses.
const INDONESIAN =
  'Pemerintah kota meresmikan taman baru pada hari Senin, 12 Agustus, dan warga boleh datang setiap hari sampai malam.';
const MALAY =
  'Majlis perbandaran merasmikan taman baharu pada hari Isnin, 12 Ogos, dan penduduk boleh datang setiap hari sehingga malam.';
const CROATIAN =
  'Gradsko vijeće je u utorak, 8. listopada, odlučilo da će nova knjižnica biti otvorena do kraja godine, rekao je gradonačelnik.';
const SERBIAN =
  'Gradsko veće je u utorak, 8. oktobar, odlučilo da će nova biblioteka biti otvorena do kraja godine, a radovi počinju u avgust.';

describe('detectLanguage in languages beyond the most spoken', () => {
  it.each([
    [CATALAN, 'ca'],
    [DANISH, 'da'],
    [NORWEGIAN, 'no'],
    [FINNISH, 'fi'],
    [INDONESIAN, 'id'],
    [MALAY, 'ms'],
    [CROATIAN, 'hr'],
    [SERBIAN, 'sr'],
  ])('%s → %s', (text, code) => expect(detectLanguage(text)?.code).toBe(code));

  it('says which names told a close neighbour apart, found in the body or in the lines taken off around it', () => {
    expect(detectLanguage(CROATIAN)?.method).toContain('listopada');
    const withoutNames = CROATIAN.replace(', 8. listopada,', '');
    expect(detectLanguage(withoutNames, 'ZADAR, 8. listopada (Hina)')?.code).toBe('hr');
  });
});

describe('decideLanguage', () => {
  it('takes the front matter’s language, and warns that the rules read English', () => {
    const d = decideLanguage(findings(), { language: 'fr' }, body(ENGLISH));
    expect(d.value).toBe('fr');
    expect(d.provenance).toEqual({ basis: 'stated', reason: 'Set in the seed’s front matter.', line: null });
    expect(d.warnings).toEqual([
      {
        line: null,
        message: 'Reads as French; the date and event rules read English, so some dates and events may be missing.',
      },
    ]);
  });

  it('takes the language the date line names', () => {
    const dateLine = { date: '2021-03-04', line: 1, language: { code: 'de', name: 'German' } };
    const d = decideLanguage(findings({ dateLine }), {}, body(ENGLISH));
    expect(d.value).toBe('de');
    expect(d.provenance).toEqual({ basis: 'stated', reason: 'The date line on line 1 gives “de German”.', line: 1 });
  });

  it('reads the body when nothing states it', () => {
    const d = decideLanguage(findings(), {}, body(ENGLISH));
    expect(d).toMatchObject({ value: 'en', provenance: { basis: 'inferred' }, warnings: [] });
    expect(decideLanguage(findings(), {}, body('The quay is open.'))).toMatchObject({
      value: null,
      provenance: { basis: 'unknown', reason: 'Not stated, and the body is too short or too mixed to tell.' },
    });
  });
});

describe('shortLanguageCode', () => {
  it.each([
    ['ron', 'ro'],
    ['ces', 'cs'],
    ['ell', 'el'],
    ['arb', 'ar'],
    ['cmn', 'zh'],
    ['swh', 'sw'],
    ['zlm', 'ms'],
  ])('%s → %s', (iso3, short) => expect(shortLanguageCode(iso3)).toBe(short));
});
