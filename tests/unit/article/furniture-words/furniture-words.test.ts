/** The furniture word tables: one per language, read by the readers through patterns built from them. */
import { describe, expect, it } from 'vitest';
import {
  alternationOf,
  FURNITURE_WORDS,
  furnitureWords,
  isWholeLine,
} from '../../../../src/engine/article/furniture-words/index.ts';

describe('FURNITURE_WORDS', () => {
  it('covers English, French, Spanish, Portuguese, German, Arabic, Italian and Dutch', () => {
    expect(Object.keys(FURNITURE_WORDS)).toEqual(
      expect.arrayContaining(['en', 'fr', 'es', 'pt', 'de', 'ar', 'it', 'nl']),
    );
  });

  it.each(['en', 'fr', 'es', 'pt', 'de', 'ar', 'it', 'nl'])(
    '%s has bylines, stamps, related lists and back-to-top',
    (code) => {
      const table = FURNITURE_WORDS[code]!;
      for (const kind of ['byline', 'published', 'updated', 'related', 'backToTop', 'commentForm', 'home'] as const)
        expect(table[kind].length, `${code}.${kind}`).toBeGreaterThan(0);
    },
  );

  it('holds no month or weekday name: those come from Intl', () => {
    const all = Object.values(FURNITURE_WORDS).flatMap((t) => Object.values(t).flat());
    for (const name of ['mars', 'marzo', 'März', 'mardi', 'miércoles', 'Dienstag', 'الثلاثاء'])
      expect(all).not.toContain(name);
  });
});

describe('isWholeLine', () => {
  it('matches every word of every table written alone on its line (none ends in a mark the matching drops)', () => {
    const unmatched: string[] = [];
    for (const words of Object.values(FURNITURE_WORDS))
      for (const [kind, list] of Object.entries(words) as Array<[keyof typeof words, readonly string[]]>)
        for (const w of list) if (!isWholeLine(kind, w)) unmatched.push(`${kind}: ${w}`);
    expect(unmatched).toEqual([]);
  });
});

describe('furnitureWords', () => {
  it('merges the languages longest first, without repeats', () => {
    const words = furnitureWords('byline');
    expect(words).toEqual(expect.arrayContaining(['by', 'par', 'por', 'von', 'di', 'door', 'بقلم']));
    expect(new Set(words).size).toBe(words.length);
    expect(words.indexOf('propos recueillis par')).toBeLessThan(words.indexOf('par'));
  });
});

describe('alternationOf', () => {
  it('matches any run of blanks for a space and either apostrophe', () => {
    const re = new RegExp(`^${alternationOf(["plus d'articles de"])}$`, 'i');
    expect(re.test('Plus d’articles  de')).toBe(true);
    expect(re.test('plus darticles de')).toBe(false);
  });
});

describe('isWholeLine', () => {
  it.each<[string, boolean]>([
    ['Back to top ↑', true],
    ['Retour en haut', true],
    ['Volver arriba', true],
    ['Voltar ao topo', true],
    ['Nach oben', true],
    ['العودة إلى الأعلى', true],
    ['Torna su', true],
    ['Terug naar boven', true],
    ['The climbers went back to the top of the ridge.', false],
  ])('%s → %s', (line, expected) => {
    expect(isWholeLine('backToTop', line)).toBe(expected);
  });
});
