/** People in a sentence: names with the role the text gives them, and what is not a person’s name. */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/engine/compare/people.ts';

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

  it('leave out a name followed by what it is (“the Harbour Pilots union”)', () => {
    expect(
      findPeople('Ada Brenn, organiser for the Harbour Pilots union, spoke first.', noPlaces).map((p) => p.name),
    ).toEqual(['Ada Brenn']);
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
