/**
 * Dates in other languages: full dates (chrono's parser for the language, else
 * Intl month names), months, weekdays, seasons, relative units and years, and
 * the future markers that set their direction.
 */
import { describe, expect, it } from 'vitest';
import { findForeignExpressions, findForeignNames, readForeignDate } from '../../../src/engine/time/foreign.ts';
import { foreignFuture } from '../../../src/engine/time/present-tense.ts';

describe('readForeignDate', () => {
  it.each([
    { text: 'La réunion a eu lieu le 18 février 2020 à Paris.', date: { year: 2020, month: 2, day: 18, index: 24 } },
    { text: 'تم التوقيع في 2 نوفمبر 2023.', date: { year: 2023, month: 11, day: 2, index: 14, length: 13 } },
    { text: 'Toplantı 3 Mart 2021 tarihinde yapıldı.', date: { year: 2021, month: 3, day: 3 } },
    { text: 'No date here.', date: null },
  ])('“$text”, language unknown', ({ text, date }) => {
    const read = readForeignDate(text, null);
    if (!date) return expect(read).toBeNull();
    expect(read).toMatchObject(date);
  });

  it('reads a day and month without a year only when asked', () => {
    expect(readForeignDate('30 حزيران الجاري', 'ar')).toBeNull();
    expect(readForeignDate('30 حزيران الجاري', 'ar', true)).toEqual({
      year: null,
      month: 6,
      day: 30,
      index: 0,
      length: 9,
    });
  });
});

describe('findForeignExpressions', () => {
  it.each([
    {
      sentence: 'Le sommet est prévu le 3 mars.',
      language: 'fr',
      found: [{ kind: 'month-day', month: 3, day: 3, text: '3 mars', direction: 'future' }],
    },
    {
      sentence: 'Le sommet a eu lieu le 3 mars 2024 à 10 heures.',
      language: 'fr',
      found: [{ kind: 'date', year: 2024, month: 3, day: 3, text: '3 mars 2024' }],
    },
    {
      sentence: 'La semaine dernière, en 2019, depuis lundi.',
      language: 'fr',
      found: [
        { kind: 'relative-week', offset: -1, text: 'semaine' },
        { kind: 'year', year: 2019, text: '2019' },
        { kind: 'weekday', weekday: 1, text: 'lundi' },
      ],
    },
    {
      sentence: 'Mötet hölls den 3 mars 2022.',
      language: 'sv',
      found: [{ kind: 'date', year: 2022, month: 3, day: 3 }],
    },
    {
      sentence: 'الاجتماع سيتم في 30 حزيران الجاري منذ عام 2021.',
      language: 'ar',
      found: [
        { kind: 'month-day', month: 6, day: 30, text: '30 حزيران', direction: 'future' },
        { kind: 'year', year: 2021 },
      ],
    },
    {
      sentence: '会议将于2019年7月18日举行。',
      language: 'zh',
      found: [{ kind: 'date', year: 2019, month: 7, day: 18, direction: 'future' }],
    },
  ])('$language: “$sentence”', ({ sentence, language, found }) => {
    expect(findForeignExpressions(sentence, language)).toMatchObject(found);
  });
});

describe('findForeignNames', () => {
  it('reads months, weekdays, seasons and relative weeks with their direction', () => {
    expect(
      findForeignNames('La semaine prochaine, en juin, lundi dernier, du lundi au samedi, l’été dernier.', 'fr'),
    ).toMatchObject([
      { kind: 'relative-week', offset: 1, text: 'semaine' },
      { kind: 'month', month: 6, text: 'juin', direction: 'past' },
      { kind: 'weekday', weekday: 1, text: 'lundi', direction: 'past' },
      { kind: 'season', season: 'summer', offset: -1, text: 'été' },
    ]);
  });

  it.each<[string, string, object]>([
    [
      'Schon im Herbst 2019 war der Pegel niedrig.',
      'de',
      { kind: 'season', season: 'autumn', year: 2019, text: 'Herbst 2019' },
    ],
    ['La obra empezó en marzo de 2021.', 'es', { kind: 'month', month: 3, year: 2021, text: 'marzo de 2021' }],
    ['O concurso abriu em setembro de 2020.', 'pt', { kind: 'month', month: 9, year: 2020, text: 'setembro de 2020' }],
    // Regional month names: Austrian German, Levantine (two words, maybe with the other name in brackets), Moroccan.
    ['Im Jänner 2024 fiel der erste Schnee.', 'de', { kind: 'month', month: 1, year: 2024, text: 'Jänner 2024' }],
    ['توقف المشروع منذ تشرين الثاني 2016 بسبب التمويل.', 'ar', { month: 11, year: 2016, text: 'تشرين الثاني 2016' }],
    [
      'وتذكر الأهالي عاصفة كانون الثاني (يناير) 2022 التي عزلت القرى.',
      'ar',
      { kind: 'month', month: 1, year: 2022, text: 'كانون الثاني (يناير) 2022' },
    ],
    ['أعيد افتتاح القاعة في شتنبر 2020 بعد الترميم.', 'ar', { kind: 'month', month: 9, year: 2020 }],
  ])('reads the year written after a month or a season: %s', (sentence, language, expected) => {
    expect(findForeignNames(sentence, language)).toMatchObject([expected]);
  });

  it('leaves a year that a longer word stands before', () => {
    expect(findForeignNames('En marzo, unas 2021 familias votaron.', 'es')[0]).not.toHaveProperty('year');
  });

  it('leaves a span of every week out (“von Montag bis Freitag”)', () => {
    expect(findForeignNames('Geöffnet von Montag bis Freitag.', 'de')).toEqual([]);
  });

  it('reads nothing in a language without a name table', () => {
    expect(findForeignNames('明年', 'zh')).toEqual([]);
  });
});

describe('foreignFuture', () => {
  it.each([
    ['Le sommet est prévu le 3 mars.', 'future'],
    ['Le sommet a eu lieu le 3 mars.', undefined],
    ['Il est prévu, le sommet a eu lieu le 3 mars.', undefined],
    // "Must" in the present tells what is to come: Portuguese and Italian "deve", Spanish "debe".
    ['O contentor deve chegar ao porto a 3 mars.', 'future'],
    ['La sala debe pronunciarse antes del 3 mars.', 'future'],
    // Arabic: the future's prefix on a verb, not a noun that opens with the same letters ("the cinema").
    ['ستفتتح البلدية القاعة يوم 3 mars.', 'future'],
    ['أعيد افتتاح سينما الحي يوم 3 mars.', undefined],
  ])('“%s” → %s', (sentence, direction) => {
    expect(foreignFuture(sentence, sentence.indexOf('3 mars'))).toBe(direction);
  });

  it('reads a clause too short for a verb of its own with the sentence before it', () => {
    const sentence = 'O navio deverá deixar o porto a reboque, rumo a um estaleiro, em dezembro.';
    expect(foreignFuture(sentence, sentence.indexOf('dezembro'))).toBe('future');
    // A clause with a verb after the date is its own: "que em outubro registaram" tells the past.
    const own = 'A empresa vai reforçar a manutenção das automotoras, que em outubro registaram 37 avarias.';
    expect(foreignFuture(own, own.indexOf('outubro'))).toBeUndefined();
  });

  it('reads the year after the word for year (`صيف عام 2027`)', () => {
    const [season] = findForeignExpressions('ومن المنتظر أن يصدر التقرير النهائي في صيف عام 2027.', 'ar');
    expect(season).toMatchObject({ kind: 'season', season: 'summer', year: 2027, text: 'صيف عام 2027' });
  });

  it('looks past the date only to the end of its clause', () => {
    const sentence = "L'enquête, ouverte le 3 mars, doit rendre ses conclusions en juin.";
    expect(foreignFuture(sentence, sentence.indexOf('3 mars'), 40)).toBeUndefined();
    const planned = 'Le sommet est prévu le 3 mars.';
    expect(foreignFuture(planned, planned.indexOf('3 mars'), 40)).toBe('future');
  });
});

describe('month names inside proper names', () => {
  it.each<[string, string, string[]]>([
    ['A sede fica na Rua Sete de Setembro desde setembro de 2020.', 'pt', ['setembro de 2020']],
    ['El corte afecta a la Avenida 9 de Julio desde el 3 de marzo.', 'es', ['3 de marzo']],
    ['Le marché de la place du 8 Mai rouvre le 3 juin.', 'fr', ['3 juin']],
    // A month that opens the sentence, and a language that writes its months with a capital, are dates.
    ['Setembro foi o mês mais chuvoso desde 2019.', 'pt', ['Setembro', '2019']],
    ['Die Brücke ist seit Oktober 2023 gesperrt.', 'de', ['Oktober 2023']],
  ])('%s', (sentence, language, texts) => {
    expect(findForeignExpressions(sentence, language).map((e) => e.text)).toEqual(texts);
  });
});

describe('words that look like dates and are not', () => {
  it.each<[string, string, string[]]>([
    // The participle of "être", not the season; the season has a determiner or a year.
    ['Le gardien a été relaxé, et le quai avait déjà été fermé.', 'fr', []],
    ["Le pont rouvrira cet été, après l'été 2023.", 'fr', ['été', 'été 2023']],
    // A relative day is no calendar day, though chrono fills one in with a clock time.
    // "Today" with its clock time is the day of a status (read as a relative day, not a calendar date).
    ['Hasta las 9:00 de hoy, la estación registraba 148 milímetros.', 'es', ['hoy']],
    // Portuguese weekdays are written with a hyphen; the day of the month in brackets belongs to the weekday.
    [
      'A câmara interditou nesta terça-feira (14) a ponte, que reabre na segunda-feira.',
      'pt',
      ['terça-feira (14)', 'segunda-feira'],
    ],
  ])('%s', (sentence, language, texts) => {
    expect(findForeignExpressions(sentence, language).map((e) => e.text)).toEqual(texts);
  });
});

describe('a month with its year counted from the article’s', () => {
  it.each<[string, string, string, number]>([
    ['En octubre del año pasado, el boleto costaba 310 pesos.', 'es', 'octubre del año pasado', -1],
    ["En juin de l'année dernière, le pont a fermé.", 'fr', "juin de l'année dernière", -1],
    ['Im Oktober letzten Jahres wurde die Brücke gesperrt.', 'de', 'Oktober letzten Jahres', -1],
    ['A obra termina em março do ano que vem.', 'pt', 'março do ano que vem', 1],
  ])('%s', (sentence, language, text, yearOffset) => {
    expect(findForeignExpressions(sentence, language)).toMatchObject([{ kind: 'month', text, yearOffset }]);
  });
});

describe('the tense of a weekday’s own clause', () => {
  it('does not take the future of a clause after “et”', () => {
    const [e] = findForeignExpressions('La pluie a commencé mercredi soir et devrait durer jusqu’au week-end.', 'fr');
    expect(e).toMatchObject({ kind: 'weekday', text: 'mercredi' });
    expect(e!.direction).toBeUndefined();
  });
});

describe('round 6 shapes of relative dates in other languages', () => {
  it('reads a month under two calendars’ names joined by a slash as one month', () => {
    expect(findForeignExpressions('وصدر الحكم في 20 أكتوبر/تشرين الأول 2025 بعد جلسة طويلة.', 'ar')).toMatchObject([
      { kind: 'date', year: 2025, month: 10, day: 20, text: '20 أكتوبر/تشرين الأول 2025' },
    ]);
  });
  it('takes no future from a French participle ending like a Spanish future (“déclaré”)', () => {
    const [e] = findForeignExpressions("L'incendie s'était déclaré jeudi vers 16 heures.", 'fr');
    expect(e).toMatchObject({ kind: 'weekday', text: 'jeudi' });
    expect(e!.direction).toBeUndefined();
  });
  it('reads Indonesian “minggu lalu” as last week, not last Sunday', () => {
    expect(findForeignExpressions('Minggu lalu kapal tidak ada yang keluar.', 'id')).toMatchObject([
      { kind: 'relative-week', offset: -1 },
    ]);
  });
  it.each([
    ['Foreningen mødes på lørdag for at lægge en plan.', 'da'],
    ['Laget møtes på lørdag for å legge en plan.', 'nb'],
    ['Föreningen träffas på lördag för att göra en plan.', 'sv'],
  ])('reads a weekday after “på” as the coming one: %s', (sentence, language) => {
    expect(findForeignExpressions(sentence, language)).toMatchObject([{ kind: 'weekday', direction: 'future' }]);
  });
  it.each([['Η εταιρεία θα ανακοινώσει τα αποτελέσματα του τρίτου τριμήνου.', 'el']])(
    'reads no weekday in a word written small where the language writes its weekdays with a capital: %s',
    (s, l) => {
      expect(findForeignExpressions(s, l)).toEqual([]);
    },
  );
  it('reads a Turkish weekday written small, as Turkish writes it in running text, and a future participle', () => {
    expect(findForeignExpressions('Festival cumartesi günü başlayacak.', 'tr')).toMatchObject([{ kind: 'weekday' }]);
    expect(findForeignExpressions('Başkan, festivalin cumartesi günü başlayacağını söyledi.', 'tr')[0]?.direction).toBe(
      'future',
    );
  });
  it.each([
    ['Därefter är den öppen varje söndag fram till midsommar.', 'sv'],
    ['Tržnica radi svake subote do podne.', 'hr'],
    ['Το μουσείο είναι ανοιχτό κάθε Κυριακή.', 'el'],
    ["L'épicerie ouvrira aussi le dimanche matin dès le printemps.", 'fr'],
    ['Il museo resta aperto la domenica fino alle 18.', 'it'],
  ])('reads no day in every such weekday: %s', (sentence, language) => {
    expect(findForeignExpressions(sentence, language).filter((e) => e.kind === 'weekday')).toEqual([]);
  });
  it.each([
    ['A nova linha liga o Jardim Primavera ao centro da cidade.', 'pt'],
    ['Какой зимний праздник вы любите больше всего?', 'ru'],
    ['В конкурсе «Зимняя сказка» участвовали двадцать семей.', 'ru'],
  ])('reads no season in a name or an adjective: %s', (sentence, language) => {
    expect(findForeignExpressions(sentence, language).filter((e) => e.kind === 'season')).toEqual([]);
  });
  it('reads a French weekday after “le” as one day where its date follows', () => {
    expect(findForeignExpressions('Le marché rouvrira le dimanche 12 janvier.', 'fr')).toMatchObject([
      { kind: 'month-day', day: 12, month: 1 },
    ]);
  });
  it.each([
    ['Im Frühling 2024 wurde der Zaun gebaut.', 'de'],
    ['Na Primavera de 2020 a escola fechou.', 'pt'],
  ])('reads a season written with a capital at the sentence’s start or in German: %s', (sentence, language) => {
    expect(findForeignExpressions(sentence, language)).toMatchObject([{ kind: 'season' }]);
  });
  it('reads a short month name that ends in a consonant only in its own forms', () => {
    expect(findForeignExpressions('Марск извинилась перед жителями города.', 'ru')).toEqual([]);
    expect(findForeignExpressions('Сессия прошла в марте, а итоги подвели в июне.', 'ru')).toMatchObject([
      { kind: 'month', month: 3 },
      { kind: 'month', month: 6 },
    ]);
  });
  it('reads a season’s noun in its cases', () => {
    expect(findForeignExpressions('Зимой в селе построили каток.', 'ru')).toMatchObject([{ kind: 'season' }]);
  });
  it('reads Indonesian “minggu” written small as the week, and “Minggu” as Sunday', () => {
    expect(findForeignExpressions('Perahu itu dibuat selama tiga minggu oleh warga desa.', 'id')).toEqual([]);
    expect(findForeignExpressions('Pasar dibuka lagi pada hari Minggu pagi.', 'id')).toMatchObject([
      { kind: 'weekday', weekday: 0 },
    ]);
  });
  it.each<[string, string, string, number]>([
    ['De versterking moet volgend voorjaar klaar zijn.', 'nl', 'season', 1],
    ['Le chantier commence cette semaine.', 'fr', 'relative-week', 0],
    ['Este año llovió poco.', 'es', 'relative-year', 0],
    ['Harga naik tahun ini.', 'id', 'relative-year', 0],
  ])('%s', (sentence, language, kind, offset) => {
    expect(findForeignExpressions(sentence, language)).toMatchObject([{ kind, offset }]);
  });
});

describe('words that make a month or a weekday no date', () => {
  it('leaves every such weekday out (“cada domingo”, “tous les lundis”)', () => {
    expect(findForeignExpressions('Cada domingo, la entrada del parque se llena de carros.', 'es')).toEqual([]);
    expect(findForeignExpressions('Le marché se tient tous les lundis sur la place.', 'fr')).toEqual([]);
    expect(findForeignExpressions('Рынок работает по субботам у здания почты.', 'ru')).toEqual([]);
    expect(findForeignExpressions('Рынок откроется в субботу у здания почты.', 'ru')).toMatchObject([
      { kind: 'weekday' },
    ]);
  });
});

describe('short month names that are words', () => {
  it('reads no month in a bare short name without its full stop or a year (“sept victimes”, “dez casas”)', () => {
    expect(findForeignExpressions('La Croatie honore les sept victimes des inondations.', 'fr')).toEqual([]);
    expect(findForeignExpressions('A junta espera ter mais dez casas inscritas.', 'pt')).toEqual([]);
    expect(findForeignExpressions('Le pont rouvrira en sept. selon la mairie.', 'fr')).toMatchObject([
      { kind: 'month', month: 9 },
    ]);
  });
});

describe('a yearless month with no mark of either way', () => {
  it.each([
    ['Radnice zveřejní výsledky soutěže začátkem října.', 'cs', 'nearest'],
    ['ويستعد المجلس البلدي لعرض الميزانية في يوليو/تموز.', 'ar', 'nearest'],
    ['Kulüp yeni sezonun kadrosunu ağustos sonunda duyuruyor.', 'tr', 'nearest'],
    ['O conselho decide em setembro o destino do mercado.', 'pt', 'nearest'],
    // A mark of the past in the sentence, or "since" before the month, keeps the last one.
    ['En julio, el ayuntamiento aprobó la nueva ordenanza.', 'es', undefined],
    ['La rue est fermée depuis septembre pour des travaux.', 'fr', undefined],
    ['Biblioteka otrzymała nowe regały w październiku.', 'pl', undefined],
    ['Кружок получил новые столы в ноябре.', 'ru', undefined],
    // A language whose marks of the past are not listed reads as before.
    ['A pályázat eredményét szeptember végén hirdetik ki.', 'hu', undefined],
  ])('%s (%s) → %s', (sentence, language, direction) => {
    const [e] = findForeignExpressions(sentence, language);
    expect(e).toMatchObject({ kind: 'month' });
    expect(e!.direction).toBe(direction);
  });
});

describe('dates in the languages added from Intl, and their orders', () => {
  const read = (sentence: string, language: string) =>
    findForeignExpressions(sentence, language).map((e) => ({
      text: e.text,
      kind: e.kind,
      ...(e.year ? { year: e.year } : {}),
      ...(e.month ? { month: e.month } : {}),
      ...(e.day ? { day: e.day } : {}),
      ...(e.direction ? { direction: e.direction } : {}),
    }));

  it('reads no calendar day into a relative word the locale does not tag (`Gestern um 11.42 Uhr`)', () => {
    expect(read('Zur Erinnerung: Gestern um 11.42 Uhr war im Werk ein Fehler aufgetreten.', 'de')).toEqual([
      { text: 'Gestern', kind: 'relative-day' },
    ]);
    expect(read('Am Dienstag, 4. März 2024 um 10 Uhr begann es.', 'de')).toMatchObject([
      { kind: 'date', year: 2024, month: 3, day: 4 },
    ]);
  });

  it('reads Catalan days with their joining words, and its past with `va` as the past', () => {
    expect(read('El jutjat va rebre l’escrit el 14 de novembre.', 'ca')).toEqual([
      { text: '14 de novembre', kind: 'month-day', month: 11, day: 14 },
    ]);
    expect(read('Dijous 23 d’octubre del 2025 es va aturar tot.', 'ca')).toMatchObject([
      { kind: 'date', year: 2025, month: 10, day: 23 },
    ]);
    expect(read("Dijous 23 d'octubre es va aturar tot.", 'ca')).toMatchObject([
      { kind: 'month-day', month: 10, day: 23 },
    ]);
    expect(read('L’escola lliurarà els premis el 3 de desembre.', 'ca')).toMatchObject([{ direction: 'future' }]);
  });

  it('reads a short month name only with its full stop or the year right after it (`des del 2014` is since 2014)', () => {
    expect(read('La línia funciona des del 2014.', 'ca')).toMatchObject([{ kind: 'year', year: 2014 }]);
    expect(read('La nau permetrà assajar castells de set pisos.', 'ca')).toEqual([]);
    expect(read('Va obrir el des. 2015.', 'ca')).toMatchObject([{ kind: 'month', month: 12, year: 2015 }]);
  });

  it('reads no day into a weekday joined by "and" to an every-week one (`cada dimecres i divendres`)', () => {
    expect(read('Els assajos seran cada dimecres i divendres de 20 a 22 h.', 'ca')).toEqual([]);
    expect(read('El mercat obre dimecres i divendres.', 'ca')).toHaveLength(2);
  });

  it('reads Galician days with `de` before the month and the year', () => {
    expect(read('O 14 de novembro de 2025 pechou o mercado.', 'gl')).toMatchObject([
      { kind: 'date', year: 2025, month: 11, day: 14 },
    ]);
  });

  it('reads year-first and month-first dates where the language writes them so, and case endings on month names', () => {
    expect(read('A cég 2025. november 14-én adta be a jelentést.', 'hu')).toMatchObject([
      { kind: 'date', year: 2025, month: 11, day: 14 },
    ]);
    expect(read('A hivatal november 14-én döntött.', 'hu')).toMatchObject([{ kind: 'month-day', month: 11, day: 14 }]);
    expect(read('A hatóság már 2021 márciusában figyelmeztetett.', 'hu')).toMatchObject([{ kind: 'month', month: 3 }]);
    expect(read('Belediye haziranda açıklama yaptı.', 'tr')).toMatchObject([{ kind: 'month', month: 6 }]);
    // Not a month's name that is also a noun with its own endings (`aralık`, interval).
    expect(read('Yağmur aralıklarla sürdü, şenlik aralıksız yapıldı.', 'tr')).toEqual([]);
    expect(read('Ministerija 2025 m. lapkričio 14 d. paskelbė sprendimą.', 'lt')).toMatchObject([
      { kind: 'date', year: 2025, month: 11, day: 14 },
    ]);
  });

  it('gives the nearest day or month in a language whose tenses are not read', () => {
    expect(read('Министерството ще обяви решението на 14 декември.', 'bg')).toMatchObject([
      { kind: 'month-day', month: 12, day: 14, direction: 'nearest' },
    ]);
  });

  it('reads the Gregorian month names of a language whose default calendar is another (Persian)', () => {
    expect(read('این نشست در ۱۴ نوامبر ۲۰۲۵ برگزار شد.', 'fa')).toMatchObject([
      { kind: 'date', year: 2025, month: 11, day: 14 },
    ]);
    expect(read('این نشست در ۲۴ آبان برگزار شد.', 'fa')).toEqual([]);
  });
});

describe('weekdays of every week, listed', () => {
  const weekdays = (sentence: string, language: string) =>
    findForeignExpressions(sentence, language)
      .filter((e) => e.kind === 'weekday')
      .map((e) => e.text);
  it('reads no day into a list of weekdays after an every-week article (`los lunes, miércoles y viernes`)', () => {
    expect(weekdays('La farmacia abrirá los lunes, miércoles y viernes por la mañana.', 'es')).toEqual([]);
    expect(weekdays('El mercado abrió el lunes y el martes.', 'es')).toEqual(['lunes', 'martes']);
    expect(weekdays('Le marché est ouvert le mardi, jeudi et samedi.', 'fr')).toEqual([]);
  });
});
