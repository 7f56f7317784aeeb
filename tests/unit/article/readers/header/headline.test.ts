/** The headline: the first header line left that is not as short as a kicker. */
import { describe, expect, it } from 'vitest';
import { headlineReader } from '../../../../../src/engine/article/readers/header/headline.ts';
import { findings, headerTake } from '../helpers.ts';

describe('headlineReader', () => {
  it.each<[string, string | null]>([
    ['Port Reopens After Repairs', 'headline'],
    ['# Ferries return to the northern quay', 'headline'],
    ['Transport', null],
  ])('%s → %s', (line, kind) => {
    const { kind: taken, found } = headerTake(headlineReader, line);
    expect(taken).toBe(kind);
    expect(found.headline).toEqual(kind ? { n: 2, text: line } : null);
  });

  it('reads a stamp after a bar on the headline line, and keeps the headline without it', () => {
    const { kind, found } = headerTake(headlineReader, 'Ferry crews end strike after pay deal | 3 Jun 2024');
    expect(kind).toBe('headline');
    expect(found.headline).toEqual({ n: 2, text: 'Ferry crews end strike after pay deal' });
    expect(found.stamp).toMatchObject({ line: 2, verb: 'date', stamp: { date: '2024-06-03' } });
  });

  it('takes a short section line over a headline twice as long for a kicker, but not on the page’s first line', () => {
    const others = ['Coastal Gazette', 'Ferries to the northern islands will run again from Monday after repairs'];
    const second = headerTake(headlineReader, 'MORE NEWS FROM THE COAST', { others, above: 1 });
    expect(second.kind).toBe('kicker');
    expect(second.found.headline).toBeNull();
    // The page's first line is left to the masthead readers; a headline with nothing longer below it is a headline.
    expect(headerTake(headlineReader, 'MORE NEWS FROM THE COAST', { others: others.slice(1) }).kind).toBe('headline');
    expect(headerTake(headlineReader, 'Ferries run again', { others: ['By Ana Lima'], above: 1 }).kind).toBe(
      'headline',
    );
  });

  it('keeps a bar that is part of the headline', () => {
    const { found } = headerTake(headlineReader, 'Ferries | What the strike means for islanders');
    expect(found.headline?.text).toBe('Ferries | What the strike means for islanders');
    expect(found.stamp).toBeNull();
  });

  it('takes a breadcrumb glued before the headline off it', () => {
    const { found } = headerTake(headlineReader, 'Accueil > Monde > Afrique > Les pêcheurs de Kayar bloquent le port');
    expect(found.headline?.text).toBe('Les pêcheurs de Kayar bloquent le port');
  });

  it('takes only the first headline', () => {
    const found = findings({ headline: { n: 1, text: 'Port Reopens' } });
    expect(headerTake(headlineReader, 'Ferries return to the northern quay', { found }).kind).toBeNull();
  });
});
