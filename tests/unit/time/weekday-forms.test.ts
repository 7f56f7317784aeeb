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
