/**
 * Pages in Finnish, Danish, Swedish and Norwegian: their bylines, stamps, share rows, "read also" lists and copyright
 * lines are taken off by the words of their furniture tables, and their paragraphs are kept.
 */
import { describe, expect, it } from 'vitest';
import { isPageChrome } from '../../../../src/engine/article/readers/furniture/page-chrome.ts';
import { describeFurniturePage, pageOf } from './furniture-page.ts';

describeFurniturePage(
  pageOf({
    code: 'fi',
    masthead: 'Järviseudun Sanomat',
    menu: 'Etusivu | Uutiset | Urheilu | Kulttuuri',
    headline: 'Kirjaston uusi siipi avataan kesäkuussa',
    byline: 'Teksti: Matti Laine',
    author: 'Matti Laine',
    stamp: 'Julkaistu 12.3.2025 klo 9.15 | Päivitetty 12.3.2025 klo 11.40',
    published: { date: '2025-03-12' },
    body: [
      'Kaupunginvaltuusto hyväksyi maanantaina kirjaston laajennuksen, joka tuo taloon uuden lastenosaston ja lukusalin.',
      'Rakennustyöt alkavat huhtikuussa, ja uusi siipi on tarkoitus avata yleisölle kesäkuun alussa.',
    ],
    share: ['Jaa artikkeli: Facebook | X | WhatsApp'],
    related: ['Lue myös:', '- Uimahallin remontti viivästyy syksyyn', '- Torille tulee uusi kahvila'],
    copyright: '© Järviseudun Sanomat 2025. Kaikki oikeudet pidätetään.',
  }),
);

// The share word alone on its line above the networks, one to a line; a sentence opening with the same word stays.
describeFurniturePage(
  pageOf({
    code: 'da',
    masthead: 'Fjordbyens Avis',
    menu: 'Forside | Nyheder | Sport | Kultur',
    headline: 'Byrådet vedtager ny plan for havnen',
    byline: 'Af Mette Holm',
    author: 'Mette Holm',
    stamp: 'Publiceret 12.03.2025 kl. 09.15 | Opdateret 12.03.2025 kl. 11.40',
    published: { date: '2025-03-12' },
    body: [
      'Byrådet vedtog tirsdag aften en ny plan for havnen, som giver plads til flere både og en ny gangbro langs kajen.',
      'Del af budgettet går til nye bådpladser, oplyser kommunen i en pressemeddelelse.',
    ],
    share: ['Del', 'Facebook', 'X'],
    related: ['Læs også:', '- Færgen sejler igen efter vinterpausen', '- Ny legeplads åbner ved stranden'],
    copyright: '© 2025 Fjordbyens Avis – Alle rettigheder forbeholdes',
  }),
);

// The month by name, and a "read also" heading without a colon.
describeFurniturePage(
  pageOf({
    code: 'sv',
    masthead: 'Älvdalens Tidning',
    menu: 'Startsida | Nyheter | Sport | Kultur',
    headline: 'Ny simhall öppnar i höst',
    byline: 'Av Erik Lund',
    author: 'Erik Lund',
    stamp: 'Publicerad 12 mars 2025 kl. 09.15 | Uppdaterad 12 mars 2025 kl. 11.40',
    published: { date: '2025-03-12' },
    body: [
      'Kommunen bygger en ny simhall vid skolan, och den ska enligt planen öppna för allmänheten i oktober.',
      'Av de tillfrågade eleverna svarade hälften att de vill simma varje vecka.',
    ],
    share: ['Dela: Facebook | X | E-post'],
    related: ['Läs också', '- Biblioteket får längre öppettider', '- Nya cykelbanor längs älven'],
    copyright: '© 2025 Älvdalens Tidning. Alla rättigheter förbehållna.',
  }),
);

describeFurniturePage(
  pageOf({
    code: 'nb',
    masthead: 'Vestkystens Blad',
    menu: 'Forside | Nyheter | Sport | Kultur',
    headline: 'Kommunen åpner ny barnehage på Solbakken',
    byline: 'Av Ingrid Dahl',
    author: 'Ingrid Dahl',
    stamp: 'Publisert 12.03.2025 10:15 | Oppdatert 12.03.2025 12:40',
    published: { date: '2025-03-12', time: '10:15' },
    body: [
      'Den nye barnehagen på Solbakken tar imot de første barna i august og får plass til seksti barn.',
      'Byggingen ble ferdig to måneder før planen, opplyser kommunen.',
    ],
    share: ['Del artikkelen: Facebook | X | E-post'],
    related: ['Les også:', '- Skolen får nytt tak i sommer', '- Brua over elva stenges i to uker'],
    copyright: '© 2025 Vestkystens Blad. Alle rettigheter reservert.',
  }),
);

describe('Nordic page chrome', () => {
  it.each([
    'Lukuaika 3 min',
    'Læsetid: 4 min.',
    'Lästid 6 min',
    'Lesetid: 2 min',
    'Kuva: Liisa Virtanen / Järviseudun Sanomat',
    'Vi bruger cookies til at huske dine valg.',
    'Følg os på Facebook',
    'I dag kl. 10.30',
    'för 2 timmar sedan',
  ])('takes off %s', (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each([
    'Kuvat otettiin viime viikolla järven rannalla.',
    'Läs mer om planerna på kommunens webbplats, där ritningarna finns.',
    'Følg med, når byrådet mødes igen i næste uge.',
  ])('keeps %s', (line) => {
    expect(isPageChrome(line)).toBe(false);
  });
});
