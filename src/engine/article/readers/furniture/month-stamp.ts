/** A stamp that gives only a month and a year (`März 2024`, `March 2024`), as monthly bulletins date their pages. */
import { monthInAnyLanguage } from '../../../time/foreign-names.ts';
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
  const m = /^(\p{L}+\.?)\s+(?:(?:de|of|del)\s+)?((?:19|20)\d\d)$/iu.exec(t);
  const month = m ? monthInAnyLanguage(m[1]!) : undefined;
  return m && month ? { year: Number(m[2]), month } : null;
}

/** Takes a month stamp above the first paragraph: the article was published some day of that month. */
export const monthStampReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  if (!line.top && line.bodyStarted) return null;
  const month = matchMonthStamp(line.plain);
  if (!month) return null;
  found.monthStamp ??= { line: line.n, phrase: line.plain, ...month };
  return 'stamp';
};
