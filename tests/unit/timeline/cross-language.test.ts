/**
 * One act told in several languages: figures and word stems no translation
 * changes join the clusters of one date window; other acts of that day, and
 * clusters that share an article or a language, stay apart.
 */
import { describe, expect, it } from 'vitest';
import { crossLanguageKeys } from '../../../src/engine/timeline/cross-language.ts';
import { extractMentions } from '../../../src/engine/timeline/mentions.ts';
import { mergeMentions } from '../../../src/engine/timeline/merge.ts';
import { readPassages } from '../../../src/engine/timeline/passages.ts';
import { findTemporalExpressions } from '../../../src/engine/time/expressions.ts';

const FOCUS = { start: '2025-01-01', end: '2025-12-31' };

/** The mentions of one paragraph of an article in `language`, published on `date`. */
const mentionsOf = (slug: string, date: string, language: string, text: string) =>
  extractMentions(slug, date, readPassages([{ type: 'paragraph', text, anchor: 'p-1', line: 1 }], language), language)
    .mentions;

/** Each event as the sorted slugs it cites. */
const grouping = (events: ReturnType<typeof mergeMentions>) =>
  events.map((e) => [...new Set(e.sources.map((s) => s.slug))].sort().join('+')).sort();

describe('crossLanguageKeys', () => {
  it('keeps figures of two or more digits and the first five letters of long words, dates left out', () => {
    const s = 'On 4 March 2025 the Comisión approved 12,500 euros for Mirnovec.';
    expect(crossLanguageKeys(s, findTemporalExpressions(s)).sort()).toEqual(
      ['#12500', '~appro', '~comis', '~euros', '~mirno'].sort(),
    );
  });

  it('reads Eastern Arabic figures and every way of grouping thousands as the same figure', () => {
    expect(crossLanguageKeys('أجلت السلطات ١٢٥٠٠ شخص', [])).toContain('#12500');
    expect(crossLanguageKeys('Les autorités ont évacué 12 500 personnes', [])).toContain('#12500');
    expect(crossLanguageKeys('Die Behörden brachten 12.500 Menschen in Sicherheit', [])).toContain('#12500');
  });
});

describe('merging across languages', () => {
  it('makes one event of one act told in English, Spanish and Portuguese on one day', () => {
    const events = mergeMentions(
      [
        ...mentionsOf(
          'en',
          '2025-10-08',
          'en',
          'On Wednesday the Commission approved a €28 million advance from its Solidarity Fund for Velnaria.',
        ),
        ...mentionsOf(
          'es',
          '2025-10-09',
          'es',
          'La Comisión aprobó el miércoles un anticipo de 28 millones de euros del Fondo de Solidaridad para Velnaria.',
        ),
        ...mentionsOf(
          'pt',
          '2025-10-09',
          'pt',
          'A Comissão aprovou na quarta-feira um adiantamento de 28 milhões de euros do Fundo de Solidariedade.',
        ),
      ],
      FOCUS,
    );
    expect(grouping(events)).toEqual(['en+es+pt']);
  });

  it('keeps apart two acts of one day whose words and figures differ, though each language tells one', () => {
    const events = mergeMentions(
      [
        ...mentionsOf(
          'en',
          '2025-10-08',
          'en',
          'On Wednesday the Commission approved a €28 million advance for Velnaria.',
        ),
        ...mentionsOf(
          'fr',
          '2025-10-08',
          'fr',
          'Mercredi, la police a fermé le vieux pont de Stavor après la découverte de 3 fissures.',
        ),
      ],
      FOCUS,
    );
    expect(grouping(events)).toEqual(['en', 'fr']);
  });

  it('joins no cluster to two of one language: the better-worded match wins, the other act stays apart', () => {
    const events = mergeMentions(
      [
        ...mentionsOf(
          'en1',
          '2025-10-08',
          'en',
          'On Wednesday Brussels approved a €28 million Solidarity Fund advance for Velnaria and Mirnovec.',
        ),
        ...mentionsOf(
          'en2',
          '2025-10-08',
          'en',
          'On Wednesday the harbour authority closed the northern quay to 40 trawlers.',
        ),
        ...mentionsOf(
          'es',
          '2025-10-08',
          'es',
          'El miércoles Bruselas aprobó un anticipo de 28 millones de Solidaridad para Velnaria y Mirnovec.',
        ),
      ],
      FOCUS,
    );
    expect(grouping(events)).toEqual(['en1+es', 'en2']);
  });
});
