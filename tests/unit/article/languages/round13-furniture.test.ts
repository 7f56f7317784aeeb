/**
 * Pages in Slovene, Albanian, Bulgarian, Hebrew, Lithuanian, Latvian, Estonian and Slovak: their bylines, stamps,
 * share rows, "read also" lists, comment forms and copyright lines are taken off by the words of their furniture
 * tables, and their paragraphs are kept, including sentences that open with a furniture word.
 */
import { describe, expect, it } from 'vitest';
import { FURNITURE_WORDS } from '../../../../src/engine/article/furniture-words/index.ts';
import { matchByline } from '../../../../src/engine/article/readers/header/byline.ts';
import { isPageChrome } from '../../../../src/engine/article/readers/furniture/page-chrome.ts';
import { matchSourceLine } from '../../../../src/engine/article/readers/furniture/source-line.ts';
import { describeFurniturePage, pageOf, type FurniturePage, type PageParts } from './furniture-page.ts';
import { readPage } from './read.ts';

const CODES = ['sl', 'sq', 'bg', 'he', 'lt', 'lv', 'et', 'sk'];

describe('the furniture tables of the languages added in round 13', () => {
  it.each(CODES)('%s has the words a page needs', (code) => {
    const table = FURNITURE_WORDS[code]!;
    for (const kind of ['byline', 'published', 'updated', 'related', 'share', 'commentForm', 'home'] as const)
      expect(table[kind].length, `${code}.${kind}`).toBeGreaterThan(0);
  });
});

/** The page with a comment form's lines between the related list and the copyright line, and its checks. */
function describeCommentedPage(parts: PageParts, comments: string[]): void {
  const page = pageOf(parts);
  const text = page.text.replace(`\n${parts.copyright}\n`, `\n${comments.join('\n')}\n\n${parts.copyright}\n`);
  const commented: FurniturePage = { ...page, text };
  describeFurniturePage(commented);
  describe(`the comment form of a page in ${parts.code}`, () => {
    const { removed } = readPage(`${parts.code}-comments.txt`, text);
    it.each(comments)('takes off %s', (line) => {
      expect(removed.get(line)).toBe('comment-form');
    });
  });
}

// A sentence that opens with the share word's stem (`Delitev …`) stays.
describeCommentedPage(
  {
    code: 'sl',
    masthead: 'Gorenjski Vestnik',
    menu: 'Domov | Novice | Šport | Kultura',
    headline: 'Občina bo do jeseni obnovila most čez Savo',
    byline: 'Besedilo in foto: Maja Kovač',
    author: 'Maja Kovač',
    stamp: 'Objavljeno: 12. 3. 2025, 09:15 | Posodobljeno: 12. 3. 2025, 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Občinski svet je v sredo potrdil obnovo mostu čez Savo, ki bo zaprt za promet od aprila do konca septembra.',
      'Delitev stroškov med občino in državo je bila dogovorjena že lani, so povedali na občini.',
    ],
    share: ['Deli: Facebook | X | WhatsApp'],
    related: ['Preberite tudi:', '- Knjižnica bo poleti odprta tudi ob sobotah', '- Nova kolesarska pot ob reki'],
    copyright: '© 2025 Gorenjski Vestnik. Vse pravice pridržane.',
  },
  ['Komentarji (3)', 'Dodaj komentar', 'Vaš e-poštni naslov ne bo objavljen.'],
);

// `Nga` opens the byline; a paragraph that opens with it (`Nga nesër …`) stays.
describeCommentedPage(
  {
    code: 'sq',
    masthead: 'Gazeta e Bregdetit',
    menu: 'Ballina | Lajme | Sport | Kulturë',
    headline: 'Bashkia hap tregun e ri të peshkut në port',
    byline: 'Nga Arben Hoxha',
    author: 'Arben Hoxha',
    stamp: 'Publikuar më: 12.03.2025 09:15 | Përditësuar: 12.03.2025 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Bashkia hapi të mërkurën tregun e ri të peshkut pranë portit, ku do të shiten prodhimet e peshkatarëve vendas.',
      'Nga nesër, tregu do të jetë i hapur çdo ditë nga ora shtatë deri në mesditë, njoftoi bashkia.',
    ],
    share: ['Shpërndaje: Facebook | X | WhatsApp'],
    related: ['Lexo edhe:', '- Rruga e bregut mbyllet për dy javë', '- Shkolla e re hapet në shtator'],
    copyright: '© 2025 Gazeta e Bregdetit. Të gjitha të drejtat e rezervuara.',
  },
  ['Lini një koment', 'Adresa juaj e emailit nuk do të publikohet.'],
);

// The stamp gives the month by name and the update's clock after `в`.
describeCommentedPage(
  {
    code: 'bg',
    masthead: 'Вестник Дунав',
    menu: 'Начало | Новини | Спорт | Култура',
    headline: 'Общината ремонтира крайбрежната алея до лятото',
    byline: 'Автор: Мария Иванова',
    author: 'Мария Иванова',
    stamp: 'Публикувано: 12 март 2025, 09:15 | Обновено: 12.03.2025 в 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Общинският съвет одобри в сряда ремонта на крайбрежната алея, който ще приключи до началото на лятото.',
      'Още от началото на годината жителите настояваха за нови пейки и осветление по алеята.',
    ],
    share: ['Сподели: Facebook | X | Viber'],
    related: [
      'Прочетете още:',
      '- Нов автобус ще свързва гарата с болницата',
      '- Библиотеката удължава работното си време',
    ],
    copyright: '© 2025 Вестник Дунав. Всички права запазени.',
  },
  ['Напишете коментар', 'Вашият имейл адрес няма да бъде публикуван.'],
);

// A share list one entry to a line; the stamp's year in two figures, as Israeli sites print it.
describeCommentedPage(
  {
    code: 'he',
    masthead: 'חדשות העמק',
    menu: 'דף הבית | חדשות | ספורט | תרבות',
    headline: 'העירייה תפתח ספרייה חדשה במרכז העיר',
    byline: 'מאת יעל כהן',
    author: 'יעל כהן',
    stamp: 'פורסם: 12.03.25, 09:15 | עודכן: 12.03.25, 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'מועצת העיר אישרה ביום רביעי את הקמת הספרייה החדשה, שתיפתח לציבור בתחילת הקיץ ותכלול אגף לילדים.',
      'כתב אישום הוגש השבוע נגד הקבלן הקודם, שלא סיים את העבודות בזמן, כך נמסר מהעירייה.',
    ],
    share: ['שתפו', 'Facebook', 'WhatsApp'],
    related: ['כתבות נוספות:', '- הכביש לאזור התעשייה ייסגר לשבועיים', '- גן שעשועים חדש נפתח בשכונה'],
    copyright: '© 2025 חדשות העמק. כל הזכויות שמורות.',
  },
  ['השאירו תגובה', 'כתובת האימייל שלך לא תפורסם.'],
);

// Lithuanian dates put the year first; a sentence that opens with `Komentuoti` stays.
describeCommentedPage(
  {
    code: 'lt',
    masthead: 'Nemuno Dienraštis',
    menu: 'Pradžia | Naujienos | Sportas | Kultūra',
    headline: 'Savivaldybė atnaujins tiltą per Nemuną',
    byline: 'Autorė: Rūta Petrauskienė',
    author: 'Rūta Petrauskienė',
    stamp: 'Paskelbta: 2025-03-12 09:15 | Atnaujinta: 2025-03-12 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Savivaldybės taryba trečiadienį pritarė tilto per Nemuną remontui, kuris truks nuo balandžio iki rudens.',
      'Komentuoti darbų kainos rangovas kol kas atsisakė, tačiau pažadėjo tai padaryti kitą savaitę.',
    ],
    share: ['Dalintis: Facebook | X | WhatsApp'],
    related: ['Skaitykite taip pat:', '- Mokykloje įrengta nauja sporto salė', '- Autobusai kursuos dažniau'],
    copyright: '© 2025 Nemuno Dienraštis. Visos teisės saugomos.',
  },
  ['Komentarai (2)', 'Rašyti komentarą'],
);

describeCommentedPage(
  {
    code: 'lv',
    masthead: 'Kurzemes Vēstis',
    menu: 'Sākums | Ziņas | Sports | Kultūra',
    headline: 'Pašvaldība līdz rudenim atjaunos promenādi',
    byline: 'Autors: Jānis Ozols',
    author: 'Jānis Ozols',
    stamp: 'Publicēts: 12.03.2025 09:15 | Atjaunināts: 12.03.2025 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Domes deputāti trešdien atbalstīja promenādes atjaunošanu, un darbi ilgs no aprīļa līdz oktobra beigām.',
      'Komentēt darbu izmaksas būvnieks pagaidām atteicās, taču solīja to izdarīt nākamnedēļ.',
    ],
    share: ['Dalīties: Facebook | X | WhatsApp'],
    related: ['Lasi arī:', '- Skolai uzbūvēs jaunu sporta zāli', '- Autobusi kursēs biežāk'],
    copyright: '© 2025 Kurzemes Vēstis. Visas tiesības aizsargātas.',
  },
  ['Komentāri (5)', 'Pievieno komentāru'],
);

// ERR's picture credit under the headline is a photo label, not the byline.
describeCommentedPage(
  {
    code: 'et',
    masthead: 'Lõuna Teataja',
    menu: 'Avaleht | Uudised | Sport | Kultuur',
    headline: 'Vald uuendab sügiseks jõeäärse promenaadi',
    byline: 'Autor: Kati Tamm',
    author: 'Kati Tamm',
    stamp: 'Avaldatud: 12.03.2025 09:15 | Uuendatud: 12.03.2025 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Vallavolikogu kiitis kolmapäeval heaks promenaadi uuendamise, mille tööd kestavad aprillist oktoobrini.',
      'Jaga oma arvamust vallavalitsusega, kutsus vallavanem elanikke üles koosolekul.',
    ],
    share: ['Jaga: Facebook | X | E-post'],
    related: ['Loe ka:', '- Koolile ehitatakse uus spordisaal', '- Bussid hakkavad sõitma tihemini'],
    copyright: '© 2025 Lõuna Teataja. Kõik õigused kaitstud.',
  },
  ['Kommentaarid (2)', 'Jäta kommentaar'],
);

describeCommentedPage(
  {
    code: 'sk',
    masthead: 'Podtatranský Denník',
    menu: 'Úvod | Správy | Šport | Kultúra',
    headline: 'Mesto opraví most cez Poprad do konca leta',
    byline: 'Autorka: Zuzana Kováčová',
    author: 'Zuzana Kováčová',
    stamp: 'Pridané: 12. 3. 2025 9:15 | Aktualizované: 12. 3. 2025 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Mestské zastupiteľstvo v stredu schválilo opravu mosta cez Poprad, ktorá by mala skončiť do konca leta.',
      'Pridané náklady na obchádzku zaplatí mesto z rezervy, potvrdil primátor.',
    ],
    share: ['Zdieľať: Facebook | X | WhatsApp'],
    related: ['Čítajte aj:', '- Škola dostane novú telocvičňu', '- Autobusy budú jazdiť častejšie'],
    copyright: '© 2025 Podtatranský Denník. Všetky práva vyhradené.',
  },
  ['Napíšte komentár', 'Diskusia (7)'],
);

describe('round 13 page chrome', () => {
  it.each([
    'Čas branja: 4 min',
    '3 min lexim',
    'Време за четене: 4 мин.',
    '4 דקות קריאה',
    'Skaitymo laikas: 3 min.',
    'Lasīšanas laiks: 5 minūtes',
    'Lugemisaeg 3 min',
    '4 min čítania',
    'Ta spletna stran uporablja piškotke za boljšo uporabniško izkušnjo.',
    'אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה.',
    'Šī vietne izmanto sīkdatnes.',
    'Sledite nam na Facebooku in Instagramu',
    'Abonohuni në buletinin tonë javor',
    'Снимка: Иван Петров',
    'צילום: יעל כהן',
    'Autor/allikas: Kati Tamm',
    'Foto: TASR',
    'Прегледи: 1234',
  ])('takes off %s', (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each([
    'Pilt on selge: vallavalitsus peab eelarvet kärpima.',
    'Prijavite se lahko do petka na občini.',
    'Komentuoti situacijos bendrovė atsisakė.',
    'Avots pie baznīcas atkal ir tīrs.',
  ])('keeps %s', (line) => {
    expect(isPageChrome(line)).toBe(false);
  });
});

describe('round 13 bylines', () => {
  it.each([
    ['Besedilo in foto: Maja Kovač', 'Maja Kovač'],
    ['Shkruar nga Elira Daci', 'Elira Daci'],
    ['Текст: Георги Димитров', 'Георги Димитров'],
    ['כתב: דני לוי', 'דני לוי'],
    ['Parengė Jonas Kazlauskas', 'Jonas Kazlauskas'],
    ['Sagatavoja Anna Bērziņa', 'Anna Bērziņa'],
    ['Tekst: Mari Mets', 'Mari Mets'],
    ['Napísal Peter Horváth', 'Peter Horváth'],
  ])('reads %s', (line, name) => {
    expect(matchByline(line)?.name).toBe(name);
  });

  // Without its colon `כתב` opens a headline about an indictment, whose words would read as a name.
  it.each(['כתב אישום נגד ראש העירייה', 'Nga nesër ndryshon orari i autobusëve'])('reads no byline in %s', (line) => {
    expect(matchByline(line)).toBeNull();
  });
});

// `Vir`, `Avots`, `Allikas` and `Šaltinis` also name a spring or open a headline: a source label only with a colon.
describe('round 13 source labels', () => {
  it.each([
    ['Vir: Delo', 'Delo'],
    ['Burimi: Gazeta Bregu', 'Gazeta Bregu'],
    ['Avots: Kurzemes Vēstis', 'Kurzemes Vēstis'],
    ['Allikas: Lõuna Teataja', 'Lõuna Teataja'],
    ['Šaltinis: Nemuno Dienraštis', 'Nemuno Dienraštis'],
  ])('credits %s', (line, name) => {
    expect(matchSourceLine(line)).toEqual([name]);
  });

  it.each([
    'Vir Ljubljanice je presahnil',
    'Avots Rīgas centrā',
    'Allikas Harku järve ääres',
    'Šaltinis Druskininkuose',
  ])('reads no source in %s', (line) => {
    expect(matchSourceLine(line)).toBeNull();
  });
});
