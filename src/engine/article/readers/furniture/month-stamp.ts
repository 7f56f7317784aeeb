/** A stamp that gives only a month and a year (`März 2024`, `March 2024`), as monthly bulletins date their pages. */
import { monthInAnyLanguage } from '../../../time/foreign-names.ts';
import { SEASONS } from '../../../time/relative-words.ts';
import type { Season } from '../../../time/types.ts';
import { alternationOf, furnitureWords } from '../../furniture-words/index.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// An issue's words before or after its month and year (`March 2024 issue`, `Edição de junho de 2023`).
const ISSUE = alternationOf(furnitureWords('issue'));
const ISSUE_BEFORE = new RegExp(String.raw`^${ISSUE}\s*:?\s+`, 'iu');
const ISSUE_AFTER = new RegExp(String.raw`\s+${ISSUE}$`, 'iu');

/** The month and year of a line that holds nothing else (`März 2024`, `marzo de 2024`, `March 2024 issue`); null otherwise. */
export function matchMonthStamp(line: string): { year: number; month: number } | null {
  // `FROM THE MAY 2023 ISSUE`: a magazine's note of the issue the text appeared in.
  const t = line
    .trim()
    .replace(/^from the\s+/i, '')
    .replace(ISSUE_BEFORE, '')
    .replace(ISSUE_AFTER, '');
  // The month may be elided into its preposition (`Édition d'octobre 2023`).
  const m = /^(?:d['’])?(\p{L}+\.?)\s+(?:(?:de|of|del)\s+)?((?:19|20)\d\d)$/iu.exec(t);
  const month = m ? monthInAnyLanguage(m[1]!) : undefined;
  return m && month ? { year: Number(m[2]), month } : null;
}

// An issue's number (`n° 58`, `n. 3`, `Nr. 12`, `No. 45`, `№ 7`, `Heft 4`) and, after a dash, its month or months
// and year (`avril-mai-juin 2024`, `marzo 2024`), the whole line at most ISSUE_TOKENS words.
const ISSUE_NUMBER = /(?:^|[\s(])(?:n[°º]|n\.|nr\.?|no\.|№|núm\.|num\.|heft|ausgabe)\s*\d{1,4}\b/iu;
const ISSUE_MONTHS = /[–—-]\s*(\p{L}+\.?(?:\s*[-/–]\s*\p{L}+\.?){0,3})\s+((?:19|20)\d\d)\s*$/u;
const ISSUE_TOKENS = 14;
// The months of a season's issue; winter's run into the next year, so a winter issue is left undated.
const SEASON_MONTHS: Partial<Record<Season, readonly [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
};
const ENGLISH_SEASONS: Readonly<Record<string, Season>> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
};

/** The months and year of an issue line (`L'Écho des Prés n° 58 – avril-mai-juin 2024`); null otherwise. */
export function matchIssueLine(line: string): { year: number; month: number; toMonth: number } | null {
  const t = line.trim();
  if (t.split(/\s+/).length > ISSUE_TOKENS || !ISSUE_NUMBER.test(t)) return null;
  const m = ISSUE_MONTHS.exec(t);
  if (!m) return null;
  // A season's issue (`Anno XII – n. 3 – Autunno 2023`): its three months, where they fall in one year.
  const season = SEASONS.find(([re]) => re.test(m[1]!))?.[1] ?? ENGLISH_SEASONS[m[1]!.toLowerCase()];
  if (season && SEASON_MONTHS[season]) {
    const [month, toMonth] = SEASON_MONTHS[season]!;
    return { year: Number(m[2]), month, toMonth };
  }
  const months = m[1]!.split(/\s*[-/–]\s*/).map((w) => monthInAnyLanguage(w));
  if (months.some((x) => x === undefined)) return null;
  const [first, last] = [months[0]!, months.at(-1)!];
  return last >= first ? { year: Number(m[2]), month: first, toMonth: last } : null;
}

/** Takes a month stamp or an issue line above the first paragraph: the article was published some day of its months. */
export const monthStampReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  if (!line.top && line.bodyStarted) return null;
  const month = matchMonthStamp(line.plain) ?? matchIssueLine(line.plain);
  if (!month) return null;
  found.monthStamp ??= { line: line.n, phrase: line.plain, ...month };
  return 'stamp';
};
