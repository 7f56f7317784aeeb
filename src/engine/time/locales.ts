/**
 * The languages other than English that the time stage reads, and how it reads
 * each: with chrono-node's parser for the language, or with month and weekday
 * names from the runtime's own locale data (Intl).
 */
import * as chrono from 'chrono-node';

/** A language chrono-node has a parser for. */
interface ChronoLocale {
  /** Language code, as in an article's `language` (`fr`). */
  code: string;
  /** chrono-node's casual parser for it. */
  parser: chrono.Chrono;
  /** True when publication stamps and datelines try it too, not only body text in that language. */
  stamps: boolean;
}

/**
 * chrono-node's parsers, in the order a stamp of unknown language tries them
 * (the first that reads a full date wins). Body text uses the parser of its own
 * language; stamps were never read as Swedish or Finnish, and trying them would
 * change which date some stamps give.
 */
const CHRONO_LOCALES: readonly ChronoLocale[] = [
  { code: 'fr', parser: chrono.fr.casual, stamps: true },
  { code: 'es', parser: chrono.es.casual, stamps: true },
  { code: 'de', parser: chrono.de.casual, stamps: true },
  { code: 'pt', parser: chrono.pt.casual, stamps: true },
  { code: 'it', parser: chrono.it.casual, stamps: true },
  { code: 'nl', parser: chrono.nl.casual, stamps: true },
  { code: 'ru', parser: chrono.ru.casual, stamps: true },
  { code: 'uk', parser: chrono.uk.casual, stamps: true },
  { code: 'sv', parser: chrono.sv.casual, stamps: false },
  { code: 'fi', parser: chrono.fi.casual, stamps: false },
];

const byCode = new Map(CHRONO_LOCALES.map((l) => [l.code, l.parser]));

/** chrono-node's parser for a language code (`fr`); undefined when it has none. */
export function chronoParserFor(code: string): chrono.Chrono | undefined {
  return byCode.get(code);
}

/** chrono-node's parsers that stamps and datelines try after English, in order. */
export const FOREIGN_LOCALES: chrono.Chrono[] = CHRONO_LOCALES.filter((l) => l.stamps).map((l) => l.parser);

/** Languages whose month and weekday names are read from Intl, in the order a date of unknown language tries them. */
export const NAMED_LANGUAGES: readonly string[] = [
  'fr',
  'es',
  'pt',
  'it',
  'de',
  'nl',
  'ru',
  'uk',
  'pl',
  'cs',
  'ro',
  'tr',
  'id',
  'sv',
  'da',
  'nb',
  // Norwegian as a whole, and Nynorsk: the names Bokmål uses, with Nynorsk's own weekdays (`tysdag`).
  'no',
  'nn',
  'fi',
  'hu',
  'el',
  'ar',
  'fa',
  'he',
  'sw',
  'hr',
  'sk',
  'sl',
  'ca',
  'gl',
  'bg',
  'lt',
  'lv',
  'et',
  'ms',
  'sq',
];

/** A locale that names the months of the Gregorian calendar, whatever the language's default (Persian: `آبان`). */
export const gregorian = (code: string): string => `${code}-u-ca-gregory`;

/** Regional variants whose month names differ from the language's default (Levantine Arabic: حزيران for June). */
export const NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  ar: ['ar', 'ar-SY', 'ar-MA', 'ar-DZ'],
  pt: ['pt', 'pt-PT'],
  es: ['es', 'es-MX'],
  de: ['de', 'de-AT'],
};

/** Languages that inflect month and weekday names ("март", "марта", "марте"), so names are matched by stem. */
export const INFLECTED_LANGUAGES: ReadonlySet<string> = new Set(['ru', 'uk', 'pl', 'cs', 'fi', 'el', 'hr', 'sk', 'sl']);
