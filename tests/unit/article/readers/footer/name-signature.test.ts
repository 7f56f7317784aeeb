/** A name alone closing the text, the signer's role under it, and a photo credit under the text. */
import { describe, expect, it } from 'vitest';
import {
  nameSignatureReader,
  signerRoleReader,
} from '../../../../../src/engine/article/readers/footer/name-signature.ts';
import { photoCreditReader } from '../../../../../src/engine/article/readers/footer/photo-credit.ts';
import { findings, footerTake } from '../helpers.ts';

const PARAGRAPH = 'The work on the new pipe starts in May, and the council pays for every connection in the village.';

describe('nameSignatureReader', () => {
  it('takes a name alone under the last paragraph or a closing word as the writer', () => {
    const { kind, found } = footerTake(nameSignatureReader, 'Marit Olsen', { above: PARAGRAPH });
    expect(kind).toBe('sign-off');
    expect(found.signOff).toEqual({ name: 'Marit Olsen', line: 20 });
    expect(footerTake(nameSignatureReader, 'Daniel Achterberg', { above: 'Best wishes,' }).kind).toBe('sign-off');
  });

  it.each([
    // Not under prose: a list of names, or a heading.
    ['Marit Olsen', 'Jonas Berg'],
    // An office, an abbreviated label, one word, or an agency.
    ['Dirección de Comunicaciones', PARAGRAPH],
    ['Gabinete de Comunicação', PARAGRAPH],
    ['Oprac. Anna Nowak', PARAGRAPH],
    ['Olsen', PARAGRAPH],
    ['Agence France-Presse', PARAGRAPH],
  ])('leaves %s (under “%s”)', (line, above) => {
    expect(footerTake(nameSignatureReader, line, { above }).kind).toBeNull();
  });

  it('leaves the site’s own name', () => {
    const found = findings({ masthead: { name: 'Valley Courier', line: 1 } });
    expect(footerTake(nameSignatureReader, 'Valley Courier', { above: PARAGRAPH, found }).kind).toBeNull();
  });
});

describe('signerRoleReader', () => {
  it('takes a short role line under a name alone', () => {
    expect(footerTake(signerRoleReader, 'Secretary, Hillcrest Allotment Society', { above: 'Ann Rowe' }).kind).toBe(
      'sign-off',
    );
    expect(
      footerTake(signerRoleReader, 'Secretary, Hillcrest Allotment Society', { above: PARAGRAPH }).kind,
    ).toBeNull();
    expect(footerTake(signerRoleReader, 'She thanked every volunteer.', { above: 'Ann Rowe' }).kind).toBeNull();
  });
});

describe('photoCreditReader', () => {
  it.each([
    ['Fot. Urząd Gminy', 'caption'],
    ['Foto: Ana Ruiz', 'caption'],
    ['Photo: Harbour Board', 'caption'],
    ['Photographs of the old mill are on show in the library until June.', null],
  ])('%s → %s', (line, kind) => expect(footerTake(photoCreditReader, line).kind).toBe(kind));
});

describe('nameSignatureReader under a byline', () => {
  it('leaves a line of capitalised words to the tag reader where the page has a byline', () => {
    const found = findings({ author: { name: 'Sam Okafor', line: 4, how: 'byline' } });
    expect(footerTake(nameSignatureReader, 'Harbour Shipping Safety', { above: PARAGRAPH, found }).kind).toBeNull();
  });
});
