/** A German page: kicker, "Stand: … Uhr", "Von" byline under a standfirst, caption "Foto: dpa", "Mehr zum Thema". */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

const PAGE = `Mainzer Tagesbote
Startseite > Region > Rheinhessen

Verkehr

Neue Fähre zwischen Nierstein und Kornsand nimmt Betrieb auf

Die Verbindung war wegen eines Motorschadens seit Wochen unterbrochen

Stand: 12.09.2024 16:45 Uhr

Von Jonas Hartmann

Die neue Autofähre zwischen Nierstein und Kornsand hat am Donnerstag ihren Betrieb aufgenommen, nachdem die alte Fähre im Sommer wegen eines Motorschadens ausgefallen war.

Pendler mussten bis dahin einen Umweg über die Brücke in Mainz fahren, was morgens fast eine Stunde kostete.

Die Fähre legt am Donnerstagmorgen in Nierstein an. Foto: dpa

Mehr zum Thema
Rheinpegel: Schiffe dürfen wieder voll laden
Nach oben
`;

describe('a German page', () => {
  const { article, removed } = readPage('de-tagesbote.txt', PAGE);

  it('reads the headline, the writer under the standfirst and the "Stand:" stamp, an update time that bounds it', () => {
    expect(article.title).toBe('Neue Fähre zwischen Nierstein und Kornsand nimmt Betrieb auf');
    expect(article.author).toBe('Jonas Hartmann');
    expect(article.published).toMatchObject({ date: null, latest: '2024-09-12', basis: 'inferred' });
  });

  it.each([
    ['Startseite > Region > Rheinhessen', 'navigation'],
    ['Verkehr', 'kicker'],
    ['Stand: 12.09.2024 16:45 Uhr', 'stamp'],
    ['Die Fähre legt am Donnerstagmorgen in Nierstein an. Foto: dpa', 'page-chrome'],
    ['Mehr zum Thema', 'related-links'],
    ['Rheinpegel: Schiffe dürfen wieder voll laden', 'related-links'],
    ['Nach oben', 'navigation'],
  ])('takes “%s” off as %s', (line, kind) => {
    expect(removed.get(line)).toBe(kind);
  });
});
