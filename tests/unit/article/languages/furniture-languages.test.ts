/**
 * Pages in Croatian, Hungarian, Czech, Ukrainian, Greek and Catalan: their bylines, stamps, share rows, "read also"
 * lists and copyright lines are taken off by the words of their furniture tables, and their paragraphs are kept,
 * including sentences that open with a furniture word.
 */
import { describe, expect, it } from 'vitest';
import { FURNITURE_WORDS } from '../../../../src/engine/article/furniture-words/index.ts';
import { describeFurniturePage, pageOf } from './furniture-page.ts';

describe('the furniture tables of the languages added in this round', () => {
  it.each(['hr', 'hu', 'fi', 'da', 'sv', 'nb', 'el', 'cs', 'uk', 'ca'])('%s has the words a page needs', (code) => {
    const table = FURNITURE_WORDS[code]!;
    for (const kind of ['byline', 'published', 'updated', 'related', 'share', 'rightsReserved', 'home'] as const)
      expect(table[kind].length, `${code}.${kind}`).toBeGreaterThan(0);
  });
});

// A sentence that opens with the publication label and gives a date stays: it is prose, not a stamp. So does one
// that opens with the share word (`Podijelili su …`).
describeFurniturePage(
  pageOf({
    code: 'hr',
    masthead: 'Glas Podravine',
    menu: 'Naslovnica | Vijesti | Sport | Kultura',
    headline: 'Novi most preko Drave otvoren nakon dvije godine gradnje',
    byline: 'Piše: Ana Kovač',
    author: 'Ana Kovač',
    stamp: 'Objavljeno: 12.03.2025. u 09:15 | Ažurirano: 12.03.2025. u 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Novi most preko Drave otvoren je u srijedu nakon dvije godine radova, a prvi su ga prešli učenici obližnje škole.',
      'Objavljeno je to 14. ožujka 2025. na stranicama općine, uz popis svih izvođača radova.',
      'Podijelili su cvijeće svim radnicima koji su sudjelovali u gradnji, rekao je načelnik općine.',
    ],
    share: ['Podijeli: Facebook | X | WhatsApp'],
    related: [
      'Pročitajte još:',
      '- Cesta prema Koprivnici zatvorena zbog radova',
      '- Škola u Đurđevcu dobila novu sportsku dvoranu',
    ],
    copyright: '© 2025 Glas Podravine. Sva prava pridržana.',
  }),
);

// Hungarian writes the year first, each part of the date closed by a full stop.
describeFurniturePage(
  pageOf({
    code: 'hu',
    masthead: 'Dunamenti Hírlap',
    menu: 'Címlap | Belföld | Gazdaság | Sport',
    headline: 'Új kerékpárút épül a folyó mentén',
    byline: 'Szerző: Nagy Eszter',
    author: 'Nagy Eszter',
    stamp: 'Publikálva: 2025. 03. 12. 09:15 | Frissítve: 2025. 03. 12. 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'A városi közgyűlés szerdán jóváhagyta a folyóparti kerékpárút építését, amely három kilométer hosszú lesz.',
      'A munkák áprilisban kezdődnek, és a tervek szerint az ősz végére fejeződnek be.',
    ],
    share: ['Megosztás: Facebook | X | E-mail'],
    related: ['Kapcsolódó cikkek', '- Felújítják a régi vasúti hidat', '- Új buszjárat indul a kórházhoz'],
    copyright: '© 2025 Dunamenti Hírlap – Minden jog fenntartva',
  }),
);

// Czech spaces the parts of a dotted date; a sentence that opens with the newsroom word and a name stays.
describeFurniturePage(
  pageOf({
    code: 'cs',
    masthead: 'Deník Pootaví',
    menu: 'Úvod | Zprávy | Sport | Kultura',
    headline: 'Obec opraví náves do konce léta',
    byline: 'Autor: Jana Nováková',
    author: 'Jana Nováková',
    stamp: 'Publikováno: 12. 3. 2025 9:15 | Aktualizováno: 12. 3. 2025 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Zastupitelstvo obce ve středu schválilo opravu návsi, která by měla skončit do konce letošního léta.',
      'Redakce Deníku Pootaví oslovila starostu obce, který potvrdil termín dokončení.',
    ],
    share: ['Sdílet: Facebook | X | E-mail'],
    related: ['Čtěte také:', '- Škola dostane novou jídelnu', '- Most přes řeku se zavře na dva týdny'],
    copyright: '© 2025 Deník Pootaví. Všechna práva vyhrazena.',
  }),
);

describeFurniturePage(
  pageOf({
    code: 'uk',
    masthead: 'Поліський вісник',
    menu: 'Головна | Новини | Спорт | Культура',
    headline: 'У місті відкрили оновлену бібліотеку',
    byline: 'Автор: Олена Ковальчук',
    author: 'Олена Ковальчук',
    stamp: 'Опубліковано: 12.03.2025 09:15 | Оновлено: 12.03.2025 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Оновлена міська бібліотека відкрилася в середу після року ремонту, і тепер у ній є окрема зала для дітей.',
      'Ремонт оплатили з міського бюджету та коштом обласної програми.',
    ],
    share: ['Поділитися: Facebook | Telegram | X'],
    related: [
      'Читайте також:',
      '- Міст через річку закриють на два тижні',
      '- У школі зробили новий спортивний майданчик',
    ],
    copyright: '© 2025 Поліський вісник. Усі права захищені.',
  }),
);

// The "read also" heading in capitals, which drop Greek accents.
describeFurniturePage(
  pageOf({
    code: 'el',
    masthead: 'Η Φωνή του Νησιού',
    menu: 'Αρχική | Ελλάδα | Κόσμος | Αθλητικά',
    headline: 'Νέο λιμάνι για τα αλιευτικά σκάφη του νησιού',
    byline: 'Γράφει ο Νίκος Παππάς',
    author: 'Νίκος Παππάς',
    stamp: 'Δημοσίευση: 12/03/2025 09:15 | Ενημέρωση: 12/03/2025 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      'Το δημοτικό συμβούλιο ενέκρινε την Τετάρτη την κατασκευή νέου λιμανιού για τα αλιευτικά σκάφη του νησιού.',
      'Τα έργα αναμένεται να ξεκινήσουν τον Μάιο και να ολοκληρωθούν μέσα σε δύο χρόνια.',
    ],
    share: ['Κοινοποίηση: Facebook | X | Email'],
    related: [
      'ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:',
      '- Νέα δρομολόγια για το πλοίο της γραμμής',
      '- Ανακαινίζεται το παλιό σχολείο του χωριού',
    ],
    copyright: '© 2025 Η Φωνή του Νησιού. Με την επιφύλαξη παντός δικαιώματος.',
  }),
);

describeFurniturePage(
  pageOf({
    code: 'ca',
    masthead: 'Diari del Ter',
    menu: 'Inici | Notícies | Esports | Cultura',
    headline: "L'ajuntament amplia el carril bici fins a l'estació",
    byline: 'Text: Marta Puig',
    author: 'Marta Puig',
    stamp: 'Publicat: 12/03/2025 09:15 | Actualitzat: 12/03/2025 11:40',
    published: { date: '2025-03-12', time: '09:15' },
    body: [
      "L'ajuntament allargarà el carril bici fins a l'estació de tren abans de l'estiu, segons ha anunciat aquest dimecres.",
      "L'obra costarà uns tres-cents mil euros i durarà dos mesos.",
    ],
    share: ['Comparteix: Facebook | X | WhatsApp'],
    related: ['Llegeix també:', "- La biblioteca amplia l'horari d'estiu", '- Nou aparcament al costat del mercat'],
    copyright: '© 2025 Diari del Ter. Tots els drets reservats.',
  }),
);
