/**
 * The words that count a time from the article's date in the languages read beside English: "last" and "next",
 * "this", the units they count (week, month, year), "every" before a weekday, the words that join weekdays or clauses, and the seasons. Read by `foreign.ts`.
 */
import type { Season } from './types.ts';

/** "Last" in the languages read here. */
export const LAST =
  /^(?:dernier|dernière|passé|passée|pasado|pasada|passado|passada|scorso|scorsa|letzten?|letzter|vorigen?|vergangenen?|vorige|vorig|afgelopen|прошлой|прошлом|прошлую|прошлый|прошлого|минувшей|минулого|минулому|ubiegłym|ubiegłej|ubiegły|ubiegłą|zeszłym|zeszłej|zeszły|zeszłą|trecut|trecută|trecutul|geçen|lalu|الماضي|الماضية|المنصرم|المنصرمة|גשעבר)$/i;
/** "Next". */
export const NEXT =
  /^(?:prochain|prochaine|próximo|próxima|prossimo|prossima|nächsten?|nächster|kommenden?|volgende|volgend|komende|komend|önümüzdeki|mendatang|следующей|следующем|следующую|следующий|будущей|наступной|przyszłym|przyszłej|przyszły|przyszłą|najbliższy|najbliższą|najbliższym|najbliższej|następny|następną|następnym|następnej|viitor|viitoare|viitoarea|următor|următoare|următoarea|ijayo|gelecek|depan|المقبل|المقبلة|القادم|القادمة|הבא|הבאה)$/i;
/** The week. */
export const WEEK =
  /^(?:semaine|semana|settimana|woche|week|неделе|неделю|неделя|тижні|tygodniu|hafta|minggu|الأسبوع|أسبوع)$/i;
/** The month as a unit. */
export const MONTH_WORD = /^(?:mois|mes|mês|mese|monat|monats|maand|месяце|месяц|місяці|miesiącu|ay|bulan|الشهر|شهر)$/i;
/** The year as a unit. */
export const YEAR_WORD =
  /^(?:année|an|año|ano|anno|jahr|jahres|jaar|году|год|році|roku|yıl|tahun|العام|عام|السنة|سنة)$/i;

/** "This" just before the unit. */
export const THIS_BEFORE =
  /^(?:ce|cet|cette|este|esta|neste|nesta|questo|questa|diese|dieser|diesem|diesen|dieses|deze|dit|bu|هذا|هذه)$/i;
/** "This" just after the unit (Indonesian, Arabic). */
export const THIS_AFTER = /^(?:ini|الحالي|الحالية|الجاري|الجارية)$/i;
/**
 * The article that makes a weekday every such one where no day of the month follows it: French `le dimanche`,
 * Italian `la domenica` (a single day is written without it: `dimanche`, `domenica`).
 */
export const HABITUAL_ARTICLE: Readonly<Record<string, RegExp>> = { fr: /^le$/i, it: /^(?:il|la)$/i, es: /^los$/i };
/** "On" before a weekday in the plural that makes it every such one: Russian and Ukrainian `по субботам`. */
export const HABITUAL_PLURAL: Readonly<Record<string, RegExp>> = {
  ru: /^по\s+\p{L}+(?:ам|ям)$/iu,
  uk: /^по\s+\p{L}+(?:ах|ям|ам)$/iu,
};
/** "Every" before a weekday, in one word (`cada`, `jeden`). */
export const EVERY =
  /^(?:cada|chaque|ogni|jeden|jeder|jedem|elke|iedere|her|setiap|كل|todo|toda|varje|hver|hvert|joka|svake|svaki|svakog|každou|každý|každé|minden|κάθε|кожного|кожну|кожен|każdy|każdą|każdego|fiecare|vždy|vždycky|zawsze|uvijek|mindig|always|toujours|immer|sempre|siempre|altijd|alltid|aina)$/i;
/** "Every" before a weekday, in two words (`tous les`, `todos los`). */
export const EVERY_TWO = /^(?:tous les|todos los|todas las|todos os|todas as|tutti i|tutte le|alle)$/i;
/** Words that join two weekdays into a span of every week (`du lundi au samedi`, `von Montag bis Freitag`). */
export const RANGE_WORD = /^(?:au|à|to|bis|al|a|hasta|até|fino|tot|до|по|إلى)$/i;
/** "And" between two words, in the languages read here. */
export const AND = /^(?:and|et|y|i|e|und|en|og|och|ja|és|ve|dan|și|a|oraz|и|і|та|και|و)$/i;
/** Conjunctions that join two clauses, in the languages read here. */
export const COORDINATING = /\s(?:et|mais|y|pero|e|mas|und|aber|ma|maar|و)\s/u;

/** Seasons, with the cases of a noun that inflects (Russian "летом", "зимой"; not the adjectives "зимний", "осенний"). */
export const SEASONS: ReadonlyArray<readonly [RegExp, Season]> = [
  [/^(?:printemps|primavera|frühling|frühjahr|voorjaar|весн(?:а|ой|ою|у|ы|е)|الربيع|ربيع)$/iu, 'spring'],
  [/^(?:été|verano|verão|estate|sommer|zomer|лет(?:о|ом|а|е)|الصيف|صيف)$/iu, 'summer'],
  [/^(?:automne|otoño|outono|autunno|herbst|herfst|осен(?:ь|ью|и)|الخريف|خريف)$/iu, 'autumn'],
  [/^(?:hiver|invierno|inverno|winter|зим(?:а|ой|ою|у|ы|е)|الشتاء|شتاء)$/iu, 'winter'],
];

// The year after a month, counted from the article's ("del año pasado", "do ano que vem", "letzten Jahres").
const RELATIVE_YEAR_AFTER =
  /^\s+(?:(?:(?:del|do|de|des)\s+|de l['’]\s*|dell['’]\s*)(?:año|année|an|ano|anno)\s+(pasado|anterior|dernière|dernier|passé|passado|próximo|prochaine|prochain|que vem|seguinte|siguiente|prossimo|scorso)|(letzten|vergangenen|nächsten|kommenden)\s+jahres|des\s+(vorjahres)|(?:del|do|de)\s+(próximo|pasado|passado|último)\s+(?:año|ano))(?![\p{L}])/iu;

/**
 * The year counted from the article's, written after a month or a season that starts at `start` and ends at `from`
 * ("octubre del año pasado", "na primavera do ano passado"), and the words of both.
 */
export function relativeYearAfter(
  text: string,
  start: number,
  from: number,
): { yearOffset: number; text: string } | null {
  const m = RELATIVE_YEAR_AFTER.exec(text.slice(from));
  if (!m) return null;
  const word = m[1] ?? m[2] ?? m[3] ?? m[4]!;
  const ahead = /^(?:próximo|prochaine?|que vem|seguinte|siguiente|nächsten|kommenden|prossimo)$/iu.test(word);
  return { yearOffset: ahead ? 1 : -1, text: text.slice(start, from + m[0].length) };
}

/**
 * Whether the season's word at token `i` is part of a name: written with a capital after a capitalised word inside
 * the sentence (`Jardim Primavera`); not in German, which writes every noun so (`Im Frühling`).
 */
export function seasonInName(tokens: readonly RegExpExecArray[], i: number, text: string, code: string): boolean {
  const prev = tokens[i - 1];
  if (code === 'de' || !prev || !/^\p{Lu}/u.test(tokens[i]![0]) || !/^\p{Lu}/u.test(prev[0])) return false;
  const before = text.slice(0, prev.index).trimEnd();
  return before !== '' && !/[.!?:]$/u.test(before);
}
