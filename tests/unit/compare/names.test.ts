/** Name spellings: a small edit apart and the same role. */
import { describe, expect, it } from 'vitest';
import { editDistance, findNameVariants, nameMentions, roleWords } from '../../../src/engine/compare/names';
import { findPeople } from '../../../src/engine/compare/people';
import { buildCorpus } from '../../../src/engine/timeline/corpus';
import { readStory, textSeed } from '../../helpers';
import { seedAnalysis, slugOf } from './helpers';

const noPlaces = () => false;

describe('people and roles in a sentence', () => {
  it('take an appositive after the name as the role', () => {
    expect(findPeople('El-Ghassim Wane, the head of the UN mission, acknowledged the challenges.', noPlaces)).toEqual([
      { name: 'El-Ghassim Wane', index: 0, role: 'the head of the UN mission', surnameOnly: false },
    ]);
  });

  it('take a role written before the name, and a title in front of it', () => {
    expect(findPeople('On Saturday, UN spokesperson Stéphane Dujarric spoke.', noPlaces)[0]).toMatchObject({
      name: 'Stéphane Dujarric',
      role: 'UN spokesperson',
    });
    expect(findPeople('UN Secretary-General Antonio Guterres acknowledged it.', noPlaces)[0]).toMatchObject({
      name: 'Antonio Guterres',
      role: 'UN Secretary-General',
    });
    expect(
      findPeople('The head of Malian diplomacy, Abdoulaye Diop, called on the council.', noPlaces)[0],
    ).toMatchObject({ name: 'Abdoulaye Diop', role: 'The head of Malian diplomacy' });
  });

  it('leave out organisations, places and calendar words, and mark honorific references', () => {
    const isPlace = (w: string) => ['Burkina', 'Faso'].includes(w);
    expect(findPeople('The Security Council met in Burkina Faso on Monday with the Wagner Group.', isPlace)).toEqual(
      [],
    );
    expect(findPeople('They thanked Mr. Wane for his work.', noPlaces)[0]).toMatchObject({
      name: 'Wane',
      surnameOnly: true,
    });
  });
});

describe('edit distance', () => {
  it('counts single-letter edits and is symmetric', () => {
    expect(editDistance('El-Ghassim Wane', 'El-Ghassum Wane')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('sitting', 'kitten')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('role words drop fillers', () => {
    expect(roleWords('the head of the UN mission')).toEqual(['head']);
  });
});

describe('name variants', () => {
  const story = readStory();
  const corpusOf = (a: string, b: string) =>
    buildCorpus([textSeed('a.txt', `date 2024-03-04\n${a}\n`), textSeed('b.txt', `date 2024-03-05\n${b}\n`)], story);

  it('pair spellings a letter apart with the same role', () => {
    const c = corpusOf(
      'Jana Kowalska, the head of the port authority, spoke on Monday.',
      'Jana Kowalski, head of the port authority, said the port would reopen.',
    );
    const v = findNameVariants(nameMentions(c.articles, noPlaces));
    expect(v).toHaveLength(1);
    expect(v[0]!.spellings.map((s) => s.name)).toEqual(['Jana Kowalska', 'Jana Kowalski']);
    expect(v[0]!.sharedRole).toEqual(['authority', 'head', 'port']);
  });

  it('do not pair similar names with different roles; allow two edits, not more', () => {
    const roles = corpusOf(
      'Jana Kowalska, the head of the port authority, spoke.',
      'Jana Kowalski, a local fisherman and analyst, spoke.',
    );
    expect(findNameVariants(nameMentions(roles.articles, noPlaces))).toEqual([]);
    const two = corpusOf(
      'Jana Kowalska, the head of the port authority, spoke.',
      'Jane Kowalsky, head of the port authority, spoke.',
    );
    expect(findNameVariants(nameMentions(two.articles, noPlaces)).map((v) => v.distance)).toEqual([2]);
    const far = corpusOf(
      'Jana Kowalska, the head of the port authority, spoke.',
      'Joan Kovacs, head of the port authority, spoke.',
    );
    expect(findNameVariants(nameMentions(far.articles, noPlaces))).toEqual([]);
  });

  it('in the seeds: El-Ghassim Wane and El-Ghassum Wane, both head of the mission', () => {
    const { names } = seedAnalysis();
    expect(names).toHaveLength(1);
    expect(names[0]!.spellings.map((s) => [s.name, s.slug])).toEqual([
      ['El-Ghassim Wane', slugOf('001')],
      ['El-Ghassum Wane', slugOf('003')],
    ]);
    expect(names[0]!.sharedRole).toEqual(['head']);
    expect(names[0]!.distance).toBe(1);
  });
});
