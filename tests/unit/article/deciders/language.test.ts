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
