/**
 * Dates in languages other than English: month and weekday names come from the
 * runtime's own locale data (Intl), so any language it knows is read the same
 * way; the few words for "last", "next", "week", "month" and "year" and the
 * future-tense markers are listed for the languages the site meets most.
 */
import type { Direction, TemporalExpression } from './temporal';

/** Regional variants whose month names differ from the language's default. */
const VARIANTS: Record<string, string[]> = { ar: ['ar', 'ar-SY'], pt: ['pt', 'pt-PT'], es: ['es', 'es-MX'] };

/** Languages whose month and weekday names are read. */
const LOCALES = [
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
  'fi',
  'hu',
  'el',
  'ar',
  'fa',
  'he',
  'sw',
];

// Slavic and Baltic languages inflect month names ("март", "марта", "марте"): match by stem.
const INFLECTED = new Set(['ru', 'uk', 'pl', 'cs', 'fi', 'el']);

const fold = (s: string) => s.toLowerCase().normalize('NFC').replace(/\.$/, '');

interface NameTable {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  stems: Array<[string, number]>;
  weekdayStems: Array<[string, number]>;
}

const tables = new Map<string, NameTable>();

function namesFor(language: string): NameTable | null {
  const code = language.split('-')[0]!;
  if (!LOCALES.includes(code)) return null;
  const cached = tables.get(code);
  if (cached) return cached;
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  // Regional calendars name months differently (Levantine Arabic: حزيران for June, تشرين الأول for October).
  const variants = VARIANTS[code] ?? [code];
  const stems: Array<[string, number]> = [];
  const weekdayStems: Array<[string, number]> = [];
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2020, m, 15));
    for (const variant of variants)
      for (const opts of [{ month: 'long' }, { month: 'short' }] as const) {
        const f = new Intl.DateTimeFormat(variant, { ...opts, timeZone: 'UTC' });
        months.set(fold(f.format(d)), m + 1);
        const withDay = new Intl.DateTimeFormat(variant, { ...opts, day: 'numeric', timeZone: 'UTC' })
          .formatToParts(d)
          .find((p) => p.type === 'month')?.value;
        if (withDay) months.set(fold(withDay), m + 1);
      }
    if (INFLECTED.has(code)) {
      const long = fold(new Intl.DateTimeFormat(code, { month: 'long', timeZone: 'UTC' }).format(d));
      const stem = long.length > 4 ? long.slice(0, -1) : long.slice(0, 3);
      stems.push([stem, m + 1]);
    }
  }
  for (let w = 0; w < 7; w++) {
    // 1 March 2020 was a Sunday.
    const d = new Date(Date.UTC(2020, 2, 1 + w));
    const name = fold(new Intl.DateTimeFormat(code, { weekday: 'long', timeZone: 'UTC' }).format(d));
    weekdays.set(name, w);
    if (INFLECTED.has(code)) weekdayStems.push([name.length > 4 ? name.slice(0, -1) : name, w]);
  }
  // Short month names of two or three letters collide with ordinary words ("mar", "mai"): keep them only with a full stop.
  for (const k of [...months.keys()])
    if (
      k.length < 4 &&
      ![...months.entries()].some(([name, n]) => name !== k && n === months.get(k) && name.startsWith(k))
    )
      months.delete(k);
  const table = { months, weekdays, stems, weekdayStems };
  tables.set(code, table);
  return table;
}

function monthOf(word: string, t: NameTable, next?: string): number | undefined {
  // Two-word names first ("تشرين الأول").
  if (next) {
    const two = t.months.get(fold(`${word} ${next}`));
    if (two) return two;
  }
  const w = fold(word);
  const exact = t.months.get(w);
  if (exact) return exact;
  for (const [stem, m] of t.stems) if (w.startsWith(stem) && w.length <= stem.length + 3) return m;
  return undefined;
}

// Eastern Arabic and Persian digits read as ASCII digits.
const toAsciiDigits = (s: string) =>
  s.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x6f0));

// Words (with a closing full stop, for abbreviated month names) and numbers.
const WORD = /[\p{L}\p{M}]+\.?|\d+/gu;
const bare = (w: string | undefined) => (w ?? '').replace(/\.$/, '');

/** A full date written with a month name in another language (`18 février 2020`, `2 نوفمبر 2023`); null when the text has none. */
export function readForeignDate(
  text: string,
  language: string | null,
  withoutYear = false,
): { year: number | null; month: number; day: number; index: number; length: number } | null {
  const s = toAsciiDigits(text);
  const langs = language ? [language] : LOCALES;
  for (const lang of langs) {
    const t = namesFor(lang);
    if (!t) continue;
    const tokens = [...s.matchAll(WORD)];
    for (let i = 0; i < tokens.length; i++) {
      const m = monthOf(tokens[i]![0], t, tokens[i + 1]?.[0]);
      if (!m) continue;
      const two = t.months.has(fold(`${tokens[i]![0]} ${tokens[i + 1]?.[0] ?? ''}`)) ? 1 : 0;
      const prev = tokens[i - 1]?.[0];
      const next = tokens[i + 1 + two]?.[0];
      const after = tokens[i + 2 + two]?.[0];
      // day month year, or month day year.
      const [day, year, from, to] =
        prev && /^\d{1,2}$/.test(prev) && next && /^\d{4}$/.test(next)
          ? [Number(prev), Number(next), tokens[i - 1]!, tokens[i + 1 + two]!]
          : next && /^\d{1,2}$/.test(next) && after && /^\d{4}$/.test(after)
            ? [Number(next), Number(after), tokens[i]!, tokens[i + 2 + two]!]
            : [0, 0, null, null];
      if (from && to && day >= 1 && day <= 31)
        return { year, month: m, day, index: from.index, length: to.index + to[0].length - from.index };
      // "30 حزيران الجاري": a day and a month, no year.
      if (withoutYear && prev && /^\d{1,2}$/.test(prev) && Number(prev) >= 1 && Number(prev) <= 31) {
        const end = tokens[i + two]!;
        return {
          year: null,
          month: m,
          day: Number(prev),
          index: tokens[i - 1]!.index,
          length: end.index + end[0].length - tokens[i - 1]!.index,
        };
      }
    }
  }
  return null;
}

const LAST =
  /^(?:dernier|dernière|passé|passée|pasado|pasada|passado|passada|scorso|scorsa|letzten?|letzter|vorigen?|vergangenen?|vorige|прошлой|прошлом|прошлую|прошлый|прошлого|минувшей|минулого|минулому|ubiegłym|zeszłym|geçen|lalu|الماضي|الماضية|المنصرم|المنصرمة|גשעבר)$/i;
const NEXT =
  /^(?:prochain|prochaine|próximo|próxima|prossimo|prossima|nächsten?|nächster|kommenden?|volgende|следующей|следующем|следующую|следующий|будущей|наступной|przyszłym|gelecek|depan|المقبل|المقبلة|القادم|القادمة|הבא|הבאה)$/i;
const WEEK =
  /^(?:semaine|semana|settimana|woche|week|неделе|неделю|неделя|тижні|tygodniu|hafta|minggu|الأسبوع|أسبوع)$/i;
const MONTH_WORD = /^(?:mois|mes|mês|mese|monat|monats|maand|месяце|месяц|місяці|miesiącu|ay|bulan|الشهر|شهر)$/i;
const YEAR_WORD = /^(?:année|an|año|ano|anno|jahr|jahres|jaar|году|год|році|roku|yıl|tahun|العام|عام|السنة|سنة)$/i;

// Words that put a clause in the future, in the languages above.
const FOREIGN_FUTURE =
  /(?:^|[\s(«"“])(?:\p{L}+(?:ront|rons|rez|rán|rá|ré|remos|rão|ranno|rà)|المقرر|من المنتظر|يعتزم|تعتزم|à partir du|à partir de|dès le|a partir del|a partir de|a partire dal|ab dem|ab|va|vont|sera|seront|devrait|devraient|prévue?s?|prévoit|appellent à|appelle à|doit|doivent|será|serán|va a|van a|prevé|prevista|previsto|irá|vai|vão|sarà|saranno|wird|werden|soll|sollen|geplant|zal|zullen|будет|будут|планирует|планируют|обещает|обещают|намерен|намерены|собирается|буде|będzie|olacak|akan|سوف|ستبدأ|سيتم|سي\p{L}+|ست\p{L}+|יהיה)(?=[\s,.;:!?»"”)]|$)/iu;

/** The way an expression in another language points: from a "last"/"next" word beside it, else a future marker before it in the sentence, else the past. */
function directionIn(tokens: RegExpMatchArray[], i: number, sentence: string, index: number): Direction | undefined {
  const near = [tokens[i - 2]?.[0], tokens[i - 1]?.[0], tokens[i + 1]?.[0], tokens[i + 2]?.[0]]
    .filter(Boolean)
    .map(bare);
  if (near.some((w) => LAST.test(w))) return 'past';
  if (near.some((w) => NEXT.test(w))) return 'future';
  return foreignFuture(sentence, index, 40);
}

const RANGE_WORD = /^(?:au|à|to|bis|al|a|hasta|até|fino|tot|до|по|إلى)$/i;

/** 'future' when the words before `index` in its clause put it in the future (`est prévue le 3 mars`). */
export function foreignFuture(sentence: string, index: number, after = 1): Direction | undefined {
  const clauseStart = Math.max(
    sentence.lastIndexOf(',', index),
    sentence.lastIndexOf('.', index),
    sentence.lastIndexOf('،', index),
    0,
  );
  return FOREIGN_FUTURE.test(sentence.slice(clauseStart, index + after)) ? 'future' : undefined;
}

// Seasons, by stem where the word inflects (Russian "летом", "зимой").
const SEASONS: Array<[RegExp, 'spring' | 'summer' | 'autumn' | 'winter']> = [
  [/^(?:printemps|primavera|frühling|frühjahr|voorjaar|весн\p{L}*|الربيع|ربيع)$/iu, 'spring'],
  [/^(?:été|verano|verão|estate|sommer|zomer|лет(?:о|ом|а|е)|الصيف|صيف)$/iu, 'summer'],
  [/^(?:automne|otoño|outono|autunno|herbst|herfst|осен\p{L}*|الخريف|خريف)$/iu, 'autumn'],
  [/^(?:hiver|invierno|inverno|winter|зим\p{L}*|الشتاء|شتاء)$/iu, 'winter'],
];

/** Months, weekdays and "last/next week, month, year" in a sentence of another language. Calendar dates with a day are left to chrono. */
export function findForeignNames(sentence: string, language: string): TemporalExpression[] {
  const t = namesFor(language);
  if (!t) return [];
  const s = toAsciiDigits(sentence);
  const tokens = [...s.matchAll(WORD)];
  const out: TemporalExpression[] = [];
  tokens.forEach((tok, i) => {
    const word = tok[0];
    const base = { text: word.replace(/\.$/, ''), index: tok.index, lead: null };
    const prev = bare(tokens[i - 1]?.[0]);
    const next = bare(tokens[i + 1]?.[0]);
    const month = monthOf(word, t);
    if (month && !/^\d{1,2}$/.test(prev) && !/^\d{1,2}$/.test(next)) {
      const year = /^\d{4}$/.test(next) ? Number(next) : undefined;
      const direction = year === undefined ? directionIn(tokens, i, s, tok.index) : undefined;
      out.push({
        ...base,
        kind: 'month',
        month,
        ...(year !== undefined ? { year, text: `${word} ${next}` } : {}),
        ...(direction ? { direction } : {}),
      });
      return;
    }
    const weekdayOf = (w: string) =>
      t.weekdays.get(fold(w)) ??
      t.weekdayStems.find(([stem]) => fold(w).startsWith(stem) && w.length <= stem.length + 2)?.[1];
    const weekday = weekdayOf(word);
    // "du lundi au samedi", "von Montag bis Freitag": every week, not a date.
    const inRange =
      (RANGE_WORD.test(next) && weekdayOf(tokens[i + 2]?.[0] ?? '') !== undefined) ||
      (RANGE_WORD.test(prev) && weekdayOf(tokens[i - 2]?.[0] ?? '') !== undefined);
    if (weekday !== undefined && inRange) return;
    if (weekday !== undefined) {
      const direction = directionIn(tokens, i, s, tok.index);
      out.push({ ...base, kind: 'weekday', weekday, ...(direction ? { direction } : {}) });
      return;
    }
    const season = SEASONS.find(([re]) => re.test(word))?.[1];
    if (season) {
      const around = [prev, next, bare(tokens[i + 2]?.[0])];
      const offset = around.some((w) => LAST.test(w)) ? -1 : around.some((w) => NEXT.test(w)) ? 1 : undefined;
      const direction = offset === undefined ? directionIn(tokens, i, s, tok.index) : undefined;
      out.push({
        ...base,
        kind: 'season',
        season,
        ...(offset !== undefined ? { offset } : {}),
        ...(direction ? { direction } : {}),
      });
      return;
    }
    const unit = WEEK.test(bare(word))
      ? 'relative-week'
      : MONTH_WORD.test(bare(word))
        ? 'relative-month'
        : YEAR_WORD.test(bare(word))
          ? 'relative-year'
          : null;
    if (unit) {
      const around = [prev, next, bare(tokens[i + 2]?.[0])];
      const offset = around.some((w) => LAST.test(w)) ? -1 : around.some((w) => NEXT.test(w)) ? 1 : null;
      if (offset !== null) out.push({ ...base, kind: unit, offset });
    }
  });
  return out;
}

// Chinese and Japanese dates: 2019年, 7月, 18日, 去年/明年/今年 (last/next/this year), 上个月/今月… (months),
// 上周/先週… (weeks). Written without spaces, so read by pattern rather than by word.
const CJK_DATE =
  /(?:于|於|在|自|从|從)?(?:(\d{4})年|(今年|去年|明年|前年|来年|昨年|本年))?(?:(\d{1,2})月)?(?:(\d{1,2})[日号])?/gu;
const CJK_RELATIVE_UNIT: Array<[RegExp, TemporalExpression['kind'], number]> = [
  [/上个月|上月|先月/u, 'relative-month', -1],
  [/下个月|下月|来月/u, 'relative-month', 1],
  [/本月|这个月|今月/u, 'relative-month', 0],
  [/上周|上星期|先週/u, 'relative-week', -1],
  [/下周|下星期|来週/u, 'relative-week', 1],
  [/本周|这周|今週/u, 'relative-week', 0],
];
const CJK_FUTURE = /将|預定|预定|预计|計画|计划|拟|予定|方針|見通し|还将|還將|即将/u;
const CJK_YEAR_OFFSET: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 昨年: -1, 前年: -2, 明年: 1, 来年: 1 };

/** Dates in Chinese or Japanese text. */
export function findCjkExpressions(sentence: string): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  for (const m of sentence.matchAll(CJK_DATE)) {
    const [text, year, rel, month, day] = m;
    if (!text || (!year && !rel && !month && !day)) continue;
    // A bare number of days ("3日间") or a count is not a date: a day needs 日/号 right after the digits, which the pattern holds.
    const clauseStart = Math.max(0, ...['，', '。', '、', '；'].map((c) => sentence.lastIndexOf(c, m.index)));
    const direction: Direction | undefined = CJK_FUTURE.test(sentence.slice(clauseStart, m.index + text.length + 8))
      ? 'future'
      : undefined;
    const base = { text, index: m.index, lead: null, ...(direction ? { direction } : {}) };
    const yearOffset = rel ? CJK_YEAR_OFFSET[rel] : undefined;
    if (year && month && day)
      out.push({ ...base, kind: 'date', year: Number(year), month: Number(month), day: Number(day) });
    else if (year && month) out.push({ ...base, kind: 'month', year: Number(year), month: Number(month) });
    else if (year) out.push({ ...base, kind: 'year', year: Number(year) });
    else if (month && day)
      out.push({
        ...base,
        kind: 'month-day',
        month: Number(month),
        day: Number(day),
        ...(yearOffset !== undefined ? { yearOffset } : {}),
      });
    else if (month)
      out.push({ ...base, kind: 'month', month: Number(month), ...(yearOffset !== undefined ? { yearOffset } : {}) });
    else if (day) out.push({ ...base, kind: 'day-of-month', day: Number(day) });
    else if (yearOffset !== undefined) out.push({ ...base, kind: 'relative-year', offset: yearOffset });
  }
  for (const [re, kind, offset] of CJK_RELATIVE_UNIT) {
    const m = re.exec(sentence);
    if (m) out.push({ kind, offset, text: m[0], index: m.index, lead: null });
  }
  return out.sort((a, b) => a.index - b.index);
}
