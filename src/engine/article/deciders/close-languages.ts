/**
 * Languages whose letters and words are so alike that trigram statistics cannot tell them apart (Indonesian and
 * Malay; Croatian, Bosnian and Serbian; Danish, Norwegian and Swedish) are told apart by what differs between them
 * in every dated text: the names of the months and weekdays, taken from `Intl` (`listopada` is Croatian, `oktobar`
 * Bosnian or Serbian, `avgust` Serbian; `Agustus` and `Senin` Indonesian, `Ogos` and `Isnin` Malay; `marts` Danish,
 * `mai` Norwegian, `augusti` and `måndag` Swedish).
 */

/**
 * Groups of languages read as one by trigrams, each member with the locale whose names it uses, and the
 * macrolanguage that holds it, said when no name decides (Bokmål or Nynorsk: Norwegian).
 */
const CLOSE_GROUPS: ReadonlyArray<ReadonlyArray<{ code: string; locale: string; macro?: string }>> = [
  [
    { code: 'id', locale: 'id' },
    { code: 'ms', locale: 'ms' },
  ],
  [
    { code: 'hr', locale: 'hr' },
    { code: 'bs', locale: 'bs' },
    { code: 'sr', locale: 'sr-Latn' },
  ],
  [
    { code: 'da', locale: 'da' },
    { code: 'nb', locale: 'nb', macro: 'no' },
    { code: 'nn', locale: 'nn', macro: 'no' },
    { code: 'sv', locale: 'sv' },
  ],
];

/** The month names (alone and in a date) and weekday names of a locale, lower-cased. */
function calendarNames(locale: string): Set<string> {
  const names = new Set<string>();
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  for (let m = 0; m < 12; m++) {
    const day = new Date(Date.UTC(2024, m, 15));
    names.add(month.format(day).toLowerCase());
    names.add(
      inDate
        .formatToParts(day)
        .find((p) => p.type === 'month')!
        .value.toLowerCase(),
    );
  }
  for (let d = 1; d <= 7; d++) names.add(weekday.format(new Date(Date.UTC(2024, 0, d))).toLowerCase());
  return names;
}

/** Each group member's own names: those no other member of its group uses. Made on first use. */
let ownNames: Map<string, Set<string>> | null = null;

function ownNamesOf(code: string): Set<string> | undefined {
  if (!ownNames) {
    ownNames = new Map();
    for (const group of CLOSE_GROUPS) {
      const all = group.map((m) => calendarNames(m.locale));
      group.forEach((m, i) =>
        ownNames!.set(m.code, new Set([...all[i]!].filter((n) => all.every((other, j) => j === i || !other.has(n))))),
      );
    }
  }
  return ownNames.get(code);
}

/**
 * When `guess` belongs to a group of close languages: the one member whose own month or weekday names the text uses,
 * with the names found; else the guess's macrolanguage, with no names; else null (the guess stands).
 */
export function closeLanguage(guess: string, text: string): { code: string; names: string[] } | null {
  const group = CLOSE_GROUPS.find((g) => g.some((m) => m.code === guess));
  if (!group) return null;
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u));
  const found = group
    .map((m) => ({ code: m.code, names: [...ownNamesOf(m.code)!].filter((n) => words.has(n)) }))
    .filter((m) => m.names.length);
  if (found.length === 1) return found[0]!;
  const macro = group.find((m) => m.code === guess)!.macro;
  return macro ? { code: macro, names: [] } : null;
}
