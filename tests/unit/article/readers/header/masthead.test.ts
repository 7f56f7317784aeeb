/** Mastheads: the outlet's name above (or, rarely, under) the headline. */
import { describe, expect, it } from 'vitest';
import {
  isMasthead,
  mastheadReader,
  sameOutlet,
  taggedName,
} from '../../../../../src/engine/article/readers/header/masthead.ts';
import { findings, headerTake } from '../helpers.ts';
import { readPage } from '../../languages/read.ts';

describe('isMasthead', () => {
  it.each([
    ['The Coastal Gazette', true],
    ['Harbour Daily News', true],
    ['Elbtal-Kurier', true],
    ['صحيفة الوادي', true],
    ["Le Journal de la Côte d'Émeraude", true],
    ['Revista Vale & Serra', true],
    // A name, a dash, and a tagline that says it is an outlet.
    ['Wald & Wiese – Das Magazin der Forstschule Ebersbach', true],
    ['Port Reopens After Repairs', false],
    ['Harbour Board – Minutes of the March Meeting', false],
    ['The news came late.', false],
  ])('%s → %s', (line, expected) => expect(isMasthead(line)).toBe(expected));
});

describe('taggedName', () => {
  it('keeps the name before the dash as the outlet', () => {
    expect(taggedName('Wald & Wiese – Das Magazin der Forstschule Ebersbach')).toBe('Wald & Wiese');
    expect(taggedName('The Coastal Gazette')).toBeNull();
  });
});

describe('sameOutlet', () => {
  it.each([
    ['Riverbend Daily', 'Riverbend Daily Media', true],
    ['The Riverbend Daily', 'Riverbend Daily', true],
    ['Riverbend', 'Riverbend Daily', true],
    ['Riverbend Weekly', 'Riverbend Daily', false],
  ])('%s and %s → %s', (line, holder, expected) => expect(sameOutlet(line, holder)).toBe(expected));
});

describe('mastheadReader', () => {
  it.each<[string, object, string | null]>([
    ['The Coastal Gazette', {}, 'masthead'],
    // Above the headline, a line naming the copyright holder or the site's name above the menu is the masthead.
    ['Riverbend', { copyright: { holder: 'Riverbend Daily', line: 30 } }, 'masthead'],
    ['Valley Voices', { siteName: { name: 'Valley Voices', line: 2 } }, 'masthead'],
    // Under the headline, a byline that holds an outlet word is a byline.
    ['By Jane Post', { headline: { n: 1, text: 'Port Reopens' } }, null],
    ['The Coastal Gazette', { headline: { n: 1, text: 'Port Reopens' } }, 'masthead'],
    ['The Coastal Gazette', { masthead: { name: 'Harbour Daily News', line: 1 } }, null],
    ['Port Reopens After Repairs', {}, null],
  ])('%s %j → %s', (line, set, kind) => {
    const { kind: taken, found } = headerTake(mastheadReader, line, { found: findings(set) });
    expect(taken).toBe(kind);
    if (kind) expect(found.masthead).toEqual({ name: line, line: 2 });
  });
});

describe('a site’s name above its menu row', () => {
  it('is the masthead, and the headline is the line below the menu', () => {
    const { article } = readPage(
      'club.txt',
      'SV Lindenhof e.V.\nVerein | Mannschaften | Termine | Aktuelles | Kontakt\n\nNeuer Kunstrasen auf dem Sportplatz eröffnet\n\nDer Verein hat am Samstag seinen neuen Kunstrasenplatz mit einem Turnier für die Jugend eröffnet. Rund 300 Gäste kamen.\n',
    );
    expect(article.title).toBe('Neuer Kunstrasen auf dem Sportplatz eröffnet');
    expect(article.publisher).toBe('SV Lindenhof e.V.');
  });
});
