/** Page chrome: adverts, prompts, reading time, captions and notes around the text. */
import { describe, expect, it } from 'vitest';
import { isPageChrome, pageChromeReader } from '../../../../../src/engine/article/readers/furniture/page-chrome.ts';
import { furnitureTake } from '../helpers.ts';

describe('pageChromeReader', () => {
  it.each<[string, string | null]>([
    ['Advertisement', 'page-chrome'],
    // A shortcode the page left unrendered; a bracketed line of text stays.
    ['[audio_player src="news.mp3" label="Listen"]', 'page-chrome'],
    ['[gallery]', 'page-chrome'],
    ['[Updated with the mayor’s reply]', null],
    ['Listen to this article 4 min', 'page-chrome'],
    ['5 min read', 'page-chrome'],
    // Reading-time notes in other languages, and a media player's controls.
    ['Lesezeit: 4 Min.', 'page-chrome'],
    ['Temps de lecture : 2 min', 'page-chrome'],
    ['6 min de leitura', 'page-chrome'],
    ['▶ Ouvir em direto', 'page-chrome'],
    ['▶ Artikel anhören   2 Min.', 'page-chrome'],
    ['Der Leser brauchte 4 Minuten, um den Artikel zu lesen, sagte er.', null],
    ['Subscribe for $2 a month', 'page-chrome'],
    ['Exklusiv für Abonnenten', 'page-chrome'],
    ['Texto', 'page-chrome'],
    // Captions closing with the photograph's credit; a closing agency tag, a source note and a credit line stay.
    ['Boats at the old quay on Monday. (Harbour Ledger: Ana Lima)', 'page-chrome'],
    ['Lanterns along the river. (Xinhua/Li Wen)', 'page-chrome'],
    ['Schneepflug auf der Passstraße. APA/Eva Berger', 'page-chrome'],
    ['Ponte fechada no centro da vila — Foto: Câmara Municipal', 'page-chrome'],
    // Captions that open with an archive photo's label, or close with the archive's mark.
    ["Photo d'archives : le marché couvert lors de l'édition de 2019.", 'page-chrome'],
    ["Foto d'archivio: la piazza in una cartolina del 1962", 'page-chrome'],
    ['Archivbild: Der Saal bei der Einweihung im Jahr 2008.', 'page-chrome'],
    ['من أرشيف البلدية: الحديقة خلال افتتاحها عام 2018', 'page-chrome'],
    ['الساحة خلال نسخة سابقة من المهرجان عام 2019 (أرشيف)', 'page-chrome'],
    // A site's clock and weather; a sentence about the weather is prose.
    ['Dienstag, 4. Juni 2024 | Bozen 24°', 'page-chrome'],
    ['Antsirabe, vendredi 13 septembre 2024 | 19°C Nuageux', 'page-chrome'],
    ['Am 4. Juni 2024 war es in Bozen 24° warm, sagte der Wetterdienst.', null],
    // The weather alone, a place and a temperature and a word or two.
    // An issue's contents.
    ['In questo numero: La festa del paese · Nuovi soci · Gite di primavera', 'page-chrome'],
    ['Dans ce numéro : Mot du maire · Voirie · Petites annonces', 'page-chrome'],
    ['Kaleköy 19°C   Açık', 'page-chrome'],
    ['Bozen 24° sonnig', 'page-chrome'],
    ['Kaleköy 19°C sıcaklıkla günü güneşli geçirdi.', null],
    // Prose that names a photograph is no caption.
    ['Die Fotos aus dem Jahr 2008 zeigen den Saal noch ohne Bühne, sagte der Vorsitzende.', null],
    ['The new stand at the cricket ground. Photo by Ana Lima', 'page-chrome'],
    // A web or mail address alone on its line; one inside a sentence is text.
    ['https://www.harbour-ledger.example/news/quay-reopens', 'page-chrome'],
    ['press@harbour-ledger.example', 'page-chrome'],
    ['Page 1 of 1', 'page-chrome'],
    ['Write to press@harbour-ledger.example for the full report.', null],
    ['La halle du marché. Photo archives Le Courrier / Paul Brun', 'page-chrome'],
    ['The minister left on Monday. (Reuters)', null],
    ['The market reopens on Friday. (dpa/NAN)', null],
    ['The vote passed 12-3. (Source: council minutes)', null],
    ['Texte : Ana Lima – Photos : Paul Brun', null],
    ['Seguinos en Instagram', 'page-chrome'],
    ['Subscribe to our newsletter', 'page-chrome'],
    ['Follow us on WhatsApp for the latest news', 'page-chrome'],
    ['We use cookies to improve your experience. By continuing to browse you accept our cookies.', 'page-chrome'],
    ['Translated from French by the desk', 'page-chrome'],
    ['Soldiers hand out masks at a school. Photo: Agency / Jane Roe', 'page-chrome'],
    ['(ENDS)', 'page-chrome'],
    ['Follow The Harbour Gazette on WhatsApp Channel', 'page-chrome'],
    ['Got a story for us? Email tips@example.com', 'page-chrome'],
    ['Volver arriba', 'page-chrome'],
    ['Lusa/Fim', 'page-chrome'],
    ['Suscríbete a nuestro boletín y recibe las noticias cada mañana.', 'page-chrome'],
    ["Tout l'essentiel chaque matin : je m'abonne à la newsletter", 'page-chrome'],
    ['Folgen Sie uns auf Instagram', 'page-chrome'],
    ["Plus d'articles de Hélène Marchand", 'page-chrome'],
    ['Die Fähre legt in Nierstein an. Foto: Jan Roth/dpa', 'page-chrome'],
    ['Rescuers reach the shaft on Sunday, June 29, 2025. (PHOTO / MINE RESCUE)', 'page-chrome'],
    ['Le char des conscrits dans la Grande-Rue. Photo M.D.', 'page-chrome'],
    ['Des pirogues à quai à Kayar, le 10 mars. © AFP', 'page-chrome'],
    ['This article appears in the May 2024 print edition', 'page-chrome'],
    ['Foto: Forstschule Ebersbach/K. Lenz', 'page-chrome'],
    ['Wir verwenden Cookies, um die Seite zu verbessern. Alle akzeptieren | Einstellungen', 'page-chrome'],
    ['Utilizamos cookies propias y de terceros. Aceptar', 'page-chrome'],
    // A sentence that names a photographer, or one with a copyright sign inside it, is news.
    ['The photo was taken by a drone on Monday.', null],
    ['Il a cité la photo de M. Diallo dans son discours.', null],
    // Sentences about cookies or photographers are news.
    ['The bakery sold cookies to the soldiers on Monday.', null],
    ['Photographers were barred from the courtroom.', null],
  ])('%s → %s', (line, kind) => {
    expect(isPageChrome(line)).toBe(kind !== null);
    expect(furnitureTake(pageChromeReader, line).kind).toBe(kind);
  });
});

describe('a site’s clock with the day’s names', () => {
  it('is chrome on the page’s first lines, not lower down, and not a line of prose', () => {
    const clock = 'Wtorek, 2024.03.12 :: Grzegorza, Bernarda';
    expect(furnitureTake(pageChromeReader, clock, { index: 0 }).kind).toBe('page-chrome');
    expect(furnitureTake(pageChromeReader, 'Dienstag, 12. März 2024 | Namenstag: Gregor', { index: 1 }).kind).toBe(
      'page-chrome',
    );
    expect(furnitureTake(pageChromeReader, clock, { index: 8 }).kind).toBeNull();
    expect(
      furnitureTake(pageChromeReader, 'The fair opens on 12 March 2024 | Tickets from Monday', { index: 0 }).kind,
    ).toBeNull();
  });
});

describe('a caption whose credit closes it in capitals', () => {
  it.each([
    'Des bénévoles trient les dons au gymnase, le 4 février. LÉA MOREAU POUR LE JOURNAL',
    'Pescadores reparan las redes en el puerto de Vilaxoán. ANXO PENA',
  ])('takes “%s” above the text, and leaves it once the text has begun', (line) => {
    expect(furnitureTake(pageChromeReader, line).kind).toBe('page-chrome');
    expect(furnitureTake(pageChromeReader, line, { bodyStarted: true }).kind).toBeNull();
  });
  it('leaves an agency alone, and a credit of fewer than four capitals', () => {
    expect(
      furnitureTake(pageChromeReader, 'The minister resigned on Monday after the protests. REUTERS').kind,
    ).toBeNull();
    expect(furnitureTake(pageChromeReader, 'Ministers met in the capital on Monday. UN').kind).toBeNull();
  });
});
