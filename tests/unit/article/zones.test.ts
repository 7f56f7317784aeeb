/**
 * The zones of a seed read in order, on whole articles: which reader takes each line, and what stays body text.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/engine/article/parse.ts';
import { textSeed } from '../../helpers.ts';

const BODY = [
  'The harbour authority reopened the northern quay on Tuesday after three weeks of repairs, officials said.',
  'Ferry services will resume on a reduced timetable while inspectors finish their work on the southern berth.',
].join('\n');

const kinds = (text: string) => parseArticle(textSeed('t.txt', text)).removed.map((r) => [r.line, r.kind, r.text]);

describe('the readers at work in whole articles', () => {
  it('masthead, kicker, headline, byline, Published line, repeated headline', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [
          'The Coastal Gazette',
          '',
          'Transport',
          'Port Reopens After Repairs',
          'By Ana Lima',
          'Published: March 4, 2021',
          'Port Reopens After Repairs',
          '',
          BODY,
        ].join('\n'),
      ),
    );
    expect(a).toMatchObject({
      publisher: 'The Coastal Gazette',
      section: 'Transport',
      title: 'Port Reopens After Repairs',
      titleBasis: 'stated',
      author: 'Ana Lima',
    });
    expect(a.published).toMatchObject({ date: '2021-03-04', basis: 'stated' });
    expect(a.removed.map((r) => r.kind)).toEqual([
      'masthead',
      'kicker',
      'headline',
      'byline',
      'published-line',
      'repeated-headline',
    ]);
    expect(a.blocks).toHaveLength(2);
  });
  it.each([
    // The name above the stamp, both under the standfirst: the stamp is found after the name is first read.
    ['Marta Ruedi', 'Publiziert: 04.03.2025, 16.40 Uhr', '2025-03-04'],
    ['Marta Ruedi', 'Publié: 04.03.2025, 18h05', '2025-03-04'],
  ])('a name alone beside the stamp under the standfirst is the byline: %s / %s', (name, stamp, date) => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [
          'Port Reopens After Repairs',
          '',
          'After three weeks of work the quay is open again, and the ferries are back.',
          '',
          name,
          stamp,
          '',
          BODY,
        ].join('\n'),
      ),
    );
    expect(a.author).toBe(name);
    expect(a.published).toMatchObject({ date, basis: 'stated' });
    expect(a.removed.find((r) => r.text === name)?.kind).toBe('byline');
  });

  it('reads a date on the first line, above the masthead, as the site’s clock when the article’s stamp is below', () => {
    const page = (stamp: string) =>
      parseArticle(
        textSeed(
          't.txt',
          [
            'Monday 2 September 2024 09:14',
            'The Coastal Gazette',
            '',
            'Port Reopens After Repairs',
            stamp,
            '',
            BODY,
          ].join('\n'),
        ),
      );
    expect(page('Sunday 1 September 2024 18:40').published).toMatchObject({ date: '2024-09-01', basis: 'stated' });
    // A numeric date that reads two ways under it is read as the page's language writes it; in English it only
    // bounds the day, and the clock still says nothing of it.
    expect(page('01/09/2024 18:40').published).toMatchObject({ earliest: '2024-01-09', latest: '2024-09-01' });
  });

  it('reads a date above the site’s menu, under the masthead, as the site’s clock', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [
          'The Coastal Gazette',
          'Wednesday 4 September 2024',
          'News | Sport | Business | Culture | Opinion',
          'Port Reopens After Repairs',
          '02.09.2024, 11:40',
          BODY,
        ].join('\n'),
      ),
    );
    expect(a.published).toMatchObject({ date: '2024-09-02', basis: 'stated' });
  });

  it('reads a date on the first lines, over a whole page head, as the site’s clock', () => {
    const head = [
      'Trending now',
      'Wednesday 4 September 2024',
      'Terms of use',
      'Contact',
      '21 °C',
      'The Coastal Gazette',
      '• Home',
      '• Island news',
      '• Culture',
      'Port Reopens After Repairs',
      'Ferries are back at the quay',
    ];
    const page = (stampAt: number) =>
      parseArticle(
        textSeed('t.txt', [...head.slice(0, stampAt), '02.09.2024', ...head.slice(stampAt), BODY].join('\n')),
      );
    expect(page(head.length).published).toMatchObject({ date: '2024-09-02', basis: 'stated' });
    // A second date a few lines under the first is no sign of a clock: the first stays the article's.
    expect(page(4).published).toMatchObject({ date: '2024-09-04' });
  });

  it('subheadings inside the body, tags, author name and bio after it', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [
          'Port Reopens After Repairs',
          'By: Ana Lima',
          '',
          BODY,
          '',
          'What happens next',
          '',
          'Inspectors expect to finish the southern berth before the summer season begins in earnest.',
          '',
          'Transport Safety',
          'Ana Lima',
          'Ana Lima is a transport correspondent who has covered ports and shipping for a decade.',
        ].join('\n'),
      ),
    );
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'subheading', 'paragraph']);
    expect(a.blocks[2]).toMatchObject({ text: 'What happens next', anchor: 's-what-happens-next' });
    expect(a.tags).toEqual(['Transport', 'Safety']);
    expect(a.removed.slice(-3).map((r) => r.kind)).toEqual(['tag-line', 'author-name', 'author-bio']);
  });
  it('comment form and share list', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [BODY, '', 'Leave a Reply', 'Your email address will not be published.', 'Facebook', 'Twitter', 'Print'].join(
          '\n',
        ),
      ),
    );
    expect(a.removed.map((r) => r.kind)).toEqual([
      'comment-form',
      'comment-form',
      'share-list',
      'share-list',
      'share-list',
    ]);
    expect(a.blocks).toHaveLength(2);
  });
  it('no headline: the title is derived from the lede and marked so', () => {
    const a = parseArticle(textSeed('t.txt', BODY));
    expect(a.title).toBe(
      'The harbour authority reopened the northern quay on Tuesday after three weeks of repairs, officials said',
    );
    expect(a.titleBasis).toBe('derived');
    expect(a.provenance.title.basis).toBe('inferred');
    expect(a.published).toMatchObject({ date: null, basis: 'unknown' });
  });
  it('a bio without a byline gives an inferred author', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [BODY, '', 'Ana Lima is a transport correspondent who has covered ports and shipping for a decade.'].join('\n'),
      ),
    );
    expect(a.author).toBe('Ana Lima');
    expect(a.provenance.author.basis).toBe('inferred');
  });
  it('a date alone under the standfirst and its byline is the stamp', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [
          'Port Reopens After Repairs',
          '',
          'The northern quay is back in use after three weeks of work on its sea wall.',
          '',
          'By Ana Lima',
          '15. November 2023 um 16:40 Uhr',
          '',
          BODY,
        ].join('\n'),
      ),
    );
    expect(a.published).toMatchObject({ date: '2023-11-15', basis: 'stated' });
    expect(a.author).toBe('Ana Lima');
  });
  it('the buttons under a cookie notice are page chrome, never the masthead', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [
          'We use cookies to improve your visit. By clicking "Accept", you agree to our use of cookies.',
          'Accept   Decline',
          '',
          'THE HARBOUR LEDGER',
          '',
          'Port Reopens After Repairs',
          '',
          BODY,
        ].join('\n'),
      ),
    );
    expect(a.publisher).toBe('THE HARBOUR LEDGER');
    expect(a.removed.find((r) => r.line === 2)?.kind).toBe('page-chrome');
  });
  it('nothing under a comment form is the article, though a line there is of no known kind', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [
          'Port Reopens After Repairs',
          '',
          BODY,
          '',
          'Posted by Ana Lima, Harbour Newsletter Editor',
          '',
          '← Previous: Quay repairs begin | Next: Ferry timetable →',
          '',
          'Leave a comment',
          'Your email address will not be published. Required fields are marked *',
          '',
          'The Harbour Society is a registered charity run by its members.',
        ].join('\n'),
      ),
    );
    expect(a.blocks.map((b) => b.text)).toEqual(BODY.split('\n'));
    expect(a.author).toBe('Ana Lima');
    expect(a.removed.filter((r) => r.line >= 9).map((r) => r.kind)).toEqual([
      'comment-form',
      'comment-form',
      'below-comments',
    ]);
  });
});

describe('each zone in its place', () => {
  it('the date line: only the head of the first line, the rest is the lede', () => {
    const a = parseArticle(textSeed('t.txt', `date 2023-12-11 ${BODY}`));
    expect(a.removed).toEqual([{ line: 1, text: 'date 2023-12-11', kind: 'date-line' }]);
    expect(a.blocks[0]!.text.startsWith('The harbour authority')).toBe(true);
    expect(a.published).toMatchObject({ date: '2023-12-11', line: 1 });
  });

  it('the lede: a dateline alone on its line, and the lede after it', () => {
    expect(kinds(['Port Reopens After Repairs', 'KAMPALA, March 3 (Reuters) -', BODY].join('\n'))).toEqual([
      [1, 'headline', 'Port Reopens After Repairs'],
      [2, 'dateline', 'KAMPALA, March 3 (Reuters) -'],
    ]);
  });

  it('the lede: a place in capitals above it, under the headline', () => {
    const a = parseArticle(textSeed('t.txt', ['Port Reopens After Repairs', 'By Ana Lima', 'ANKARA', BODY].join('\n')));
    expect(a.dateline).toEqual({ place: 'ANKARA', date: null, text: 'ANKARA', line: 3 });
    expect(a.author).toBe('Ana Lima');
  });

  it('the standfirst: a byline and a stamp under the first paragraph are read as header', () => {
    const text = [
      'Port Reopens After Repairs',
      'Authorities say the quay is safe again after three weeks of work by divers and engineers.',
      'By Ana Lima',
      'Published: March 4, 2021',
      BODY,
    ].join('\n');
    const a = parseArticle(textSeed('t.txt', text));
    expect(a.removed.map((r) => r.kind)).toEqual(['headline', 'byline', 'published-line']);
    expect(a.author).toBe('Ana Lima');
    expect(a.published).toMatchObject({ date: '2021-03-04', line: 4 });
    expect(a.blocks[0]!.text.startsWith('Authorities say')).toBe(true);
  });

  it('the footer: read upwards until a line no reader takes, then a tag closing the last paragraph', () => {
    const text = [BODY, 'Facebook', 'The market reopens on Friday. (dpa/NAN)', 'Facebook', 'Twitter'].join('\n');
    const a = parseArticle(textSeed('t.txt', text));
    expect(a.removed.map((r) => [r.line, r.kind, r.text])).toEqual([
      [4, 'agency-tag', '(dpa/NAN)'],
      [5, 'share-list', 'Facebook'],
      [6, 'share-list', 'Twitter'],
    ]);
    expect(a.blocks.map((b) => b.text)).toEqual([
      'The harbour authority reopened the northern quay on Tuesday after three weeks of repairs, officials said.',
      'Ferry services will resume on a reduced timetable while inspectors finish their work on the southern berth.',
      'Facebook',
      'The market reopens on Friday.',
    ]);
    expect(a.credits.map((c) => c.name)).toEqual(['dpa', 'NAN']);
  });

  it('the furniture: taken wherever it stands, before the header is looked for', () => {
    const text = [
      'Home » Harbour » Ferries',
      'Port Reopens After Repairs',
      'Advertisement',
      BODY,
      '© 2024 The Quay Courier',
    ];
    expect(kinds(text.join('\n'))).toEqual([
      [1, 'navigation', 'Home » Harbour » Ferries'],
      [2, 'headline', 'Port Reopens After Repairs'],
      [3, 'page-chrome', 'Advertisement'],
      [6, 'copyright', '© 2024 The Quay Courier'],
    ]);
    expect(parseArticle(textSeed('t.txt', text.join('\n'))).publisher).toBe('The Quay Courier');
  });
});

describe('a headline below the site’s menu', () => {
  const page = (tagline: string) =>
    [
      'RADIO COSTA NORTE 101.3',
      tagline,
      'Noticias | Comunidad | Deportes | Programación',
      'Comunidad',
      'El puerto reabre el muelle norte tras tres semanas de obras',
      'Publicado el martes 4 de marzo de 2025',
      'La autoridad portuaria reabrió el martes el muelle norte tras tres semanas de reparaciones, según informaron sus responsables.',
      'Los transbordadores volverán a operar con un horario reducido mientras los inspectores terminan su trabajo en el muelle sur.',
    ].join('\n');

  it('is the headline, and the tagline above the menu is the masthead’s', () => {
    const a = parseArticle(textSeed('t.txt', page('La voz de la costa norte')));
    expect(a.title).toBe('El puerto reabre el muelle norte tras tres semanas de obras');
    expect(a.removed.find((r) => r.line === 2)?.kind).toBe('masthead');
    expect(a.blocks.map((b) => b.text).join(' ')).not.toContain('muelle norte tras tres semanas de obras');
  });

  it('is the first headline-shaped line over the byline or stamp, a standfirst under it', () => {
    const page = (...head: string[]) =>
      parseArticle(
        textSeed(
          't.txt',
          ['The Valley Weekly', 'News from Arnley and the hills', 'News | Sport | Events', ...head, BODY].join('\n'),
        ),
      );
    expect(page('Repair Café looks for volunteers', 'By Mara Bell').title).toBe('Repair Café looks for volunteers');
    const withStandfirst = page(
      'Repair Café looks for volunteers',
      'Bring a broken toaster and learn to fix it',
      'By Mara Bell',
    );
    expect(withStandfirst.title).toBe('Repair Café looks for volunteers');
    expect(withStandfirst.removed).toContainEqual(
      expect.objectContaining({ kind: 'masthead', text: 'News from Arnley and the hills' }),
    );
  });

  it('is the line over the byline or stamp where a section’s name, not a menu, parts it from a tagline on top', () => {
    const page = (...head: string[]) => parseArticle(textSeed('t.txt', [...head, BODY].join('\n')));
    const tagged = page(
      'The Valley Weekly',
      'News from Arnley and the hills',
      'Arnley',
      'Repair Café looks for volunteers',
      'Updated 5 June 2023, 11:02',
      'By Mara Bell',
    );
    expect(tagged.title).toBe('Repair Café looks for volunteers');
    // A headline with its standfirst under it, and no section line between: the headline stays.
    const plain = page(
      'Repair Café looks for volunteers',
      'Bring a broken toaster and learn to fix it',
      'By Mara Bell',
    );
    expect(plain.title).toBe('Repair Café looks for volunteers');
    // A live page's entry under its time is no headline: a time is no section's name.
    const live = page(
      'Storm Ada live: ferries stop as gusts reach 90 mph',
      'Coast news',
      '10:42',
      'Ferry sailings cancelled until Thursday',
      'Updated 5 June 2023, 11:02',
    );
    expect(live.title).toBe('Storm Ada live: ferries stop as gusts reach 90 mph');
  });

  it('leaves a page whose headline is above the menu as it was', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [
          'El puerto reabre el muelle norte tras tres semanas de obras',
          'Publicado el martes 4 de marzo de 2025',
          'La autoridad portuaria reabrió el martes el muelle norte tras tres semanas de reparaciones, según informaron.',
          'Los transbordadores volverán a operar con un horario reducido mientras terminan las inspecciones del muelle sur.',
        ].join('\n'),
      ),
    );
    expect(a.title).toBe('El puerto reabre el muelle norte tras tres semanas de obras');
  });
});

describe('comments under a count of them', () => {
  it('are no body text, and a count above the text cuts nothing', () => {
    const text = (count: 'top' | 'bottom') =>
      [
        'Le marché couvert rouvre ses portes',
        ...(count === 'top' ? ['2 commentaires'] : []),
        'Le marché couvert de la ville a rouvert mardi après huit mois de travaux, a indiqué la mairie.',
        'Les commerçants ont retrouvé leurs places, et une dizaine de nouveaux étals ont été installés.',
        'La mairie prévoit une fête de réouverture le samedi suivant, avec des animations pour les enfants.',
        ...(count === 'bottom'
          ? ['2 commentaires', 'Lulu44 · 12/03/2025 à 08h10', 'On y passe samedi avec les enfants, enfin !']
          : []),
      ].join('\n');
    const below = parseArticle(textSeed('t.txt', text('bottom')));
    expect(below.blocks.map((b) => b.text).join(' ')).not.toContain('enfin');
    const above = parseArticle(textSeed('t.txt', text('top')));
    expect(above.blocks.map((b) => b.text).join(' ')).toContain('fête de réouverture');
  });
});

describe('the top of the page under a standfirst', () => {
  const page = (stamp: string) =>
    [
      'Radio Valle Norte',
      'EN DIRECTO ▶ 101.2 FM',
      'Noticias   Programas   Deportes   Agenda   Contacto',
      'Sociedad',
      'La piscina municipal de Olmedal abrirá en junio tras dos años de obras',
      'El ayuntamiento prevé recibir más de veinte mil bañistas durante el primer verano y contratará a seis socorristas.',
      'Lucía Ferrer',
      stamp,
      'La piscina municipal de Olmedal abrirá sus puertas el sábado 1 de junio, después de dos años de obras y un gasto de 1,2 millones de euros.',
      'El alcalde, Tomás Gil, explicó que el vaso grande se ha ampliado y que habrá una zona de sombra nueva.',
    ].join('\n');

  it('reads the stamp and the byline under a masthead, a menu, a kicker, a headline and one paragraph of standfirst', () => {
    const a = parseArticle(textSeed('piscina.txt', page('Olmedal | 14/05/2024 - 09:40 h')));
    expect(a.published).toMatchObject({ date: '2024-05-14', basis: 'stated' });
    expect(a.author).toBe('Lucía Ferrer');
  });

  it('does not read a date line under a second paragraph of prose as the stamp', () => {
    const text = page('La obra se adjudicó en 2022.').replace(
      'Lucía Ferrer\n',
      'Lucía Ferrer\nLos vecinos reclamaban desde hace años una piscina cubierta para el invierno, que no llegará.\n14/05/2024\n',
    );
    expect(parseArticle(textSeed('piscina.txt', text)).published.basis).toBe('unknown');
  });
});
