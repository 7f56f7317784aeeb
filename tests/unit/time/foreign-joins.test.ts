/**
 * Times in other languages whose words go together: a weekday beside its calendar day or beside a "last"/"next"
 * week; a month with its year counted from the article's; the word for month before a month's name; the French
 * future told by the verb's ending.
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

describe('a month with the year counted from the article, and the word for month', () => {
  it.each([
    { language: 'pt', sentence: 'A segunda turma deverá arrancar em Setembro do próximo ano.', start: '2025-09-01' },
    { language: 'es', sentence: 'La próxima carrera se correrá en abril del próximo año.', start: '2026-04-01' },
    { language: 'it', sentence: 'Il corso riprenderà a marzo dell’anno prossimo.', start: '2026-03-01' },
    { language: 'ar', sentence: 'وستعرض الأعمال في معرض مفتوح في شهر مارس المقبل.', start: '2025-03-01' },
    { language: 'es', sentence: 'La idea nació en la primavera del año pasado en la biblioteca.', start: '2024-03-01' },
    { language: 'pt', sentence: 'O projeto nasceu no outono do ano passado, numa escola.', start: '2023-09-01' },
  ])(
    '$language: “$sentence” (Thursday 10 April 2025 for es and it, 10 October 2024 for pt)',
    ({ language, sentence, start }) => {
      const published = language === 'pt' ? '2024-10-10' : language === 'ar' ? '2025-01-10' : '2025-04-10';
      const found = findForeignExpressions(sentence, language);
      expect(found).toHaveLength(1);
      expect(resolveExpression(found[0]!, published, found[0]!.direction ?? 'past')?.start).toBe(start);
    },
  );

  it('keeps a month that names a street out', () => {
    expect(findForeignExpressions('A feira fica na Rua Sete de Setembro, no centro.', 'pt')).toEqual([]);
    expect(findForeignExpressions('Vive en la Avenida 9 de Julio.', 'es')).toEqual([]);
  });
});

describe('the French future told by the verb’s ending', () => {
  it('puts a month ahead and makes it a plan', () => {
    const sentence = 'Le troupeau restera sur place tout octobre, puis rejoindra la bergerie.';
    const [e] = findForeignExpressions(sentence, 'fr');
    expect(e!.direction).toBe('future');
    expect(resolveExpression(e!, '2024-09-10', 'future')?.start).toBe('2024-10-01');
    expect(statementKind(sentence, e!, 'fr')).toBe('planned');
  });

  it('leaves a past sentence in the past', () => {
    const sentence = 'Le troupeau est arrivé en octobre, selon la mairie.';
    const [e] = findForeignExpressions(sentence, 'fr');
    expect(e!.direction).toBeUndefined();
    expect(statementKind(sentence, e!, 'fr')).toBe('happened');
  });
});

describe('a day written in figures, day first, where no parser reads it', () => {
  it.each([
    { language: 'id', sentence: 'Tim itu dibentuk pada Senin (17/3/2025) oleh pemerintah.', text: 'Senin (17/3/2025)' },
    { language: 'tr', sentence: 'Komisyon 17.03.2025 tarihinde kuruldu.', text: '17.03.2025' },
  ])('$language: “$text” is 17 March 2025 whatever day the article is dated', ({ language, sentence, text }) => {
    const found = findForeignExpressions(sentence, language);
    expect(found.map((e) => e.text)).toEqual([text]);
    expect(resolveExpression(found[0]!, '2025-03-26', 'past')?.start).toBe('2025-03-17');
  });

  it('reads no impossible day and no version number', () => {
    expect(findForeignExpressions('Versi 31/2/2025 tidak ada.', 'id')).toEqual([]);
    expect(findForeignExpressions('Aplikasi versi 1.2.2025.4 dirilis.', 'id')).toEqual([]);
  });
});

describe('an Arabic limit that is still awaited', () => {
  it('is a deadline ahead of the article', () => {
    const sentence = 'ولا يزال التقرير منتظراً بحلول نهاية يونيو، بعد أن فاتته مهلة 30 أبريل.';
    const found = findForeignExpressions(sentence, 'ar');
    expect(found.map((e) => statementKind(sentence, e, 'ar'))).toEqual(['deadline', 'deadline']);
    expect(resolveExpression(found[0]!, '2025-05-10', found[0]!.direction ?? 'past')?.start).toBe('2025-06-01');
  });
});

describe('a day in figures with a clock time after it', () => {
  it('is a stamp left in the text, not a date the text tells', () => {
    expect(findForeignExpressions('objavljeno 17.05.2024. u 14:21', 'hr')).toEqual([]);
    expect(findForeignExpressions('14/08/2023 13:21:40', 'ar')).toEqual([]);
  });
});
