/** English seasons used as dates ("in the summer of 2023", "last winter"), which chrono-node does not read. */
import { overlapsAny, withLead } from './spans.ts';
import type { Season, TemporalExpression } from './types.ts';

const SEASON =
  /\b(?:(last|this|next|past)\s+)?(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(1[89]\d\d|20\d\d))?\b/gi;
// Words before a season that make it a date ("in the summer", "during winter").
const SEASON_CONTEXT = /(?:\b(?:in|during|over|by|since|through|throughout|until|this|last|next|past|the)\s+)$/i;
// Words that may follow a season used as a date ("in the summer of 2023", "last autumn when …").
const SEASON_FOLLOWERS = new Set(
  (
    'of when and or to as after before but the a an that which while until is was will has had in on at for with by ' +
    'from so they it he she we there'
  ).split(' '),
);

/** Finds the seasons used as dates in a sentence, leaving out any that overlap an expression in `found`. */
export function findSeasons(sentence: string, found: readonly TemporalExpression[]): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  for (const m of sentence.matchAll(SEASON)) {
    const [whole, rel, name, year] = m;
    if (!rel && !year && !SEASON_CONTEXT.test(sentence.slice(0, m.index))) continue;
    // "the autumn floods", "the summer holidays": the season names the thing, not its date.
    const next = /^\s+([a-z]+)/.exec(sentence.slice(m.index + whole.length))?.[1];
    if (!year && next && !SEASON_FOLLOWERS.has(next)) continue;
    if (overlapsAny(found, m.index, whole.length) || overlapsAny(out, m.index, whole.length)) continue;
    const season = (name!.toLowerCase() === 'fall' ? 'autumn' : name!.toLowerCase()) as Season;
    const offset = rel ? (rel.toLowerCase() === 'next' ? 1 : rel.toLowerCase() === 'this' ? 0 : -1) : undefined;
    out.push({
      kind: 'season',
      season,
      ...withLead(sentence, m.index, whole),
      ...(year ? { year: Number(year) } : {}),
      ...(offset !== undefined ? { offset } : {}),
    });
  }
  return out;
}
