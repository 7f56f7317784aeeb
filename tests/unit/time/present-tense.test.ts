/**
 * German and Dutch tell what is coming in the present tense: there a month or a season in a sentence with no mark
 * of the past is the next one; any mark of the past keeps the usual reading.
 */
import { describe, expect, it } from 'vitest';
import { findForeignExpressions } from '../../../src/engine/time/foreign.ts';
import { presentPointsAhead } from '../../../src/engine/time/present-tense.ts';

describe('presentPointsAhead', () => {
  it.each([
    ['de', 'Die Sammelaktion startet im März.', true],
    // "seit" (since) looks back whatever the tense: "Since January the pass is valid".
    ['de', 'Seit Jänner gilt der Pass auch für die Busse.', false],
    ['nl', 'Sinds maart rijdt de bus vaker.', false],
    ['de', 'Im Sommer beginnt der Umbau der Halle.', true],
    ['de', 'Im März hat die Gemeinde den Kredit bewilligt.', false],
    ['de', 'Im März wurde die Halle geschlossen.', false],
    ['de', 'Im Mai meldete der Verein einen Rekord.', false],
    ['nl', 'In juni volgt nog een speelplek bij de school.', true],
    ['nl', 'In juni werd de speelplek geopend.', false],
    // Languages that tell the future with their own forms are read by those forms, not by this.
    ['fr', 'La collecte commence en mars.', false],
  ] as const)('%s: %s → %s', (code, sentence, ahead) => {
    expect(presentPointsAhead(code, sentence, sentence.search(/März|Sommer|juni|mars/))).toBe(ahead);
  });

  it('reads only the sentence that holds the month: a past verb in the one before does not count', () => {
    const text = 'Im Winter wurde die Anlage geprüft. Die Sammelaktion startet im März.';
    expect(presentPointsAhead('de', text, text.indexOf('März'))).toBe(true);
  });

  it('gives the month found in a German present-tense sentence the direction of the future', () => {
    const [m] = findForeignExpressions('Die Sammelaktion startet im März.', 'de');
    expect(m).toMatchObject({ kind: 'month', month: 3, direction: 'future' });
  });
});
