import { describe, expect, it } from 'vitest';
import { originFamilies, type OriginDoc } from '../../../src/engine/compare/origin.ts';
import { anchorAlignment, anchorSentences, namesWire, wireNames } from '../../../src/engine/compare/translation.ts';

// One invented wire report, its Spanish translation, and a Spanish report of the same facts written on its own.
const WIRE = [
  'The Harlen city council approved a 14.5 million euro plan on Tuesday to rebuild the Ostvale ferry pier.',
  'Mayor Tessa Orlin said work would begin in March and last 18 months.',
  'The pier, built in 1962, was closed in 2021 after divers found cracks in 40 of its 212 piles.',
  'About 3,200 passengers used the Ostvale crossing each day before it closed, the Harlen Transport Office said.',
  'Opposition councillor Piet Varga voted against, saying the Brennick shipyard bid was too high.',
].join(' ');
const TRANSLATION = [
  'El concejo municipal de Harlen aprobó el martes un plan de 14,5 millones de euros para reconstruir el muelle de Ostvale.',
  'La alcaldesa Tessa Orlin dijo que las obras empezarían en marzo y durarían 18 meses.',
  'El muelle, construido en 1962, fue cerrado en 2021 después de que unos buzos hallaran grietas en 40 de sus 212 pilotes.',
  'Unos 3.200 pasajeros usaban a diario la travesía de Ostvale antes del cierre, según la Oficina de Transporte de Harlen.',
  'El concejal opositor Piet Varga votó en contra y dijo que la oferta del astillero Brennick era demasiado alta.',
].join(' ');

const doc = (slug: string, text: string, language: string, extra: Partial<OriginDoc> = {}): OriginDoc => ({
  slug,
  text,
  credits: [],
  language,
  ...extra,
});

describe('anchors: the figures and names a translation keeps', () => {
  it('reads figures by their digits, in any script and with any separator', () => {
    const [en] = anchorSentences('Some 3,200 people used the Ostvale line.');
    const [es] = anchorSentences('Unos 3.200 usuarios tomaban la línea de Ostvale.');
    const [ar] = anchorSentences('استخدم نحو ٣٢٠٠ شخص خط Ostvale يوميا.');
    expect([...en!]).toEqual(['#3200', 'Ostval']);
    expect([...es!]).toEqual(['#3200', 'Ostval']);
    expect([...ar!]).toContain('#3200');
  });

  it('skips the capitalised first word of a sentence and sentences with fewer than two anchors', () => {
    expect(anchorSentences('Officials met on Monday. Nothing else happened there.')).toEqual([]);
  });

  it('aligns a translation sentence by sentence and an independent account in another order much less', () => {
    const x = anchorSentences(WIRE);
    const y = anchorSentences(TRANSLATION);
    expect(anchorAlignment(x, y)).toEqual({ aligned: 5, share: 1 });
    const shuffled = anchorSentences(
      TRANSLATION.split(/(?<=\.) /)
        .reverse()
        .join(' '),
    );
    expect(anchorAlignment(x, shuffled).aligned).toBeLessThan(2);
  });
});

describe('the wire a translation names', () => {
  it('takes the agencies credited and the bracketed name of a dateline, not a lower-case aside', () => {
    expect(wireNames(['AFP'], 'HARLEN, May 6 (Lodemark) -')).toEqual(['AFP', 'Lodemark']);
    expect(wireNames([], 'HARLEN (updated) -')).toEqual([]);
    // A region the dateline's place holds is no wire.
    expect(wireNames(['AFP'], 'Stung Treng (Cambodia) (AFP)', 'Stung Treng (Cambodia)')).toEqual(['AFP']);
  });

  it('finds the name as a whole word only', () => {
    expect(namesWire('Por Redacción, con Lodemark', ['Lodemark'])).toBe(true);
    expect(namesWire('Lodemarkets reported', ['Lodemark'])).toBe(false);
  });
});

describe('translation families', () => {
  const wire = doc('a-wire', WIRE, 'en', { wires: ['Lodemark'], original: `HARLEN (Lodemark) -\n${WIRE}` });

  it('joins a translation that names the wire it translates', () => {
    const tr = doc('b-traduccion', TRANSLATION, 'es', { original: `Por Redacción, con Lodemark\n${TRANSLATION}` });
    const r = originFamilies([wire, tr]);
    expect(r.pairs[0]).toMatchObject({ kind: 'translation', aligned: 1 });
    expect(r.families).toHaveLength(1);
  });

  it('leaves apart the same sentences in another language that name no common wire: independent reports can agree', () => {
    const own = doc('b-propio', TRANSLATION, 'es', { original: `Por Marta Quiles\n${TRANSLATION}` });
    const r = originFamilies([wire, own]);
    expect(r.pairs[0]).toMatchObject({ kind: null, aligned: 1 });
    expect(r.families).toHaveLength(0);
  });

  it('names the wire’s own copy the likely first publication, not its longer translation of the same day', () => {
    const own = { ...wire, publisher: 'LODEMARK NEWS AGENCY', published: '2025-05-06' };
    const repost = doc('c-repost', WIRE, 'en', {
      publisher: 'Harlen Daily',
      published: '2025-05-06',
      wires: ['Lodemark'],
      original: `HARLEN (Lodemark) -\n${WIRE}`,
    });
    const tr = doc('b-traduccion', `${TRANSLATION} Más información en nuestra edición impresa.`, 'es', {
      publisher: 'Diario del Valle',
      published: '2025-05-06',
      original: `Por Redacción, con Lodemark\n${TRANSLATION}`,
    });
    const [family] = originFamilies([own, tr, repost]).families;
    expect(family!.members).toHaveLength(3);
    expect(family!.representative).toMatchObject({ slug: 'a-wire', basis: 'wire' });
    // The family's likely origin is the wire its members name in their datelines.
    expect(family!.origin).toEqual({ name: 'Lodemark', creditedBy: ['a-wire', 'c-repost'] });
  });

  it('never calls two articles in one language a translation', () => {
    const same = doc('b-same', TRANSLATION, 'en', { original: `With Lodemark\n${TRANSLATION}` });
    expect(originFamilies([wire, same]).pairs[0]!.kind).not.toBe('translation');
  });
});
