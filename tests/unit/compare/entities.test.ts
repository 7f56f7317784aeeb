/** People, organisations and places, with counts per article. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { extractEntities, findOrganisations } from '../../../src/engine/compare/entities.ts';
import { parseGazetteer, placeWordTest } from '../../../src/engine/read/gazetteer.ts';
import { readStory, textSeed } from '../../helpers.ts';
import { fixture, seedAnalysis, slugOf } from './helpers.ts';

describe('organisations in a sentence', () => {
  it('are names with an organisation word, and acronyms', () => {
    expect(
      findOrganisations('The UN Security Council and the Wagner Group met ECOWAS officials.', () => false).map(
        (o) => o.name,
      ),
    ).toEqual(['UN Security Council', 'Wagner Group', 'ECOWAS']);
  });
});

describe('entities in fixtures', () => {
  const gazetteer = parseGazetteer(fixture('places.yaml'));
  const corpus = buildCorpus(
    [
      textSeed(
        'a.txt',
        'date 2024-03-04\nThe Harbour Authority (HA) closed the Portville pier. Jana Kowalska, head of the HA, said the Portvillian fleet is safe.\n',
      ),
      textSeed(
        'b.txt',
        'date 2024-03-05\nPortville reopened its pier, the Harbour Authority said. Mrs. Kowalska thanked the crews.\n',
      ),
    ],
    readStory(),
  );
  const entities = extractEntities(corpus.articles, gazetteer.places, placeWordTest(gazetteer.places));
  const find = (name: string) => entities.find((e) => e.name === name || e.forms.includes(name));

  it('count places by name and alias, per article', () => {
    expect(find('Portville')).toMatchObject({
      kind: 'place',
      forms: ['Portvillian'],
      total: 3,
      counts: { [corpus.articles[0]!.slug]: 2, [corpus.articles[1]!.slug]: 1 },
    });
  });

  it('fold an acronym defined in parentheses into its organisation', () => {
    const ha = find('Harbour Authority')!;
    expect(ha.kind).toBe('organisation');
    expect(ha.total).toBe(4);
  });

  it('count an honorific and surname as the person named in full', () => {
    expect(find('Jana Kowalska')).toMatchObject({ kind: 'person', total: 2, forms: ['Mrs. Kowalska'] });
  });
});

describe('entities in the seeds', () => {
  const { entities } = seedAnalysis();
  const find = (name: string) => entities.find((e) => e.name === name)!;

  it('count people, with spellings of one person together', () => {
    expect(find('El-Ghassim Wane')).toMatchObject({
      forms: ['El-Ghassum Wane', 'Mr. Wane'],
      counts: { [slugOf('001')]: 1, [slugOf('003')]: 2 },
    });
    expect(
      entities
        .filter((e) => e.kind === 'person')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Abdoulaye Diop', 'Antonio Guterres', 'El-Ghassim Wane', 'Fatoumata Kaba', 'Stéphane Dujarric']);
  });

  it('count organisations under one name whatever form the text uses', () => {
    expect(find('MINUSMA').forms).toContain('Minusma');
    expect(Object.keys(find('MINUSMA').counts)).toHaveLength(5);
    expect(find('UN').forms).toEqual(['U.N.', 'United Nations']);
    expect(find('al-Qaeda').forms).toEqual(['al-Qaida']);
  });

  it('count every gazetteer place the articles name', () => {
    expect(find('Bamako').total).toBe(6);
    expect(entities.filter((e) => e.kind === 'place')).toHaveLength(18);
  });
});
