/** Dates told in a relative or participle clause: another act than the one the sentence's main clause tells. */
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../../src/engine/time/expressions.ts';
import { findForeignExpressions } from '../../../src/engine/time/foreign.ts';
import { isSubordinate } from '../../../src/engine/timeline/subordinate.ts';

/** Whether the expression written `text` stands in a subordinate clause of the sentence. */
const sub = (sentence: string, text: string, language = 'en') => {
  const all = language === 'en' ? findTemporalExpressions(sentence) : findForeignExpressions(sentence, language);
  const e = all.find((x) => x.text.includes(text));
  if (!e) throw new Error(`no expression “${text}” in “${sentence}”`);
  return isSubordinate(sentence, e, language);
};

describe('isSubordinate', () => {
  it.each([
    ['The warden, who has run the reserve since 2019, said on May 6, 2025 that the gates would stay shut.', '2019'],
    ['The ferry line must pay the fine by June 2, 2025, under an order issued earlier this month.', 'this month'],
    ['Under a lease signed in 2018, the quay is to pass to the city on July 1, 2025.', '2018'],
    ['The driver arrested in Porto in May 2025 is due to appear before a judge on June 19, 2025.', 'May 2025'],
    ['The council said the library promised in April 2024 would open its doors in September 2025.', 'April 2024'],
    // A figure's comma cuts no clause: the offer's day, in a participle phrase after "the reward of 500,000 euros".
    ['The reward of 500,000 euros offered by the ministry on March 13, 2025 is open until May 31, 2025.', 'March 13'],
    // A clause of time after a comma: the grounding's day, not the reopening's.
    [
      'The port reopened on October 5, 2025, three weeks after the freighter ran aground in September 2025.',
      'September',
    ],
    // A participle opening an apposition after a comma, before the main verb.
    ['The library, housed since 1952 in the old customs hall, was closed on Monday, June 2, 2025.', '1952'],
  ])('finds “%s” (%s) in another act’s clause', (sentence, text) => expect(sub(sentence, text)).toBe(true));

  it('reads a clause of time in another language, and not a conjunction right before the date', () => {
    expect(
      sub(
        'El puerto reabrió el 5 de octubre de 2025, tres semanas después de que el buque encallara en septiembre de 2025.',
        'septiembre',
        'es',
      ),
    ).toBe(true);
    expect(sub('Die Brücke ist seit März 2025 gesperrt, sagte die Stadt.', 'März', 'de')).toBe(false);
  });

  it.each([
    ['The warden, who has run the reserve since 2019, said on May 6, 2025 that the gates would stay shut.', 'May 6'],
    ['Residents of the upper village reported the landslide last week, officials said.', 'last week'],
    ['The pool opened in 1974 and was last refurbished in 2017.', '1974'],
    ['The board voted in June 2025 to sell the depot that was built in 1961.', 'June 2025'],
    ['Sales fell by a tenth compared with last year.', 'last year'],
    ['The inspectors, according to a report published on May 27, 2025, found the valves rusted.', 'May 27'],
    // A past verb after a subject's apposition is the main verb, not a participle.
    ['The head of the bus company, Ada Brun, resigned on Tuesday, June 3, 2025, a week after the audit.', 'Tuesday'],
    ['The mayor, Ada Brun, ordered the pier closed on June 3, 2025, after the storm.', 'June 3'],
  ])('keeps “%s” (%s) in the main clause', (sentence, text) => expect(sub(sentence, text)).toBe(false));

  it('reads relative clauses and appositions in other languages', () => {
    expect(sub('La scierie, fondée en 1921, a fermé le 3 mars 2025.', '1921', 'fr')).toBe(true);
    expect(
      sub('El alcalde, que gobernó la ciudad hasta 2022, presentará su libro el 4 de abril de 2025.', '2022', 'es'),
    ).toBe(true);
    expect(sub('Der Umbau hat begonnen, der im Herbst 2025 enden soll.', 'Herbst', 'de')).toBe(true);
    // A relative word right before the date with no comma, after a noun; after a verb of saying it is "that".
    expect(
      sub('Il sindaco ha chiuso il 3 marzo 2025 la strada che il 1° marzo 2025 era franata.', '1° marzo', 'it'),
    ).toBe(true);
    expect(sub('Le maire a annoncé que le 3 mars 2025 la route serait fermée.', '3 mars', 'fr')).toBe(false);
    // A capitalised word after "die" is a noun with its article: no relative clause.
    expect(sub('Am Montag sagte der Bürgermeister, die Brücke werde am 5. Mai 2025 gesperrt.', '5. Mai', 'de')).toBe(
      false,
    );
  });
});

describe('a closing attribution', () => {
  it('dates the saying, not the act the sentence reports', () => {
    expect(sub('The bridge will reopen on June 3, 2025, the roads department said on May 22, 2025.', 'May 22')).toBe(
      true,
    );
    expect(sub('La passerelle rouvrira le 3 juin 2025, a indiqué le 22 mai 2025 la mairie.', '22 mai', 'fr')).toBe(
      true,
    );
  });
  it('leaves an attribution that opens the sentence to date the saying itself', () => {
    expect(sub('Officials said on May 22, 2025 that the bridge would reopen on June 3, 2025.', 'May 22')).toBe(false);
  });
});
