/** Navigation: menu words, breadcrumbs, menu rows and menu blocks, and the site's name above the menu. */
import { describe, expect, it } from 'vitest';
import {
  isNavigationLine,
  menuRuns,
  navigationReader,
} from '../../../../../src/engine/article/readers/furniture/navigation.ts';
import { furnitureTake } from '../helpers.ts';

describe('isNavigationLine', () => {
  it.each([
    ['Open Menu', true],
    ['Skip to content', true],
    ['Home', true],
    ['Home » World » Africa', true],
    ['Home | News | Politics', true],
    ['Menu Search', true],
    ['Accueil > Région > Vallée', true],
    ['NEWS   BUSINESS   SPORT', true],
    // A menu row spaced with two blanks that starts at the home page, in any language.
    ['Portada  Comarca  Sucesos  Fiestas  Hemeroteca', true],
    ['الرئيسية  أخبار محلية  ثقافة  رياضة', true],
    ['Lokales  Region  Sport  Wirtschaft  Kultur  E-Paper', true],
    ['Portada  de la revista  del mes pasado, dijo.', false],
    // Links to the previous and the next post, between arrows.
    ['← Previous: Summer fete raises £900 | Next: New benches for the green →', true],
    ['← Entrada anterior    Entrada siguiente →', true],
    // Skip links for keyboards and screen readers, in a row.
    ['Ir para o conteúdo 1 Ir para o menu 2 Ir para a busca 3', true],
    ['Der Weg zum Bahnhof ist gesperrt, zum Beispiel für Busse.', false],
    ['Home is where the harbour was, said the mayor.', false],
    ['World leaders met in Geneva on Monday to discuss the plan.', false],
  ])('%s → %s', (line, expected) => expect(isNavigationLine(line)).toBe(expected));

  it('reads a row of section names below the body as tags, not navigation', () => {
    expect(isNavigationLine('News | Economy | Climate', false)).toBe(true);
    expect(isNavigationLine('News | Economy | Climate', true)).toBe(false);
  });

  it('reads a footer row of interface words below the body as navigation', () => {
    expect(isNavigationLine('About Valley Post | Contact the desk | Advertise | Privacy | Cookies', true)).toBe(true);
    expect(isNavigationLine('Terms of Use | Privacy Policy | Contact Us | Archive', true)).toBe(true);
    // Tags below the body name no interface word.
    expect(isNavigationLine('Harbour | Shipping | Dredging | Ferries', true)).toBe(false);
  });
});

describe('menuRuns', () => {
  it('finds runs of three or more short lines, a good share of them menu words', () => {
    const lines = ['Harbour Post', 'Home', 'World', 'Ferries', 'Sport', 'The quay reopened on Tuesday after repairs.'];
    expect([...menuRuns(lines.map((text, i) => ({ n: i + 1, text })))]).toEqual([1, 2, 3, 4]);
  });
});

describe('navigationReader', () => {
  it.each<[string, { index?: number; menu?: number[]; bodyStarted?: boolean }, string | null]>([
    ['Home » World » Africa', {}, 'navigation'],
    // A line inside a menu block, even a section name the menu words do not know.
    ['Ferries', { index: 3, menu: [2, 3, 4] }, 'navigation'],
    ['Ferries', { index: 3 }, null],
    ['News | Economy | Climate', { bodyStarted: true }, null],
    ['World leaders met in Geneva on Monday to discuss the plan.', {}, null],
  ])('%s %j → %s', (line, at, kind) => expect(furnitureTake(navigationReader, line, at).kind).toBe(kind));

  it('takes the short first line right above the menu as the site’s name', () => {
    const lines = [
      { n: 1, text: 'Riverbend Daily' },
      { n: 2, text: 'Home | News | Sport' },
    ];
    const { kind, found } = furnitureTake(navigationReader, 'Home | News | Sport', {
      index: 1,
      lines,
      kept: [lines[0]!],
    });
    expect(kind).toBe('navigation');
    expect(found.siteName).toEqual({ name: 'Riverbend Daily', line: 1 });
  });

  it('does not take a sentence above the menu as the site’s name', () => {
    const lines = [
      { n: 1, text: 'Welcome to the valley.' },
      { n: 2, text: 'Home | News | Sport' },
    ];
    const { found } = furnitureTake(navigationReader, 'Home | News | Sport', { index: 1, lines, kept: [lines[0]!] });
    expect(found.siteName).toBeNull();
  });
});
