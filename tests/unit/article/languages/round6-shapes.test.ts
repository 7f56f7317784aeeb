/**
 * Page shapes read from the per-language word tables: relative "ago" stamps from the runtime's locale data, a stamp
 * and its update on one line, a stamp then its byline, press-release labels and attachments, breadcrumb labels,
 * newsroom bylines and the agencies a byline draws on, and an Indonesian page.
 */
import { describe, expect, it } from 'vitest';
import { isTimeAgo } from '../../../../src/engine/article/furniture-words/time-ago.ts';
import { matchStampLine } from '../../../../src/engine/article/readers/furniture/stamp-line.ts';
import { readStamp } from '../../../../src/engine/time/stamps.ts';
import { readPage } from './read.ts';

describe('stamps told as a time ago', () => {
  it.each([
    '45 minuten geleden',
    'vor 3 Stunden',
    'il y a 2 jours',
    'hace 5 horas',
    '3 ore fa',
    'منذ ساعتين',
    'Updated 4 hours ago',
  ])('“%s” is a stamp that dates nothing', (line) => expect(isTimeAgo(line)).toBe(true));
  it('is not a sentence that tells how long ago something happened', () => {
    expect(isTimeAgo('The ferry left the quay 2 hours ago')).toBe(false);
  });
});

describe('stamps in more shapes', () => {
  it('reads a clock with full stops, a short month name and a stamp with its update on one line', () => {
    expect(matchStampLine('March 5, 2025 at 7:40 p.m. EST')).toMatchObject({ stamp: { date: '2025-03-05' } });
    expect(matchStampLine('wo 9 okt 2024, 08:10')).toMatchObject({ stamp: { date: '2024-10-09', time: '08:10' } });
    expect(matchStampLine('03.06.2024 09:15:00 / Güncelleme: 03.06.2024 11:02:40')).toMatchObject({
      verb: 'date',
      stamp: { date: '2024-06-03', time: '09:15' },
    });
    // The update after a full stop, or after a dot in Dutch.
    expect(matchStampLine('17/11/2024 - 10:20h. Actualizado: 17/11/2024 - 12:05h.')).toMatchObject({
      verb: 'date',
      stamp: { date: '2024-11-17' },
    });
    expect(matchStampLine('woensdag 6 november 2024 · Laatste update: 15:40')).toMatchObject({
      verb: 'date',
      stamp: { date: '2024-11-06' },
    });
  });
  it('reads a two-figure year only where a day-first label stands before it', () => {
    expect(readStamp('17/09/24 às 10h05', true)).toMatchObject({ date: '2024-09-17' });
    expect(readStamp('17/09/24 às 10h05')).toBeNull();
  });
});

describe('a parish blog with the writer after the stamp', () => {
  const { article } = readPage(
    'nl-blog.txt',
    `Wijkblog De Linde

Speeltuin aan de Kerkstraat krijgt nieuwe toestellen

Geplaatst op 14 mei 2024 door Anouk van Dam

De speeltuin aan de Kerkstraat krijgt deze zomer drie nieuwe toestellen, heeft de wijkraad op dinsdagavond besloten na een peiling onder de ouders.
`,
  );
  it('takes the writer and the day from one line', () => {
    expect(article.author).toBe('Anouk van Dam');
    expect(article.published).toMatchObject({ date: '2024-05-14', basis: 'stated' });
  });
});

describe('a town hall press release', () => {
  const { article, removed } = readPage(
    'it-comune.txt',
    `Comune di Valfiorita
Sei in: Home / Notizie / Comunicati stampa

Comunicato stampa n. 9/2025

Il mercato coperto riapre dopo i lavori al tetto

Valfiorita, 12 marzo 2025 – Il mercato coperto di piazza Roma riaprirà sabato dopo quattro mesi di lavori sulla copertura, ha annunciato l'assessore al commercio.

Allegati
Comunicato_9_2025.pdf (180 KB)
Condividi  Stampa  Segnala un errore
`,
  );
  it('takes the label, the breadcrumb and the attachments off the page and keeps the headline', () => {
    expect(article.title).toBe('Il mercato coperto riapre dopo i lavori al tetto');
    expect(removed.has('Comunicato stampa n. 9/2025')).toBe(true);
    expect(removed.get('Sei in: Home / Notizie / Comunicati stampa')).toBe('navigation');
    expect(removed.has('Allegati')).toBe(true);
    expect(removed.has('Comunicato_9_2025.pdf (180 KB)')).toBe(true);
    expect(removed.has('Condividi  Stampa  Segnala un errore')).toBe(true);
  });
});

describe('newsroom bylines and the agencies a byline draws on', () => {
  it('credits the agency and names no writer for a newsroom or an outlet', () => {
    const outlet = readPage(
      'fr-outlet.txt',
      `Le Courrier des Crêtes

Un troupeau de chamois observé au-dessus du col

Par Le Courrier des Crêtes avec AFP

Publié le 3 juin 2024 à 18h02

Une quarantaine de chamois ont été observés lundi au-dessus du col par des randonneurs, un nombre jamais vu depuis dix ans selon les gardes du parc.
`,
    ).article;
    expect(outlet.author).toBeNull();
    expect(outlet.credits.map((c) => c.name)).toEqual(['AFP']);
    const newsroom = readPage(
      'es-newsroom.txt',
      `Diario del Valle

Cortan el agua en tres barrios por una avería

Por Redacción Diario del Valle
Con información de EFE

La compañía de aguas cortó el suministro el martes en tres barrios del norte de la ciudad tras la rotura de una tubería principal, según informó la empresa.
`,
    ).article;
    expect(newsroom.author).toBeNull();
    expect(newsroom.credits.map((c) => c.name)).toEqual(['EFE']);
  });
  it('keeps the writer and credits the agency after "com informações da"', () => {
    const { article } = readPage(
      'pt-com-informacoes.txt',
      `Folha do Litoral

Pescadores recebem seguro-defeso com atraso

Por Marina Couto, com informações da Agência Brasil

Os pescadores artesanais do litoral sul começaram a receber nesta semana as parcelas do seguro-defeso que estavam atrasadas desde março, informou o ministério.
`,
    );
    expect(article.author).toBe('Marina Couto');
    expect(article.credits.map((c) => c.name)).toEqual(['Agencia Brasil']);
  });
});

describe('an Indonesian page', () => {
  const { article, removed } = readPage(
    'id-warta.txt',
    `Kabar Pesisir
Beranda > Daerah > Maluku

Harga cengkih naik menjelang musim panen

Senin, 3 Maret 2025 09:40 WIT

Pewarta: Dewi Lestari

Ambon (ANTARA) - Harga cengkih di pasar Ambon naik sepuluh persen dalam sepekan terakhir menjelang musim panen, kata para pedagang pada Senin.

Baca juga: Nelayan Ambon menunggu cuaca membaik

Sumber: ANTARA
`,
  );
  it('reads the reporter, the agency and the related link', () => {
    expect(article.author).toBe('Dewi Lestari');
    expect(article.credits.map((c) => c.name)).toContain('Antara');
    expect(removed.has('Baca juga: Nelayan Ambon menunggu cuaca membaik')).toBe(true);
  });
});

describe('print notes, embedded posts, counters and day-word stamps', () => {
  const { removed } = readPage(
    'de-verein.txt',
    `Dorfbote Lindach

Feuerwehrfest am Wochenende verschoben

Gestern, 18:20 Uhr · geteilt von Ortsredaktion

Das Feuerwehrfest der Freiwilligen Feuerwehr Lindach wird wegen der Unwetterwarnung um eine Woche verschoben, teilte der Kommandant am Montag mit.

— Feuerwehr Lindach (@FFLindach) 3. Juni 2024

Aufrufe: 318
Artikel gedruckt am 05.06.2024 um 09:12 Uhr von dorfbote-lindach.de
`,
  );
  it('takes them off the page', () => {
    expect(removed.has('Gestern, 18:20 Uhr · geteilt von Ortsredaktion')).toBe(true);
    expect(removed.has('— Feuerwehr Lindach (@FFLindach) 3. Juni 2024')).toBe(true);
    expect(removed.has('Aufrufe: 318')).toBe(true);
    expect(removed.has('Artikel gedruckt am 05.06.2024 um 09:12 Uhr von dorfbote-lindach.de')).toBe(true);
  });
});

describe('a press release named as the source', () => {
  it('credits no agency', () => {
    const { article } = readPage(
      'de-quelle.txt',
      `Dorfbote Lindach

Neue Buslinie ab Montag

Die Gemeinde richtet ab Montag eine neue Buslinie zwischen Lindach und dem Bahnhof ein, die im Stundentakt fahren soll.

Quelle: Pressemitteilung der Gemeinde Lindach
`,
    );
    expect(article.credits).toEqual([]);
  });
});

describe('a forum repost signed low on the page, above its counters', () => {
  const { article, removed } = readPage(
    'tr-forum.txt',
    `Köy Forumu
Anasayfa > Haberler > Yerel

Çeşme onarıldı, köy meydanı yeniden su ile buluştu

Köyün yüz yıllık çeşmesi, gönüllülerin üç ay süren çalışmasının ardından yeniden akmaya başladı. Onarım için köylüler kendi aralarında para topladı ve taşları tek tek temizledi.

Muhtar, çeşmenin bayram öncesi açılmasının köy için büyük bir sevinç olduğunu söyledi.

Haber ve Fotoğraf: Deniz Aksoy
Görüntülenme: 1.204
Paylaş
Bültenin tamamını PDF olarak indirin
Çeşme Derneği/Son
`,
  );
  it('takes the signature as the writer and the counter off the page', () => {
    expect(article.author).toBe('Deniz Aksoy');
    expect(removed.has('Görüntülenme: 1.204')).toBe(true);
  });
  it('reads an agency with its end mark after a slash', () => {
    const { article: wire } = readPage(
      'pt-inforpress.txt',
      `Jornal da Ilha

Dessalinizadora do Maio começa a funcionar

A nova unidade de dessalinização da ilha começou a produzir água esta semana, anunciou a empresa pública de águas.

Inforpress/Fim
`,
    );
    expect(wire.credits.map((c) => c.name)).toEqual(['Inforpress']);
  });
});

describe('shapes read after the round-6 final sets', () => {
  it('finds a wire dateline under a standfirst and credits its agency', () => {
    const { article } = readPage(
      'de-standfirst.txt',
      `Küstenwelle 24

Land fördert Fähren mit zusätzlichen Mitteln

Kleine Fährbetriebe sollen leichter an Geld für neue Motoren kommen. Das teilte das Ministerium mit.

Husum (dpa/lno) - Das Land stockt sein Förderprogramm für Fähren um eine Million Euro auf, wie das Ministerium am Mittwoch mitteilte.
`,
    );
    expect(article.credits.map((c) => c.name)).toEqual(['dpa']);
  });
  it('reads a month-first Spanish stamp and a role after the name', () => {
    expect(readStamp('marzo 4 de 2024')).toMatchObject({ date: '2024-03-04' });
    const { article } = readPage(
      'en-ldr.txt',
      `Valley Courier

Parish council reopens public toilets

By Tom Ashby Local Democracy Reporter

The parish council reopened the public toilets on the green on Monday after a two-year closure, councillors said.
`,
    );
    expect(article.author).toBe('Tom Ashby');
  });
  it('takes a press office for no writer and short time-ago stamps, bare clock times and comment counts for furniture', () => {
    const { article, removed } = readPage(
      'pt-ascom.txt',
      `Prefeitura de Vale Verde

Feira livre ganha nova cobertura

Texto: Assessoria de Comunicação
Posted 5h ago, updated 2h ago

A feira livre do centro passou a funcionar sob uma nova cobertura metálica nesta segunda-feira, informou a prefeitura.

10h40
0 comentários
`,
    );
    expect(article.author).toBeNull();
    expect(removed.has('Posted 5h ago, updated 2h ago')).toBe(true);
    expect(removed.has('10h40')).toBe(true);
    expect(removed.has('0 comentários')).toBe(true);
  });
});

describe('a station page with a share list one entry to a line above the text', () => {
  const { article, removed } = readPage(
    'en-station.txt',
    `KVRT 9 News
Now Playing: The Morning Show with Ana Ruiz

Town library reopens after roof repairs

By Carla Mendes
Tuesday, 12th March 2024 4:45pm

Share
Facebook
Email
X

The town library reopened on Monday after four months of roof repairs, the council said.

Staff said visitors had waited in line before the doors opened, and the children's corner was full by noon.

Previous article
Next article
Got a story? Contact the newsroom at news@kvrt.example or text 51958.
`,
  );
  it('keeps the text: the share list is no comment form', () => {
    expect(article.blocks.map((b) => b.text).join(' ')).toContain('The town library reopened on Monday');
    expect(removed.get('Email')).toBe('share-list');
  });
  it('reads the stamp with its clock time and takes the player bar and the links off the page', () => {
    expect(article.published).toMatchObject({ date: '2024-03-12', basis: 'stated' });
    expect(article.title).toBe('Town library reopens after roof repairs');
    expect(removed.has('Now Playing: The Morning Show with Ana Ruiz')).toBe(true);
    expect(removed.has('Previous article')).toBe(true);
    expect(removed.has('Got a story? Contact the newsroom at news@kvrt.example or text 51958.')).toBe(true);
  });
});

describe('a Swiss company release with its contact block and boilerplate', () => {
  const { article, removed } = readPage(
    'de-ch-medien.txt',
    `Zum Inhalt springen
Wärmewerk Seetal AG

Medienmitteilung

Neue Leitung bringt Fernwärme ins Unterdorf

Seetal, 4. März 2024 – Das Wärmewerk Seetal AG baut im Sommer eine neue Leitung ins Unterdorf, an die rund 120 Häuser angeschlossen werden können.

Die Arbeiten beginnen im Juni und dauern voraussichtlich bis im Oktober.

Für Rückfragen:
Lea Brunner, Mediensprecherin
Telefon 041 000 00 00

Über die Wärmewerk Seetal AG
Medienmitteilung als PDF herunterladen (96 KB)
`,
  );
  it('keeps the headline and takes the skip link, the contact block, the boilerplate heading and the download off', () => {
    expect(article.title).toBe('Neue Leitung bringt Fernwärme ins Unterdorf');
    expect(removed.has('Zum Inhalt springen')).toBe(true);
    expect(removed.has('Für Rückfragen:')).toBe(true);
    expect(removed.has('Lea Brunner, Mediensprecherin')).toBe(true);
    expect(removed.has('Über die Wärmewerk Seetal AG')).toBe(true);
    expect(removed.has('Medienmitteilung als PDF herunterladen (96 KB)')).toBe(true);
  });
});

describe('a print page whose source line names its own outlet', () => {
  it('credits no one', () => {
    const { article } = readPage(
      'en-print.txt',
      `The Harbour Mirror

Hawker centre to close for six months of repairs

The Marine Parade hawker centre will close on Monday for six months of repairs to its roof and drains, the town council said.

Copyright © 2021 The Harbour Mirror. All rights reserved.
Source: The Harbour Mirror, Singapore
`,
    );
    expect(article.credits).toEqual([]);
  });
});

describe('a bare date over a later update line', () => {
  const { article, removed } = readPage(
    'en-print.txt',
    `The Riverside Courier

Night buses return to the ring road after a two-year gap

Staff Reporter, Eastfield
Wed Mar 6, 2024 12:00 AM
Last update on: Wed Mar 6, 2024 08:45 AM

Night buses will run on the ring road again from next month, the transport board said on Tuesday after a vote that ended a two-year gap in the service.
`,
  );
  it('dates the article to the bare date, and sets the update line aside', () => {
    expect(article.published).toMatchObject({ date: '2024-03-06', basis: 'stated' });
    expect(removed.get('Last update on: Wed Mar 6, 2024 08:45 AM')).toBe('stamp');
  });
});

describe('stamps that tell the day another way', () => {
  it('reads an update whose first publication is a time of the same day as that day', () => {
    expect(matchStampLine('Updated November 19 2024 - 4:45pm, first published 2:10pm')).toMatchObject({
      verb: 'date',
      stamp: { date: '2024-11-19', time: null },
    });
  });
  it('reads "Added" before a stamp as its publication, and a caption whose credit names no one as furniture', () => {
    const { article, removed } = readPage(
      'en-added.txt',
      `The Lake Courier

Town to charge a monthly fee for rubbish collection

By Ruth Atim
Added 14th August 2024 04:55 PM

Rubbish piled near the bus park in May 2024. Picture supplied

Residents of the town will pay a monthly fee for rubbish collection from next month, the council announced after a vote that followed months of complaints about the heaps near the market.
`,
    );
    expect(article.published).toMatchObject({ date: '2024-08-14', basis: 'stated' });
    expect(removed.get('Rubbish piled near the bus park in May 2024. Picture supplied')).toBe('page-chrome');
  });
});

describe('a breadcrumb glued before the headline', () => {
  it('is left out of the title', () => {
    const { article } = readPage(
      'pt-crumb.txt',
      `Jornal do Vale

Home / Educação / Escola rural ganha biblioteca nova com livros doados pelos moradores

Por Ana Souza

A escola rural do distrito de Boa Vista inaugurou na segunda-feira uma biblioteca com mais de dois mil livros doados pelos moradores da região.
`,
    );
    expect(article.title).toBe('Escola rural ganha biblioteca nova com livros doados pelos moradores');
  });
});
