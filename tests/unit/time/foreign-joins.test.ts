/**
 * A weekday beside its calendar day or beside a "last"/"next" week, in another language, is one time: the day,
 * or that weekday of that week.
 */
import { describe, expect, it } from 'vitest';
import { findForeignExpressions } from '../../../src/engine/time/foreign.ts';
import { resolveExpression } from '../../../src/engine/time/resolve.ts';
import { statementKind } from '../../../src/engine/timeline/statement-kinds.ts';

const days = (sentence: string, language: string, published: string) =>
  findForeignExpressions(sentence, language).map((e) => ({
    text: e.text,
    start: resolveExpression(e, published, 'nearest')?.start,
  }));

describe('a weekday beside its calendar day', () => {
  it.each([
    {
      language: 'tr',
      sentence: 'Köy odasında 15 Mart Cumartesi günü bir söyleşi yapılacak.',
      text: '15 Mart Cumartesi',
    },
    {
      language: 'ar',
      sentence: 'وستقام الأمسية الثانية يوم الأحد في 16 حزيران في الساحة.',
      text: 'الأحد في 16 حزيران',
    },
    {
      language: 'el',
      sentence: 'Η συναυλία θα γίνει τη Δευτέρα 9 Σεπτεμβρίου στην πλατεία.',
      text: 'Δευτέρα 9 Σεπτεμβρίου',
    },
  ])('$language: “$text” is the day, with no weekday of its own', ({ language, sentence, text }) => {
    const found = days(sentence, language, '2024-06-05');
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(text);
  });

  it('keeps two weekdays apart from a date further off in the sentence', () => {
    const found = findForeignExpressions('Am Montag kam der Bescheid, das Fest ist am 3. Mai.', 'de');
    expect(found.map((e) => e.kind)).toEqual(['weekday', 'month-day']);
  });
});

describe('a weekday of the week before or after', () => {
  it.each([
    { language: 'de', sentence: 'Eine Schulung gibt es nächste Woche am Donnerstag im Rathaus.', start: '2025-03-20' },
    { language: 'fr', sentence: 'Une visite est prévue jeudi de la semaine prochaine.', start: '2025-03-20' },
    {
      language: 'es',
      sentence: 'La charla será el jueves de la próxima semana en la biblioteca.',
      start: '2025-03-20',
    },
    { language: 'de', sentence: 'Am Donnerstag letzter Woche wurde der Zaun aufgestellt.', start: '2025-03-06' },
  ])('$language: “$sentence” (Tuesday 11 March 2025) means $start', ({ language, sentence, start }) => {
    const found = days(sentence, language, '2025-03-11');
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(start);
  });

  it('is planned when it lies in the week after', () => {
    const sentence = 'Eine Schulung gibt es nächste Woche am Donnerstag im Rathaus.';
    const [e] = findForeignExpressions(sentence, 'de');
    expect(statementKind(sentence, e!, 'de')).toBe('planned');
  });
});
