/** Weekdays in the forms running text gives them: definite, past and joined to a part of the day. */
import { describe, expect, it } from 'vitest';
import { findForeignExpressions } from '../../../src/engine/time/foreign.ts';

const weekdays = (sentence: string, language: string) =>
  findForeignExpressions(sentence, language)
    .filter((e) => e.kind === 'weekday')
    .map((e) => [e.text, e.kind === 'weekday' ? e.weekday : null, e.direction ?? null]);

describe('weekday forms', () => {
  it.each([
    ['Bolaget stängde fabriken på onsdagskvällen.', 'sv', [['onsdagskvällen', 3, null]]],
    ['Kommunen meddelade beslutet på torsdagen.', 'sv', [['torsdagen', 4, null]]],
    ['Kommunen meddelade beslutet i torsdags.', 'sv', [['torsdags', 4, 'past']]],
    ['Styrelsen möts på fredag.', 'sv', [['fredag', 5, 'future']]],
    // Told in the past, "på fredag" is left to the tense, not taken for the coming Friday.
    ['Styrelsen beslutade på fredag att stänga.', 'sv', [['fredag', 5, null]]],
    ['Rådet vedtok planen i tirsdags.', 'nb', [['tirsdags', 2, 'past']]],
    ['Vi har ett möte på fredag.', 'sv', [['fredag', 5, 'future']]],
    ['Am Donnerstagabend schloss die Gemeinde die Halle.', 'de', [['Donnerstagabend', 4, null]]],
    ['Maandagochtend ging de school weer open.', 'nl', [['Maandagochtend', 1, null]]],
  ])('%s (%s)', (sentence, language, expected) => {
    expect(weekdays(sentence, language)).toEqual(expected);
  });

  it('reads no weekday in an every-week adverb (`donnerstags`) or a longer word', () => {
    expect(weekdays('Der Markt ist donnerstags geöffnet.', 'de')).toEqual([]);
    expect(weekdays('Onsdagsklubben träffas varje vecka.', 'sv')).toEqual([]);
  });
});

describe('weekdays that are no day around the article', () => {
  it.each([
    // Every week, with the preposition said again after "and".
    ['Povolenky vydávame vždy v utorok a v piatok od 16.00 h.', 'sk'],
    // A feast named by a capitalised word before its weekday.
    ['W Wielki Piątek kościół był zamknięty.', 'pl'],
  ])('%s (%s)', (sentence, language) => expect(weekdays(sentence, language)).toEqual([]));

  it('still reads a weekday after a name and a preposition, or after a place', () => {
    expect(weekdays('Prezydent Andrzej Duda w piątek odwiedził szkołę.', 'pl')).toEqual([['piątek', 5, null]]);
    expect(weekdays('La ministre était à Lyon mercredi.', 'fr')).toEqual([['mercredi', 3, null]]);
  });
});

describe('a capitalised word that only a month’s stem reads', () => {
  it('is a name where months are written small (`Marek`, not `marec`)', () => {
    expect(findForeignExpressions('Ing. Marek Hudec, predseda organizácie, otvoril sezónu.', 'sk')).toEqual([]);
    expect(findForeignExpressions('Sezóna sa začala v marci.', 'sk')).toHaveLength(1);
  });
});

describe('a month the words of an expectation put ahead', () => {
  it('reads `naar verwachting eind april` as the coming April', () => {
    const [april] = findForeignExpressions('De huizen worden naar verwachting eind april aangesloten.', 'nl');
    expect(april).toMatchObject({ kind: 'month', month: 4, direction: 'future' });
  });
});
