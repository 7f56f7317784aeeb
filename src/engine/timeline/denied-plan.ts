/**
 * A plan or limit named in an apposition whose main clause says it was not done: "That work, planned for the summer
 * of 2022, was never carried out"; "Esas obras, previstas para el verano de 2022, nunca se llevaron a cabo"; "The
 * shoring, due by 31 October, was not finished either". The date was a plan's; the sentence tells that nothing
 * happened then.
 */
import type { StatementPatterns } from './statement-words.ts';

// A participle of planning opening the apposition, a few words before the date.
const PLAN_PARTICIPLE =
  /^\s*(?:(?:originally|initially|first|initialement|inicialmente|ursprünglich|inizialmente|iniţial|inițial)\s+)?(?:planned|scheduled|due|slated|set|expected|intended|earmarked|previst[oa]s?|programad[oa]s?|planead[oa]s?|planejad[oa]s?|prévue?s?|programmée?s?|planifiée?s?|geplant|vorgesehen|prevăzut[ăe]?|programat[ăe]?|planificat[ăe]?|pianificat[oaie]|programmat[oaie])(?!\p{L})(?:\s+\p{L}+){0,4}\s*$/iu;
// An English denial near the start of the main clause.
const DENIED = /(?<!\p{L})(?:never|not|n['’]t|no longer|yet to)(?!\p{L})/iu;

/** Whether the date stands in a plan's apposition and the main clause after it denies the act. */
export function planDeniedAfter(before: string, after: string, words: StatementPatterns | null): boolean {
  const comma = before.lastIndexOf(',');
  if (comma < 0 || !PLAN_PARTICIPLE.test(before.slice(comma + 1))) return false;
  // The apposition closes with a comma after the date, in a few words; the main clause follows.
  const close = after.indexOf(',');
  if (close < 0 || after.slice(0, close).trim().split(/\s+/).length > 5) return false;
  const main = after
    .slice(close + 1)
    .trim()
    .split(/\s+/)
    .slice(0, 6)
    .join(' ');
  return DENIED.test(main) || Boolean(words?.negated.test(main));
}
