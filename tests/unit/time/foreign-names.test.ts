/** Other languages' month and weekday names, built from Intl and looked up as a text writes them. */
import { describe, expect, it } from 'vitest';
import {
  bare,
  fold,
  monthOf,
  namesFor,
  toAsciiDigits,
  tokensOf,
  weekdayOf,
} from '../../../src/engine/time/foreign-names.ts';

describe('namesFor', () => {
  it('builds a language’s table from Intl, whatever its region', () => {
    const fr = namesFor('fr-CA')!;
    expect(fr.months.get('février')).toBe(2);
    expect(fr.months.get('févr')).toBe(2);
    expect(fr.weekdays.get('dimanche')).toBe(0);
    expect(fr.stems).toEqual([]);
    expect(namesFor('fr')).toBe(fr);
  });

  it('drops short names that are ordinary words unless a longer name of the month starts with them', () => {
    const fr = namesFor('fr')!;
    expect(fr.months.has('mars')).toBe(true);
    // Romanian "mai" (more) is also May's full name.
    expect(namesFor('ro')!.months.has('mai')).toBe(false);
  });

  it('keeps a full month name however short', () => {
    expect(namesFor('fr')!.months.get('mai')).toBe(5);
    expect(namesFor('de')!.months.get('mai')).toBe(5);
    expect(namesFor('nl')!.months.get('mei')).toBe(5);
    expect(namesFor('id')!.months.get('mei')).toBe(5);
  });

  it('gives stems for languages that inflect', () => {
    expect(namesFor('ru')!.stems.slice(0, 3)).toEqual([
      ['январ', 1],
      ['феврал', 2],
      ['март', 3],
    ]);
  });

  it.each(['en', 'zh', 'xx'])('has no table for “%s”', (language) => {
    expect(namesFor(language)).toBeNull();
  });
});

describe('monthOf and weekdayOf', () => {
  it.each([
    ['fr', 'mars', 3],
    ['fr', 'Janv.', 1],
    ['fr', 'mar', undefined],
    ['ru', 'марта', 3],
    ['ru', 'мартом', 3],
    ['ar', 'حزيران', 6],
  ] as const)('%s “%s” → month %s', (language, word, month) => {
    expect(monthOf(word, namesFor(language)!)).toBe(month);
  });

  it('reads a two-word name first (تشرين الأول, October)', () => {
    expect(monthOf('تشرين', namesFor('ar')!, 'الأول')).toBe(10);
  });

  it.each([
    ['fr', 'Lundi', 1],
    ['ru', 'понедельника', 1],
    ['fr', 'lendemain', undefined],
  ] as const)('%s “%s” → weekday %s', (language, word, weekday) => {
    expect(weekdayOf(word, namesFor(language)!)).toBe(weekday);
  });
});

describe('words as names are looked up', () => {
  it('folds case, composition and an abbreviation’s full stop', () => {
    expect(fold('Févr.')).toBe('févr');
    expect(bare('janv.')).toBe('janv');
    expect(bare(undefined)).toBe('');
  });

  it('reads Eastern Arabic and Persian digits as ASCII', () => {
    expect(toAsciiDigits('٢٠٢٣ و۱۴۰۲')).toBe('2023 و1402');
  });

  it('splits a text into located words and numbers', () => {
    expect(tokensOf('Le 3 mars 2024.').map((t) => [t[0], t.index])).toEqual([
      ['Le', 0],
      ['3', 3],
      ['mars', 5],
      ['2024', 10],
    ]);
  });
});

describe('a word that opens with a month’s stem', () => {
  it('is no month where it ends in a nasal vowel, as a verb does', () => {
    const pl = namesFor('pl')!;
    expect(monthOf('maja', pl)).toBe(5);
    expect(monthOf('maju', pl)).toBe(5);
    // "mają": they have.
    expect(monthOf('mają', pl)).toBeUndefined();
  });
});
