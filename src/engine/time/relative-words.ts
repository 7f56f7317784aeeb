/**
 * The words that count a time from the article's date in the languages read beside English: "last" and "next",
 * "this", and the units they count (week, month, year). Read by `foreign.ts`.
 */

/** "Last" in the languages read here. */
export const LAST =
  /^(?:dernier|dernière|passé|passée|pasado|pasada|passado|passada|scorso|scorsa|letzten?|letzter|vorigen?|vergangenen?|vorige|vorig|afgelopen|прошлой|прошлом|прошлую|прошлый|прошлого|минувшей|минулого|минулому|ubiegłym|zeszłym|geçen|lalu|الماضي|الماضية|المنصرم|المنصرمة|גשעבר)$/i;
/** "Next". */
export const NEXT =
  /^(?:prochain|prochaine|próximo|próxima|prossimo|prossima|nächsten?|nächster|kommenden?|volgende|volgend|komende|komend|önümüzdeki|mendatang|следующей|следующем|следующую|следующий|будущей|наступной|przyszłym|gelecek|depan|المقبل|المقبلة|القادم|القادمة|הבא|הבאה)$/i;
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
