/** The languages the time stage reads, and which of them stamps and datelines try. */
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import {
  chronoParserFor,
  FOREIGN_LOCALES,
  INFLECTED_LANGUAGES,
  NAME_VARIANTS,
  NAMED_LANGUAGES,
} from '../../../src/engine/time/locales.ts';

describe('chrono-node parsers', () => {
  it.each([
    ['fr', chrono.fr.casual],
    ['de', chrono.de.casual],
    ['uk', chrono.uk.casual],
    ['sv', chrono.sv.casual],
    ['fi', chrono.fi.casual],
  ])('body text in %s is read with chrono’s parser for it', (code, parser) => {
    expect(chronoParserFor(code)).toBe(parser);
  });

  it.each(['en', 'ar', 'zh', 'ja', 'pt-BR', 'constructor'])('has no parser for “%s”', (code) => {
    expect(chronoParserFor(code)).toBeUndefined();
  });

  it('stamps try eight of them, in a fixed order, and never Swedish or Finnish', () => {
    expect(FOREIGN_LOCALES).toEqual([
      chrono.fr.casual,
      chrono.es.casual,
      chrono.de.casual,
      chrono.pt.casual,
      chrono.it.casual,
      chrono.nl.casual,
      chrono.ru.casual,
      chrono.uk.casual,
    ]);
  });
});

describe('languages read by their Intl names', () => {
  it('starts with the languages the site meets most, in the order a date of unknown language tries them', () => {
    expect(NAMED_LANGUAGES.slice(0, 8)).toEqual(['fr', 'es', 'pt', 'it', 'de', 'nl', 'ru', 'uk']);
    expect(NAMED_LANGUAGES).toHaveLength(36);
    expect(NAMED_LANGUAGES.slice(28)).toEqual(['ca', 'gl', 'bg', 'lt', 'lv', 'et', 'ms', 'sq']);
    expect(NAMED_LANGUAGES).toEqual(expect.arrayContaining(['nb', 'no', 'nn']));
  });

  it('reads regional month names beside the default ones', () => {
    expect(NAME_VARIANTS['ar']).toEqual(['ar', 'ar-SY', 'ar-MA', 'ar-DZ']);
    expect(NAME_VARIANTS['de']).toEqual(['de', 'de-AT']);
  });

  it('matches inflecting languages by stem', () => {
    expect([...INFLECTED_LANGUAGES]).toEqual(['ru', 'uk', 'pl', 'cs', 'fi', 'el', 'hr', 'sk', 'sl']);
  });
});
