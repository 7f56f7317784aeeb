/**
 * Month and weekday names of other languages, from the runtime's own locale data
 * (Intl), so any language it knows is read the same way; and the words of a
 * text as those names are looked up.
 */
import { INFLECTED_LANGUAGES, NAMED_LANGUAGES, NAME_VARIANTS, gregorian } from './locales.ts';

/** One language's month and weekday names, folded for lookup. */
export interface NameTable {
  /** The language's base code (`de`). */
  code: string;
  /** Month names, long and short, to month 1–12. */
  months: Map<string, number>;
  /** Weekday names to day of week, 0 = Sunday. */
  weekdays: Map<string, number>;
  /** Month stems, for languages that inflect month names. */
  stems: Array<[string, number]>;
  /** Weekday stems, for languages that inflect weekday names. */
  weekdayStems: Array<[string, number]>;
  /** True when the language writes month names in lower case in running text (`janvier`, not `Januar`). */
  lowerCaseMonths: boolean;
  /** True when the language writes weekday names with a capital (`Τρίτη`, `Minggu`, `Pazar`): the same word small is
   * another word (`τρίτη`, third; `minggu`, week; `pazar`, market). */
  capitalWeekdays: boolean;
  /** Every long month name, short ones too (`mai`), folded: what a capital may turn into part of a proper name. */
  longMonths: ReadonlySet<string>;
  /** True when a full date puts the year first (`2025. november 14.`), as the runtime writes one. */
  yearFirst?: boolean;
  /** True when a day and month put the month first (`november 14.`). */
  monthFirst?: boolean;
}

/** A name as looked up: lowercase, composed, without the full stop of an abbreviation. */
export const fold = (s: string): string => s.toLowerCase().normalize('NFC').replace(/\.$/, '');

/** A word without the full stop of an abbreviation; empty for none. */
export const bare = (w: string | undefined): string => (w ?? '').replace(/\.$/, '');

/** Eastern Arabic and Persian digits written as ASCII digits. */
export const toAsciiDigits = (s: string): string =>
  s.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x6f0));

// Words (with a closing full stop, for abbreviated month names) and numbers.
const WORD = /[\p{L}\p{M}]+\.?|\d+/gu;

/** The words and numbers of a text, located, as names are looked up in it. */
export function tokensOf(text: string): RegExpExecArray[] {
  return [...text.matchAll(WORD)];
}

const tables = new Map<string, NameTable>();

/** The name table of a language (`fr`, `pt-BR`); null when its names are not read. */
export function namesFor(language: string): NameTable | null {
  const code = language.split('-')[0]!;
  if (!NAMED_LANGUAGES.includes(code)) return null;
  let table = tables.get(code);
  if (!table) tables.set(code, (table = buildTable(code)));
  return table;
}

/** Builds a language's name table from Intl. */
function buildTable(code: string): NameTable {
  const { months, stems } = monthNames(code);
  const weekdays = new Map<string, number>();
  const weekdayStems: Array<[string, number]> = [];
  for (let w = 0; w < 7; w++) {
    // 1 March 2020 was a Sunday.
    const d = new Date(Date.UTC(2020, 2, 1 + w));
    const name = fold(new Intl.DateTimeFormat(gregorian(code), { weekday: 'long', timeZone: 'UTC' }).format(d));
    weekdays.set(name, w);
    if (INFLECTED_LANGUAGES.has(code)) weekdayStems.push([name.length > 4 ? name.slice(0, -1) : name, w]);
  }
  const long = new Intl.DateTimeFormat(gregorian(code), { month: 'long', timeZone: 'UTC' });
  const longMonths = new Set(Array.from({ length: 12 }, (_, m) => fold(long.format(new Date(Date.UTC(2020, m, 15))))));
  const january = long.format(new Date(Date.UTC(2020, 0, 15)));
  const lowerCaseMonths = january !== january.toUpperCase() && january === january.toLowerCase();
  const sunday = new Intl.DateTimeFormat(gregorian(code), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2020, 2, 1)),
  );
  // Turkish capitalises them only inside a full date (`14 Şubat 2024 Çarşamba`); running text writes `cumartesi günü`.
  const capitalWeekdays = /^\p{Lu}/u.test(sunday) && code !== 'tr';
  const order = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(gregorian(code), { ...o, month: 'long', day: 'numeric', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2020, 10, 14)))
      .map((p) => p.type)
      .filter((t) => t === 'year' || t === 'month' || t === 'day');
  const yearFirst = order({ year: 'numeric' })[0] === 'year';
  const monthFirst = order({})[0] === 'month';
  return {
    code,
    months,
    weekdays,
    stems,
    weekdayStems,
    lowerCaseMonths,
    capitalWeekdays,
    longMonths,
    yearFirst,
    monthFirst,
  };
}

/** Full month names of three letters that are also common words of their language. */
const SHORT_NAMES_THAT_ARE_WORDS: Readonly<Record<string, readonly string[]>> = { ro: ['mai'] };

/** A language's month names and, where they inflect, stems. */
function monthNames(code: string): Pick<NameTable, 'months' | 'stems'> {
  const months = new Map<string, number>();
  const longs = new Set<string>();
  const stems: Array<[string, number]> = [];
  // Regional calendars name months differently (Levantine Arabic: حزيران for June, تشرين الأول for October).
  const variants = NAME_VARIANTS[code] ?? [code];
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2020, m, 15));
    for (const variant of variants)
      for (const opts of [{ month: 'long' }, { month: 'short' }] as const) {
        const f = new Intl.DateTimeFormat(gregorian(variant), { ...opts, timeZone: 'UTC' });
        months.set(fold(f.format(d)), m + 1);
        if (opts.month === 'long') longs.add(fold(f.format(d)));
        const withDay = new Intl.DateTimeFormat(gregorian(variant), { ...opts, day: 'numeric', timeZone: 'UTC' })
          .formatToParts(d)
          .find((p) => p.type === 'month')?.value;
        // An elided article is two words as the text is split (`d’octubre`: `d`, `octubre`).
        if (withDay) for (const w of new Set([withDay, withDay.replace(/[’']/g, ' ')])) months.set(fold(w), m + 1);
      }
    if (INFLECTED_LANGUAGES.has(code)) {
      const long = fold(new Intl.DateTimeFormat(gregorian(code), { month: 'long', timeZone: 'UTC' }).format(d));
      // A short name loses only a closing vowel or soft sign (`июнь` → `июн`); one that ends in a consonant is its own
      // stem (`март`: `марта`, `марте`, not `Марск`, a name, nor `марка`).
      const stem =
        long.length > 4 ? long.slice(0, -1) : long.length > 3 && /[ьйаоеиыяую]$/u.test(long) ? long.slice(0, -1) : long;
      stems.push([stem, m + 1]);
      // The form a day takes (`15. marca`, `1. června`), less its ending, reads the other cases where the name drops
      // or changes a vowel (`v marci`, `v červnu`, `у березні`).
      const withDay = new Intl.DateTimeFormat(gregorian(code), { month: 'long', day: 'numeric', timeZone: 'UTC' })
        .formatToParts(d)
        .find((p) => p.type === 'month')?.value;
      const genitive = withDay ? fold(withDay) : '';
      if (genitive.length > 4 && genitive !== long && !genitive.startsWith(stem))
        stems.push([genitive.slice(0, -1), m + 1]);
    }
  }
  // Short month names of two or three letters collide with ordinary words ("mar", Spanish for sea): keep them only
  // with a full stop. A month's full name is kept however short (`mai`, `Mai`, `mei`, `Mei`, `maj`), except where
  // it is also a common word of its language (Romanian `mai`, more).
  for (const k of [...months.keys()])
    if (
      k.length < 4 &&
      (!longs.has(k) || SHORT_NAMES_THAT_ARE_WORDS[code]?.includes(k)) &&
      ![...months.entries()].some(([name, n]) => name !== k && n === months.get(k) && name.startsWith(k))
    )
      months.delete(k);
  return { months, stems };
}

/** The month (1–12) a word names, trying it with the next word first (`تشرين الأول`); undefined when none. */
export function monthOf(word: string, t: NameTable, next?: string): number | undefined {
  if (next) {
    const two = t.months.get(fold(`${word} ${next}`));
    if (two) return two;
  }
  const w = fold(word);
  const exact = t.months.get(w);
  if (exact) return exact;
  // An ending with a nasal vowel is a verb's (Polish `mają`, they have), never a month's.
  for (const [stem, m] of t.stems) if (w.startsWith(stem) && w.length <= stem.length + 3 && !/[ąę]$/u.test(w)) return m;
  // Languages that add case endings to the whole name (`márciusában`, `lokakuussa`, `haziranda`).
  const endings = MONTH_ENDINGS[t.code];
  if (endings)
    for (const name of t.longMonths)
      if (w.startsWith(name) && endings.test(w.slice(name.length)) && !NOUNS_TOO[t.code]?.includes(name))
        return t.months.get(name);
  return undefined;
}

// The case endings a month's whole name takes: Hungarian (`októberben`, `márciusában`, `júniusig`), Finnish
// (`lokakuussa`, `lokakuun`, `lokakuuhun`) and Turkish (`haziranda`, `eylülden`, `mayısa`).
const MONTH_ENDINGS: Readonly<Record<string, RegExp>> = {
  hu: /^(?:ban|ben|ában|ében|jában|jében|i|ig|tól|től|ától|étől|áig|éig|ra|re|ára|ére|ja|je|ának|ének)$/u,
  fi: /^(?:n|ssa|ssä|sta|stä|hun|hyn|ta|tä|lla|llä|lle|ksi)$/u,
  tr: /^(?:da|de|ta|te|dan|den|tan|ten|a|e|ya|ye|ın|in|un|ün|nın|nin|daki|deki|taki|teki)$/u,
};
// Month names that are also common nouns of the language, which their endings make no more a month's (Turkish
// `aralık`, interval: `aralıkta`, in the range; `ocak`, hearth; `ekim`, sowing).
const NOUNS_TOO: Readonly<Record<string, readonly string[]>> = { tr: ['aralık', 'ocak', 'ekim'] };

/** The day of week (0 = Sunday) a word names; undefined when none. */
export function weekdayOf(word: string, t: NameTable): number | undefined {
  if (t.capitalWeekdays && /^\p{Ll}/u.test(word)) return undefined;
  const w = fold(word);
  const form = WEEKDAY_FORMS[t.code]?.exec(w);
  return (
    t.weekdays.get(w) ??
    t.weekdayStems.find(([stem]) => w.startsWith(stem) && word.length <= stem.length + 2)?.[1] ??
    (form ? t.weekdays.get(w.slice(0, form.index)) : undefined)
  );
}

const NORWEGIAN_FORMS = /(?:en|s|s?(?:kveld|morgen|formiddag|ettermiddag|natt)(?:en)?)$/;
/**
 * The forms a weekday's name takes in running text, as endings after the name: Scandinavian definite and past forms
 * (`på onsdagen`, `i onsdags`) and a part of the day joined to the name (`onsdagskvällen`, `Donnerstagabend`,
 * `donderdagavond`).
 */
const WEEKDAY_FORMS: Readonly<Record<string, RegExp>> = {
  sv: /(?:en|s|s(?:kväll|morgon|förmiddag|eftermiddag|natt)(?:en)?)$/,
  da: /(?:en|s|s?(?:aften|morgen|formiddag|eftermiddag|nat)(?:ten|en)?)$/,
  no: NORWEGIAN_FORMS,
  nb: NORWEGIAN_FORMS,
  nn: NORWEGIAN_FORMS,
  de: /(?:abend|morgen|vormittag|mittag|nachmittag|nacht|früh)$/,
  nl: /(?:avond|ochtend|morgen|middag|namiddag|voormiddag|nacht)$/,
};

/** True when a word names a month or a weekday in any language whose names are read (`mayo`, `giugno`, `Dienstag`). */
export function isDateName(word: string): boolean {
  const w = word.replace(/[.,]+$/, '');
  return NAMED_LANGUAGES.some((code) => {
    const t = namesFor(code)!;
    return monthOf(w, t) !== undefined || weekdayOf(w, t) !== undefined;
  });
}

/** The month (1–12) a word names in English or any language whose names are read (`März`, `marzo`); else undefined. */
export function monthInAnyLanguage(word: string): number | undefined {
  // A name that is one month in a language and another month in another (`lis`, listopad: October in Croatian,
  // November in Czech and Polish) tells no month while the page's language is not known.
  const months = monthsNamedBy(word);
  return months.size === 1 ? [...months][0] : undefined;
}

/** Every month (1–12) a word names in English or any language whose names are read. */
export function monthsNamedBy(word: string): Set<number> {
  const w = word.replace(/[.,]+$/, '');
  const months = new Set<number>();
  for (const code of ['en', ...NAMED_LANGUAGES]) {
    const m = monthOf(w, code === 'en' ? englishNames() : namesFor(code)!);
    if (m !== undefined) months.add(m);
  }
  return months;
}

let english: NameTable | null = null;
/** English month names as a name table, long and short. */
function englishNames(): NameTable {
  if (!english) {
    const months = new Map<string, number>();
    for (let m = 0; m < 12; m++)
      for (const month of ['long', 'short'] as const)
        months.set(
          fold(new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' }).format(new Date(Date.UTC(2020, m, 15)))),
          m + 1,
        );
    english = {
      code: 'en',
      months,
      weekdays: new Map(),
      stems: [],
      weekdayStems: [],
      lowerCaseMonths: false,
      capitalWeekdays: false,
      longMonths: new Set(),
    };
  }
  return english;
}

/** The month token `i` names, alone or with the next token (`تشرين الأول`), and the last token of its name. */
export function monthNameAt(
  tokens: RegExpExecArray[],
  i: number,
  t: NameTable,
): { month: number; last: number } | null {
  const name = oneMonthName(tokens, i, t);
  if (!name) return null;
  // Another calendar's name for the same month after a slash (`أكتوبر/تشرين الأول`, `مايو/أيار`) belongs to it.
  const gloss = tokens[name.last + 1];
  const end = tokens[name.last]!.index + tokens[name.last]![0].length;
  if (gloss && /^\s*\/\s*$/.test(gloss.input.slice(end, gloss.index))) {
    const second = oneMonthName(tokens, name.last + 1, t);
    if (second?.month === name.month) return { month: name.month, last: second.last };
  }
  return name;
}

/** A month name of one or two words at token `i`. */
function oneMonthName(tokens: RegExpExecArray[], i: number, t: NameTable): { month: number; last: number } | null {
  const next = tokens[i + 1]?.[0];
  const month = monthOf(tokens[i]![0], t, next === undefined ? undefined : bare(next));
  if (!month) return null;
  const two = next !== undefined && t.months.has(fold(`${tokens[i]![0]} ${bare(next)}`));
  return { month, last: two ? i + 1 : i };
}

/**
 * A date written month first, in a language whose dates are (`2025. november 14-én`, `2020 m. lapkričio 14 d.`,
 * `november 14-én`): the year before the month, maybe with its abbreviation between, when the language writes the year
 * first.
 */
export function monthFirstDate(
  tokens: RegExpExecArray[],
  i: number,
  t: NameTable,
  two: number,
): { year: number | null; month: number; day: number; index: number; length: number } | null {
  const day = tokens[i + 1 + two];
  if (!day || !/^\d{1,2}$/.test(day[0]) || Number(day[0]) < 1 || Number(day[0]) > 31) return null;
  if (/^\d{4}$/.test(tokens[i + 2 + two]?.[0] ?? '')) return null;
  const before = /^\p{L}{1,4}\.?$/u.test(tokens[i - 1]?.[0] ?? '') ? i - 2 : i - 1;
  const year = t.yearFirst && /^(?:1[89]|20)\d\d$/.test(tokens[before]?.[0] ?? '') ? tokens[before]! : null;
  if (!year && !t.monthFirst) return null;
  const from = year ?? tokens[i]!;
  return {
    year: year ? Number(year[0]) : null,
    month: monthNameAt(tokens, i, t)!.month,
    day: Number(day[0]),
    index: from.index,
    length: day.index + day[0].length - from.index,
  };
}
