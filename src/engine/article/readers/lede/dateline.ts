/**
 * Wire datelines: the `PLACE, Date (Agency) -` prefix of a lede. A dateline is
 * metadata: its date is the stated publication date, its agency a credit and an
 * outlet it names the publisher. It is never body text, a title or an event.
 * Not to be confused with a seed's leading date line (`../date-line.ts`).
 */
import * as chrono from 'chrono-node';
import { agencyNamed, looksLikeAgencyCode } from '../../agencies.ts';
import { FOREIGN_LOCALES } from '../../../time/locales.ts';
import { isProse } from '../../line-shapes.ts';
import type { PartReader, Zone } from '../reader.ts';
import { WEEKDAY_PATTERN } from '../../../time/names.ts';
import { monthInAnyLanguage } from '../../../time/foreign-names.ts';
import { readForeignDate } from '../../../time/foreign.ts';

/** A dateline read from the start of a line. */
export interface DatelineMatch {
  /** The dateline exactly as received, without the separator after it. */
  text: string;
  /** Characters of the line it takes, with the separator and spaces after it; the rest is body text. */
  length: number;
  /** The place as written. */
  place: string;
  /** The date as written with what it gives; null when the dateline has none. */
  date: { text: string; year: number | null; month: number; day: number } | null;
  /** Agencies it names, canonical where known. */
  agencies: string[];
  /** Outlets it names (`(AGENCY - Outlet / Outlet - date)`), in order, without repeats. */
  outlets: string[];
  /** The reporter it names, when it names one (Chinese wire datelines: `（记者 王明远）`). */
  reporter?: string;
}

// `新华社杭州6月18日电（记者 王明远）`: agency, place, month and day, "电" (wire), and the reporter.
const CHINESE_WIRE =
  /^(新华社|新華社|中新社|中新網|人民网|央视新闻)?\s*(\p{Lo}{2,8}?)\s*(\d{1,2})月(\d{1,2})日\s*电(?:\s*[（(]\s*记者\s*([^）)]{2,20}?)\s*[）)])?\s*/u;

// Any capitalised or lower-case month word ("Dec.", "jul", "février"): datelineDate decides whether it is one.
const MONTH = String.raw`\p{L}{3,10}\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th|\.)?`;
const WEEKDAY = String.raw`(?:${WEEKDAY_PATTERN}\.?,?\s+)?`;
// `05 de junho de 2024`, `3 de marzo`: Spanish and Portuguese join the day, the month and the year with "de".
const DATE = String.raw`${WEEKDAY}(?:${DAY}\s+(?:de\s+)?${MONTH},?(?:\s+(?:de\s+)?\d{4})?|${MONTH}\s+${DAY}(?:,?\s+\d{4})?)`;
const UPPER_PLACE = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}`;
// Place names keep their lower-case particles: `Palmeral de Mar`, `Vila Nova de Aurém`, `Frankfurt am Main`.
const PARTICLE = String.raw`(?:(?:de|da|do|das|dos|del|di|du|des|la|le|les|los|las|am|an|im|sur|en)\s+)?`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+${PARTICLE}\p{Lu}[\p{L}'’.-]+){0,2}`;
// `, Nigeria` or `(Islas de Poniente)` after the place, before the date or the agency's brackets.
const REGION = String.raw`(?:,\s*(?:${TITLE_PLACE}|${UPPER_PLACE})|\s*\(\p{Lu}[\p{L} .'’-]{1,30}\)(?=\s*[(,]))?`;
const DASH = String.raw`(?:\.?-{1,2}|–|—)`;

// `KAMPALA, March 3 (Reuters) -`, `LAGOS, Nigeria (AP) —`, `ANKARA (AA) -`, `City, (AGENCY - Outlet - 11th Dec, 2023)`,
// `LUGO, 14 (EUROPA PRESS)` (the day of the month alone, which gives no date).
const WITH_BRACKETS = new RegExp(
  String.raw`^(${UPPER_PLACE}|${TITLE_PLACE})(${REGION})(?:,\s*(${DATE})|,\s*\d{1,2}(?=\s*\())?,?\s*\(([^()]{1,90})\)\s*(?:(?:${DASH}|:)\s*)?(?:(${DATE})\s*${DASH}\s*)?`,
  'u',
);
// `San Rafael del Guácimo (Huila), 22 de julio de 2024.`: a press office's place and full date, alone on its line or
// as the lede's first sentence.
const PLACE_AND_FULL_DATE = new RegExp(
  String.raw`^(${UPPER_PLACE}|${TITLE_PLACE})(${REGION}),\s*([^()]{4,40}?\d{4})(?:\.?\s*$|\.\s+)`,
  'u',
);
// `WINDHOEK, Dec. 12 --` (a date and a dash, no agency).
// `Saint-Aurèle, le 4 avril 2024 –`: French press releases put "le" before the date.
const WITH_DATE = new RegExp(
  String.raw`^(${UPPER_PLACE}|${TITLE_PLACE})(${REGION}),\s*(?:le\s+)?(${DATE})\s*${DASH}\s*`,
  'u',
);
// `SAN DIEGO, Oct. 8, 2024 /PRNewswire/ --`, `KIGALI, Rwanda, March 12, 2025-/Distributor/-`, `NAIROBI, March 4.
// /TASS/.`: press releases and some agencies set the sender between slashes after the date, with or without a year.
const WITH_SLASHES = new RegExp(
  String.raw`^(${UPPER_PLACE}|${TITLE_PLACE})(${REGION}),\s*(${DATE})\.?\s*-?\s*\/\s*([^/]{2,60}?)\s*\/\s*(?:\.|-{1,2}|–|—)?\s*`,
  'u',
);
// `الكويت - 5 - 2 (كونا) --`: a place in an uncased script, the day and the month in figures, and the agency.
const NUMERIC_DAY_MONTH =
  /^(\p{Lo}[\p{Lo}\p{M} ]{1,30}?)()\s+[-–]\s+(\d{1,2})\s+[-–]\s+(\d{1,2})\s+\(([^()]{1,40})\)\s*(?:-{1,2}|–|—)\s*/u;
// `قلقيلية 14-3-2024 وفا-`: a place in an uncased script, the day, month and year in figures, the agency's word and a
// dash.
const UNCASED_NUMERIC_DATE =
  /^(\p{Lo}[\p{Lo}\p{M} ]{1,30}?)()\s+(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)\s+(\p{Lo}{2,12})\s*(?:-{1,2}|–|—)\s*/u;
// `بروكنفلد (ألمانيا) - (د ب أ) -`: a place in an uncased script, a region in brackets, and the agency's brackets.
const UNCASED_WITH_AGENCY =
  /^(\p{Lo}[\p{Lo}\p{M} ]{1,30}?)(\s*\(\p{Lo}[\p{Lo}\p{M} ]{1,30}\))?\s*[-–—]?\s*\(([^()]{1,40})\)\s*(?:-{1,2}|–|—)\s*/u;
// `الدوحة في 12 نوفمبر /قنا/`: a place in an uncased script, "in", the day and the month's name, the agency in slashes.
const UNCASED_SLASHED =
  /^(\p{Lo}[\p{Lo}\p{M} ]{1,30}?)()\s+في\s+(\d{1,2})\s+(\p{Lo}+)(?:\s+(\d{4}))?\s*\/\s*([^/]{2,30}?)\s*\/\s*(?:-{1,2}|–|—)?\s*/u;
// `واحة النخيل، 15 مارس 2024 (الوكالة …) -`, `السلط 14 آب (بترا) -`, `الكرك 16 تشرين الثاني (بترا) -`: a place in an
// uncased script, a comma maybe, the day and the month's name of one or two words (a year maybe), and the agency's
// brackets.
const UNCASED_DATED_BRACKETS =
  /^(\p{Lo}[\p{Lo}\p{M} ]{1,30}?)()[،,]?\s+(\d{1,2})\s+(\p{Lo}+(?:\s+(?:الأول|الاول|الثاني|الثانى))?)(?:\s+(\d{4}))?\s*\(([^()]{2,60})\)\s*(?:-{1,2}|–|—)\s*/u;
// `وطنية - صور -`: the agency's name first, then the place, each closed by a dash.
// The place is the first group, as the other shapes have it; the agency's word is read from the match's start.
const UNCASED_AGENCY_FIRST = /^\p{Lo}{3,12}\s+[-–]\s+(\p{Lo}[\p{Lo}\p{M} ]{1,30}?)()\s+[-–]\s+/u;
// `CAIRO —` (place in capitals and a dash, nothing else).
const PLACE_ONLY = new RegExp(String.raw`^(${UPPER_PLACE})(${REGION})\s*(?:-{2}|–|—)\s+`, 'u');
// `Amman - The minister …`: one capitalised place and a spaced dash, at the head of the lede only.
const TITLE_PLACE_ONLY = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)()\s+(?:-{1,2}|–|—)\s+(?=\p{Lu})`,
  'u',
);

// Capitalised initialisms that open sentences and are not places.
const NOT_PLACES = new Set([
  'UN',
  'U.N.',
  'US',
  'U.S.',
  'UK',
  'EU',
  'NATO',
  'WHO',
  'AU',
  'IMF',
  'OPEC',
  'BREAKING',
  'UPDATE',
  'EXCLUSIVE',
  'ANALYSIS',
  'OPINION',
  'WATCH',
  'LIVE',
  'PHOTOS',
  'VIDEO',
]);

// Sentence openers that can stand before a dash and are not places.
const NOT_PLACE_WORDS = new Set([
  'meanwhile',
  'update',
  'breaking',
  'exclusive',
  'analysis',
  'opinion',
  'however',
  'today',
  'yesterday',
  'now',
  'also',
  'first',
  'finally',
  'editorial',
  'watch',
  'video',
  'live',
  'note',
  'correction',
]);

/** The date a dateline gives, when the whole of `text` is one day of a month. */
function datelineDate(text: string): DatelineMatch['date'] {
  for (const p of [chrono.casual, ...FOREIGN_LOCALES]) {
    const [r] = p.parse(text, new Date(Date.UTC(2000, 0, 1)));
    if (
      r &&
      r.start.isCertain('month') &&
      r.start.isCertain('day') &&
      r.index === 0 &&
      r.text.length >= text.trim().replace(/[.,]$/, '').length - 1
    ) {
      return {
        text: text.trim(),
        year: r.start.isCertain('year') ? r.start.get('year')! : null,
        month: r.start.get('month')!,
        day: r.start.get('day')!,
      };
    }
  }
  // Month names chrono has no locale for (`17. svibnja`), from the runtime's own locale data; a name two languages
  // give to two months dates nothing here.
  const f = readForeignDate(text, null, true);
  const whole = text.trim().replace(/[.,]$/, '');
  if (f && f.day && f.index === 0 && f.length >= whole.length - 1)
    return { text: text.trim(), year: f.year, month: f.month, day: f.day };
  return null;
}

/** A sender's name alone in a dated dateline's brackets: one to four capitalised words, no figures. */
function senderOnly(inner: string): { agencies: string[]; outlets: string[]; date: null } | null {
  const name = inner.trim();
  return /^\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}$/u.test(name)
    ? { agencies: [], outlets: [name], date: null }
    : null;
}

/** Reads the parts inside a dateline's brackets: agencies, outlets and a date. Null when nothing there is an agency or a date. */
function matchBracket(inner: string): { agencies: string[]; outlets: string[]; date: DatelineMatch['date'] } | null {
  const agencies: string[] = [];
  const outlets: string[] = [];
  let date: DatelineMatch['date'] = null;
  for (const raw of inner.split(/\s+[-–—]\s+|\s*\/\s*|\s*[;|]\s*/)) {
    const part = raw.trim();
    if (!part) continue;
    const agency = agencyNamed(part);
    if (agency) {
      if (!agencies.includes(agency)) agencies.push(agency);
      continue;
    }
    // A regional service after an agency (`dpa/lno`) adds nothing to the credit.
    if (agencies.length && /^[a-z]{2,4}$/.test(part)) continue;
    if (looksLikeAgencyCode(part)) {
      if (!agencies.includes(part)) agencies.push(part);
      continue;
    }
    const d = /\d/.test(part) ? datelineDate(part) : null;
    if (d) {
      date ??= d;
      continue;
    }
    // An outlet: a short capitalised name.
    if (/^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 6 && !/[.!?]$/.test(part)) {
      if (!outlets.includes(part)) outlets.push(part);
      continue;
    }
    return null;
  }
  return agencies.length || date ? { agencies, outlets, date } : null;
}

/** Reads a dateline at the start of a line; null when the line does not open with one. */
export function matchDateline(line: string): DatelineMatch | null {
  const lead = line.length - line.trimStart().length;
  const t = line.slice(lead);
  const cn = chineseWire(t, lead);
  if (cn) return cn;
  // The body opens with a capital, a figure or a quotation, or with any letter of a script without capitals (Arabic).
  const opensBody = (rest: string) => rest === '' || /^[\p{Lu}\p{Lo}\p{N}“"‘'(]/u.test(rest);
  const finish: Finish = (m, fields) => {
    const place = `${m[1]}${m[2] ?? ''}`.trim();
    if (NOT_PLACES.has(m[1]!.trim())) return null;
    if (!opensBody(t.slice(m[0].length))) return null;
    return { text: m[0].trim().replace(/\s*(?:-{1,2}|–|—|:)$/, ''), length: lead + m[0].length, place, ...fields };
  };
  for (const shape of SHAPES) {
    const found = shape(t, finish);
    if (found) return found;
  }
  return null;
}

/** A dateline from a shape's match and what it gives; null when the place is no place or no body follows. */
type Finish = (m: RegExpExecArray, fields: Omit<DatelineMatch, 'text' | 'length' | 'place'>) => DatelineMatch | null;

/** A Chinese wire's dateline (`新华社杭州6月18日电（记者 王明远）`). */
function chineseWire(t: string, lead: number): DatelineMatch | null {
  const cn = CHINESE_WIRE.exec(t);
  if (!cn) return null;
  const agency = cn[1] ? agencyNamed(cn[1]) : null;
  return {
    text: cn[0].trim(),
    length: lead + cn[0].length,
    place: cn[2]!,
    date: { text: `${cn[3]}月${cn[4]}日`, year: null, month: Number(cn[3]), day: Number(cn[4]) },
    agencies: agency ? [agency] : cn[1] ? [cn[1]] : [],
    outlets: [],
    ...(cn[5] ? { reporter: cn[5].trim() } : {}),
  };
}

/** The shapes of a dateline, in the order they are tried: each reads the line or returns null. */
const SHAPES: ReadonlyArray<(t: string, finish: Finish) => DatelineMatch | null> = [
  (t, finish) => {
    const b = WITH_BRACKETS.exec(t);
    if (!b) return null;
    // After a date, a short name alone in the brackets is the sender: `SANTIAGO, Jan 28 2026 (Austral Wire) -`.
    const bracket = matchBracket(b[4]!) ?? (b[3] && datelineDate(b[3]) ? senderOnly(b[4]!) : null);
    // A capitalised phrase before brackets ("The Council (UNSC) –") is a dateline only with a comma before the
    // brackets, a date, or an agency the list knows.
    const upper = new RegExp(`^${UPPER_PLACE}$`, 'u').test(b[1]!);
    const known = bracket?.agencies.some((a) => agencyNamed(a) === a);
    if (!bracket || !(upper || b[3] || bracket.date || known || /,\s*\($/.test(b[0].slice(0, b[0].indexOf('(') + 1))))
      return null;
    const own = (b[3] ? datelineDate(b[3]) : null) ?? (b[5] ? datelineDate(b[5]) : null);
    return finish(b, { date: own ?? bracket.date, agencies: bracket.agencies, outlets: bracket.outlets });
  },
  (t, finish) => {
    const sl = WITH_SLASHES.exec(t);
    const date = sl ? datelineDate(sl[3]!) : null;
    if (!sl || !date) return null;
    const agency = agencyNamed(sl[4]!.trim());
    return finish(sl, { date, agencies: agency ? [agency] : [], outlets: [] });
  },
  (t, finish) => {
    const nd = NUMERIC_DAY_MONTH.exec(t);
    const agency = nd ? agencyNamed(nd[5]!) : null;
    if (!nd || !agency || !(Number(nd[4]) >= 1 && Number(nd[4]) <= 12 && Number(nd[3]) >= 1 && Number(nd[3]) <= 31))
      return null;
    const date = { text: `${nd[3]} - ${nd[4]}`, year: null, month: Number(nd[4]), day: Number(nd[3]) };
    return finish(nd, { date, agencies: [agency], outlets: [] });
  },
  // The day and a month's name before the sender, slashed or bracketed: the sender is the agency, known or not.
  ...[UNCASED_SLASHED, UNCASED_DATED_BRACKETS].map((shape) => (t: string, finish: Finish) => {
    const us = shape.exec(t);
    const month = us ? monthInAnyLanguage(us[4]!) : undefined;
    const agency = us ? (agencyNamed(us[6]!) ?? us[6]!.trim()) : null;
    if (!us || !month || !agency) return null;
    const date = {
      text: `${us[3]} ${us[4]}${us[5] ? ` ${us[5]}` : ''}`,
      year: us[5] ? Number(us[5]) : null,
      month,
      day: Number(us[3]),
    };
    return finish(us, { date, agencies: [agency], outlets: [] });
  }),
  (t, finish) => {
    const nd = UNCASED_NUMERIC_DATE.exec(t);
    const agency = nd ? agencyNamed(nd[6]!) : null;
    const [day, month, year] = nd ? [Number(nd[3]), Number(nd[4]), Number(nd[5])] : [0, 0, 0];
    if (!nd || !agency || month < 1 || month > 12 || day < 1 || day > 31) return null;
    const date = { text: `${nd[3]}-${nd[4]}-${nd[5]}`, year, month, day };
    return finish(nd, { date, agencies: [agency], outlets: [] });
  },
  (t, finish) => {
    const af = UNCASED_AGENCY_FIRST.exec(t);
    const agency = af ? agencyNamed(af[0].split(/\s+/)[0]!) : null;
    return af && agency ? finish(af, { date: null, agencies: [agency], outlets: [] }) : null;
  },
  (t, finish) => {
    const ua = UNCASED_WITH_AGENCY.exec(t);
    const agency = ua ? agencyNamed(ua[3]!) : null;
    return ua && agency ? finish(ua, { date: null, agencies: [agency], outlets: [] }) : null;
  },
  (t, finish) => {
    const full = PLACE_AND_FULL_DATE.exec(t);
    const date = full ? datelineDate(full[3]!) : null;
    return full && date?.year ? finish(full, { date, agencies: [], outlets: [] }) : null;
  },
  (t, finish) => {
    const d = WITH_DATE.exec(t);
    const date = d ? datelineDate(d[3]!) : null;
    return d && date ? finish(d, { date, agencies: [], outlets: [] }) : null;
  },
  // A place and a dash alone, with nothing else to show it is a dateline, must open a paragraph of prose
  // ("Ege Haber — English Edition" is a masthead, not a dateline).
  (t, finish) => {
    const p = PLACE_ONLY.exec(t);
    return p && /[A-Z]{3}/.test(p[1]!) && isProse(t.slice(p[0].length))
      ? finish(p, { date: null, agencies: [], outlets: [] })
      : null;
  },
  (t, finish) => {
    const tp = TITLE_PLACE_ONLY.exec(t);
    return tp && !NOT_PLACE_WORDS.has(tp[1]!.toLowerCase()) && isProse(t.slice(tp[0].length))
      ? finish(tp, { date: null, agencies: [], outlets: [] })
      : null;
  },
];

/** Takes a wire dateline off the head of the lede: its place, date, agencies and outlets. */
export const datelineReader: PartReader<Zone> = (line, zone) => {
  const dateline = matchDateline(line.text);
  if (!dateline) return null;
  zone.found.dateline = { match: dateline, line: line.n };
  return {
    kind: 'dateline',
    text: line.text.slice(0, dateline.length).trim(),
    rest: line.text.slice(dateline.length).trim(),
  };
};
