/** Sign-offs: the reporter they name; editors and desk slugs name nobody. */
import { describe, expect, it } from 'vitest';
import { matchSignOff, signOffReader } from '../../../../../src/engine/article/readers/footer/sign-off.ts';
import { findings, footerTake } from '../helpers.ts';

describe('matchSignOff', () => {
  it.each([
    ['Chikondi Banda reports.', { author: 'Chikondi Banda' }],
    ['(Reporting by Sopheak Chan in Stung Treng; Editing by Mark Hollis)', { author: 'Sopheak Chan' }],
    ['Additional reporting by Noy Vongsa', { author: null }],
    ['Editing by Mark Hollis', { author: null }],
    ['Harbour Post writer Tomas Reyes in Lisbon contributed to this report.', { author: null }],
    ['bur-sp/mh', { author: null }],
    ['— Jane Doe', { author: 'Jane Doe' }],
    ['— Reuters', null],
    ['The minister reports to parliament on Monday.', null],
    // Labelled credit lines in any covered language: the writer, not the photographer or the initials.
    ['Text: Ilse Marwitz (im)', { author: 'Ilse Marwitz' }],
    ['Texto y fotos: Lucía Ferrer Gil', { author: 'Lucía Ferrer Gil' }],
    ['Texto: Inês Barata | Fotografia: Rui Tavares', { author: 'Inês Barata' }],
    ['Posted by Alan Pryor, Parish Clerk', { author: 'Alan Pryor' }],
    ['By 2030 the quay will be rebuilt, officials said.', null],
    // A reporter's signature with the place filed from and the agency in brackets.
    ['Ayşe KARACA/ÇEŞME (İzmir), (DHA)', { author: 'Ayşe KARACA' }],
    ['Hakan ÖZDEMİR/BODRUM, (İHA)', { author: 'Hakan ÖZDEMİR' }],
    ['Ayşe KARACA/ÇEŞME (İzmir), (Belediye)', null],
  ])('%s → %j', (line, expected) => expect(matchSignOff(line)).toEqual(expected));
});

describe('signOffReader', () => {
  it.each<[string, boolean, string | null, object | null]>([
    ['Chikondi Banda reports.', false, 'sign-off', { name: 'Chikondi Banda', line: 20 }],
    ['bur-sp/mh', false, 'sign-off', null],
    // The footer never takes the last line of the text that is left.
    ['Chikondi Banda reports.', true, null, null],
    ['The minister reports to parliament on Monday.', false, null, null],
  ])('%s (only line left: %s) → %s', (line, onlyLineLeft, kind, signOff) => {
    const { kind: taken, found } = footerTake(signOffReader, line, { onlyLineLeft });
    expect(taken).toBe(kind);
    expect(found.signOff).toEqual(signOff);
  });

  it('keeps the first reporter a sign-off names', () => {
    const found = findings({ signOff: { name: 'Joe Park', line: 22 } });
    expect(footerTake(signOffReader, 'Chikondi Banda reports.', { found }).kind).toBe('sign-off');
    expect(found.signOff).toEqual({ name: 'Joe Park', line: 22 });
  });
});

describe('a signature with the signer’s role', () => {
  it.each([
    ['— Hemi Walker, Waitāwhiti Predator Free coordinator', 'Hemi Walker'],
    ['Marc Delvaux, secrétaire', 'Marc Delvaux'],
    ['Maria da Silva, repórter', 'Maria da Silva'],
  ])('%s gives the writer', (line, author) => expect(matchSignOff(line)).toEqual({ author }));

  it.each([
    'Paris, France',
    '— Reuters, Paris',
    'Villa Carlotta, record di visitatori nel weekend di Pasqua',
    'Porto San Giorgio, nuovi orari per la ZTL estiva',
    'Claudia Reyes, directora del centro.',
  ])('%s names no writer', (line) => expect(matchSignOff(line)?.author ?? null).toBeNull());
});
