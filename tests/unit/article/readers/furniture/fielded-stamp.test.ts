/** A stamp among other fields of one line: a section, a reading time, an update, or the place it was filed from. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../../src/engine/article/parse.ts';
import {
  fieldedStampReader,
  matchFieldedStamp,
} from '../../../../../src/engine/article/readers/furniture/fielded-stamp.ts';
import { textSeed } from '../../../../helpers.ts';
import { furnitureTake } from '../helpers.ts';

describe('matchFieldedStamp', () => {
  it.each([
    ['Sport | Publié le 3 mars 2024 à 09h12', 'published', '2024-03-03'],
    ['7 June 2024 - 3 min read', 'date', '2024-06-07'],
    ['2 May 2024 08:10 GMT | Updated 2 May 2024 09:30 GMT', 'date', '2024-05-02'],
    ['Sevilla, 4 de abril de 2024', 'date', '2024-04-04'],
    ['Wirtschaft · 12. März 2024 · Lesezeit: 4 Min.', 'date', '2024-03-12'],
    ['Santé | Publié le mardi 5 mars 2024 à 10h20 | Mis à jour à 15h05', 'published', '2024-03-05'],
    ['Economia — Quarta-feira, 6 de março de 2024 — 10:41', 'date', '2024-03-06'],
    ['Actualizado 21/05/2024 - 19:03 h', 'updated', '2024-05-21'],
    ['Puerto del Sol / 14.08.2024 19:35:00', 'date', '2024-08-14'],
    ['Edição nº 12 – 19/03/2025 às 16h10', 'date', '2025-03-19'],
    // A labelled stamp, its time and a count of readers.
    ['Eklenme Tarihi : 2024-03-02 - 09:15 - Bu haberi 77 kişi okudu.', 'published', '2024-03-02'],
    ['12.03.2024 | 1.204 Aufrufe', 'date', '2024-03-12'],
  ])('%s → %s %s', (line, kind, date) => {
    const fields = matchFieldedStamp(line);
    expect(fields?.find((f) => 'stamp' in f)).toMatchObject({ kind, stamp: { date } });
  });

  it('reads an issue numbered by its month and year, and an issue number with its sign', () => {
    expect(matchFieldedStamp('Ausgabe 10/2024 · Oktober')).toContainEqual(
      expect.objectContaining({ kind: 'month', year: 2024, month: 10 }),
    );
    expect(matchFieldedStamp('Edição nº 143 – Agosto de 2024')).toContainEqual(
      expect.objectContaining({ kind: 'month', year: 2024, month: 8 }),
    );
  });

  it('reads an issue numbered with its volume beside its month', () => {
    expect(matchFieldedStamp("Édition d'avril 2024 | Volume 12, numéro 4")).toContainEqual(
      expect.objectContaining({ kind: 'month', year: 2024, month: 4 }),
    );
    expect(matchFieldedStamp('Volume 12 – Numéro 4 – Avril 2024')).toContainEqual(
      expect.objectContaining({ kind: 'month', year: 2024, month: 4 }),
    );
  });

  it('reads an issue number beside its month', () => {
    expect(matchFieldedStamp('Issue 52 | April 2024')).toContainEqual(
      expect.objectContaining({ kind: 'month', year: 2024, month: 4 }),
    );
    expect(matchFieldedStamp('n° 12 — mai 2022')).toContainEqual(expect.objectContaining({ kind: 'month', month: 5 }));
  });

  it('reads a monthly issue beside its section as a month', () => {
    expect(matchFieldedStamp('Edição de maio de 2022 | Ciência')).toContainEqual(
      expect.objectContaining({ kind: 'month', year: 2022, month: 5 }),
    );
  });

  it.each([
    'Markets fell - 3 May 2024 was a hard day for traders on the island',
    'Home | World | Europe',
    'Weather | Traffic | Sport',
    'The vote, 4 March 2024, was close',
  ])('leaves “%s”', (line) => expect(matchFieldedStamp(line)).toBeNull());
});

describe('fieldedStampReader', () => {
  it('takes a published stamp after a section as the publication line', () => {
    const { kind, found } = furnitureTake(fieldedStampReader, 'Culture | Publicado el 9 de mayo de 2024 a las 10:05');
    expect(kind).toBe('published-line');
    expect(found.publishedLine).toMatchObject({ stamp: { date: '2024-05-09' } });
  });

  it('takes the first bare date of the line as the stamp, not its update', () => {
    const { found } = furnitureTake(fieldedStampReader, '2 May 2024 08:10 GMT | Updated 3 May 2024 09:30 GMT');
    expect(found.stamp).toMatchObject({ verb: 'date', stamp: { date: '2024-05-02' } });
  });

  it('takes a byline that opens the line as the writer', () => {
    const { kind, found } = furnitureTake(fieldedStampReader, 'By Ada Fenwick · Mon 14 Apr 2025 · 4 min read');
    expect(kind).toBe('stamp');
    expect(found.author).toMatchObject({ name: 'Ada Fenwick', how: 'byline' });
    expect(found.stamp).toMatchObject({ stamp: { date: '2025-04-14' } });
  });

  it('leaves a line of the body below the top of the page', () => {
    expect(furnitureTake(fieldedStampReader, '7 June 2024 - 3 min read', { bodyStarted: true, top: false }).kind).toBe(
      null,
    );
  });

  it('dates an article whose stamp shares its line with a reading time, and keeps the line out of the body', () => {
    const article = parseArticle(
      textSeed(
        'quay.txt',
        'Harbour board backs new ferry quay\n\n7 June 2024 - 3 min read\nBy Ada Fenwick\n\nThe harbour board voted on Thursday to build a second ferry quay at the old fish market, ending a dispute that had lasted two years.\n\nWork is due to start in the spring.\n',
      ),
    );
    expect(article.published).toMatchObject({ date: '2024-06-07', basis: 'stated' });
    expect(article.blocks.map((b) => b.text).join('\n')).not.toContain('min read');
  });

  it('reads the stamp beside a clock time and a source, and credits the source', () => {
    const fields = matchFieldedStamp('9 May 2024 | 10:20 | Source: Lindqvist News Service (LNS)');
    expect(fields?.find((f) => 'stamp' in f)).toMatchObject({ kind: 'date', stamp: { date: '2024-05-09' } });
    const { found } = furnitureTake(fieldedStampReader, '9 May 2024 | 10:20 | Source: Lindqvist News Service (LNS)');
    expect(found.credits.map((c) => c.name)).toEqual(['LNS']);
  });

  it('takes the stamp under the headline, not the site’s date-and-weather bar above the masthead', () => {
    const article = parseArticle(
      textSeed(
        'feria.txt',
        'Cartago, 12 de marzo de 2024 · 22 °C\nLa Voz del Valle\nInicio   Regional   Deportes\nLa feria del libro vuelve a la plaza central\nLa cita reunirá a cuarenta editoriales de la región durante cuatro días.\nPor: Marta Rojas\nMarzo 11 de 2024 - 06:30 p. m.\nLa feria del libro regresa este fin de semana a la plaza central con cuarenta editoriales invitadas y un programa de lecturas para niños.\nLos organizadores esperan superar los diez mil visitantes de la edición anterior.\n',
      ),
    );
    expect(article.published).toMatchObject({ date: '2024-03-11', basis: 'stated' });
  });
});
