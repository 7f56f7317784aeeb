/** Navigation: menu words, menu blocks and breadcrumbs (`Home » World`, `Accueil > Région`, `NEWS   BUSINESS`). */
import type { SourceLine } from '../../../read/lines.ts';
import { countTokens } from '../../../text/words.ts';
import { endsLikeSentence } from '../../../text/sentences.ts';
import { furnitureWords, wordPattern } from '../../furniture-words/index.ts';
import { plainLine } from '../../line-shapes.ts';
import { isMasthead } from '../header/masthead.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// Words of a site's interface, in every covered language: a line of them alone is navigation.
const UI_WORDS = new Set(furnitureWords('ui').concat(furnitureWords('home'), furnitureWords('backToTop')));
// Section names: navigation in a menu, but alone above a headline they are a kicker.
const SECTION_WORDS = new Set(furnitureWords('sections'));
const NAV_WORDS = new Set([...UI_WORDS, ...SECTION_WORDS]);
// "Skip to content" in the languages read here: the opening, maybe an article, then what it leads to.
const SKIP_LINK = new RegExp(
  String.raw`(?<![\p{L}])${wordPattern('skipTo')}\s+(?:the\s+|o\s+|a\s+|la\s+|el\s+|al\s+|le\s+|l['’]|den\s+|die\s+|ال)?(?:main\s+)?${wordPattern('skipTarget')}`,
  'giu',
);
// The label before a breadcrumb (`Sei in: Home / Comunicazione`, `Vous êtes ici : Accueil > Région`).
const HERE_LABEL = new RegExp(String.raw`^${wordPattern('hereLabel')}\s*:\s*`, 'iu');
const HOME = new Set(furnitureWords('home'));
// Words a title-case headline has and a menu row does not (`Home Prices Climb For The Third Month`).
const HEADLINE_SMALL_WORDS = new Set(
  'the and for with from into after over under again are was were has have will its their this that than more'.split(
    ' ',
  ),
);
const BYLINE_OR_POSTED = new RegExp(
  String.raw`^(?:${wordPattern('byline')}|${wordPattern('published')})(?![\p{L}])`,
  'iu',
);

/** True for a short line that is a menu entry: a menu word, maybe numbered (`Home`, `3:World`). */
export function isMenuEntry(line: string): boolean {
  return NAV_WORDS.has(
    line
      .trim()
      .replace(/^\d{1,2}\s*[-:.)]\s*/, '')
      .toLowerCase(),
  );
}

/** True for a line short enough to be an entry of a menu: one to three words, no sentence punctuation. */
export function isShortEntry(line: string): boolean {
  const t = line.trim().replace(/^\d{1,2}\s*[-:.)]\s*/, '');
  return t.length > 0 && t.length <= 30 && countTokens(t) <= 3 && !/[.!?,;:"“”]/.test(t);
}

/** A navigation line: only menu words (`Open Menu`, `Skip to content`) or a breadcrumb (`Home » World » Africa`). */
export function isNavigationLine(line: string, bodyStarted = false): boolean {
  const labelled = HERE_LABEL.exec(line.trim());
  const t = labelled ? line.trim().slice(labelled[0].length) : line.trim();
  // A labelled breadcrumb is one wherever it stands.
  if (labelled && t.length <= 160 && /[»›>/|]/.test(t)) return true;
  // Skip links for keyboards and screen readers, in a row (`Ir para o conteúdo 1 Ir para o menu 2`).
  if (t.length <= 200 && (t.match(SKIP_LINK) ?? []).length >= 2) return true;
  // Links to the previous and the next post, between arrows (`← Previous: … | Next: … →`).
  if (t.length <= 200 && /^[←⟵]/u.test(t) && /[→⟶]$/u.test(t)) return true;
  if (!t || t.length > 160 || endsLikeSentence(t)) return false;
  const parts = t
    .split(/\s*(?:[|»›>•·/]|\s-\s|\s{3,})\s*/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const short = parts.every((p) => countTokens(p) <= 3 && !/[.!?,;:]/.test(p));
  // A breadcrumb (`News › Farm Policy`, `Accueil > Région > Nièvre`) or a menu row (`NEWS   BUSINESS   SPORT`,
  // `News | Economy | Climate | Opinion`) above the article; below it a row like that is more likely tags.
  if (!bodyStarted && short && parts.length >= 2 && /[»›>]|\s\/\s/.test(t)) return true;
  if (!bodyStarted && short && parts.length >= 3 && /[|·•]|\s{3,}/.test(t)) return true;
  // Three or more items between bars, of up to five words each (`Rathaus & Service | Leben in Bad Ellerbach |
  // Wirtschaft`, a site's bar `Jeudi 10 avril 2025 | 14 h 32 | Sainte-Odile 8 °C`): no headline reads like that.
  // Not a byline's row (`Posted by Admin | December 2, 2022 | 0 Comments`).
  const barred = t.split(/\s+\|\s+/);
  if (
    !bodyStarted &&
    barred.length >= 3 &&
    barred.every((p) => countTokens(p) <= 5 && !/[.!?;:"“”]/.test(p) && !BYLINE_OR_POSTED.test(p))
  )
    return true;
  // A site's footer row anywhere (`About us | Contact the newsroom | Advertise | Privacy | Cookies`): four or more
  // short items, half of them words of the interface. A row of tags has none.
  if (short && parts.length >= 4 && parts.filter((p) => UI_WORDS.has(p)).length * 2 >= parts.length) return true;
  // `Opinion | Guest essay`: a section and its sub-section above the headline.
  if (!bodyStarted && short && parts.length === 2 && /\|/.test(t) && NAV_WORDS.has(parts[0]!)) return true;
  // Menu rows spaced with two blanks ("Home  News  Politics  Business").
  const spaced = t
    .split(/\s{2,}/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const spacedMenu =
    spaced.length >= 3 &&
    spaced.every((p) => countTokens(p) <= (spaced.length >= 5 ? 4 : 3) && !/[.!?,;:"“”]/.test(p)) &&
    // Half of them menu words, or a row that starts at the home page in any language (`Portada  Islas  Sociedad`),
    // or five or more section names of a word or two in any language (`Lokales  Region  NRW  Sport  Kultur`).
    (spaced.filter((p) => NAV_WORDS.has(p)).length * 2 >= spaced.length ||
      HOME.has(spaced[0]!) ||
      (spaced.length >= 5 && spaced.every((p) => countTokens(p) <= 2)));
  if (!bodyStarted && spacedMenu) return true;
  // A breadcrumb from the home page may end on a longer name (`Inicio › Local › San Miguel de las Peñas`).
  if (parts.length >= 2 && HOME.has(parts[0]!) && parts.every((p) => countTokens(p) <= 5)) return true;
  if (parts.length === 1 ? UI_WORDS.has(parts[0]!) : parts.every((p) => NAV_WORDS.has(p))) return true;
  // Menu words run together without separators ("Home News World Sport", "Menu Search").
  const words = t.toLowerCase().split(/\s+/);
  // A row from the home page of four or more single capitalised words, none of a headline's small words (`Inicio
  // Locales Regionales Policiales Deportes Rurales`).
  const row = t.split(/\s+/);
  if (
    !bodyStarted &&
    row.length >= 5 &&
    HOME.has(words[0]!) &&
    row.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !HEADLINE_SMALL_WORDS.has(w.toLowerCase()))
  )
    return true;
  return (
    words.length >= 2 &&
    words.length <= 12 &&
    words.some((w) => UI_WORDS.has(w)) &&
    words.every((w) => NAV_WORDS.has(w))
  );
}

/** The places of the lines in a menu block: three or more menu-length lines, a good share of them menu words. */
export function menuRuns(lines: readonly SourceLine[]): Set<number> {
  // Inside a run, section names count as entries too ("Home / Mekong / Energy / Search").
  const menu = new Set<number>();
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && isShortEntry(lines[j]!.text) && !isMasthead(lines[j]!.text)) j++;
    const run = lines.slice(i, j);
    if (run.length >= 3 && run.filter((l) => isMenuEntry(l.text)).length * 2.5 >= run.length)
      for (let k = i === 0 && namesSiteAbove(lines) ? 1 : i; k < j; k++) menu.add(k);
    i = j > i ? j : i + 1;
  }
  return menu;
}

/**
 * The page's first line over a menu that opens under it (`Vilamolins Digital` over `Notícies`, `Societat` …): the
 * site's name, not an entry, where it is no menu word and the page names itself so again further down (`© Vilamolins
 * Digital`, `Vilamolins Digital is an independent local outlet`).
 */
function namesSiteAbove(lines: readonly SourceLine[]): boolean {
  const name = lines[0]!.text.trim();
  return (
    !isMenuEntry(name) &&
    countTokens(name) >= 2 &&
    /^[\p{Lu}\p{Lo}]/u.test(name) &&
    lines.slice(3).some((l) => l.text.includes(name))
  );
}

/** Takes a navigation line or a line of a menu block; a short name right above the menu is the site's name. */
export const navigationReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) => {
  if (!zone.menu.has(line.index) && !isNavigationLine(line.plain, line.bodyStarted)) return null;
  const first = zone.lines[0]!;
  if (
    line.index === 1 &&
    zone.kept.length === 1 &&
    zone.kept[0] === first &&
    countTokens(first.text) <= 4 &&
    /^[\p{Lu}\p{Lo}]/u.test(first.text.trim()) &&
    !/[.!?,:;]$/.test(first.text.trim())
  )
    zone.found.siteName = { name: plainLine(first.text), line: first.n };
  return 'navigation';
};
