/** A "read also" heading (`READ ALSO:`, `Related:`, `Lire aussi`, `相关阅读`), which opens a list of links. */
import { countTokens } from '../../../text/words.ts';
import { wordPattern } from '../../furniture-words/index.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// The headings of every language's table, `More from <section>` and `More by <writer>` in every language.
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const RELATED_HEADING = new RegExp(
  String.raw`^(?:${wordPattern('related')}|${wordPattern('moreFrom')} [^.!?]{1,40}|${wordPattern('moreBy')}\s+(?:this author|${NAME}))(?![\p{L}])\s*(?:[:：»>|–—-]\s*|$)`,
  'iu',
);

/** A "read also" heading (`READ ALSO:`, `Related:`). `inline` is the headline on the same line, when there is one. */
export function matchRelatedHeading(line: string): { inline: string | null } | null {
  const t = line.trim();
  const m = RELATED_HEADING.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length).trim();
  // A sentence that merely opens with these words ("Read more about the plan in our guide, which …") is not a heading.
  if (rest && countTokens(rest) > 25) return null;
  return { inline: rest || null };
}

/** Takes a "read also" heading and opens its list, unless the heading carries its one link inline. */
export const relatedHeadingReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) => {
  const related = matchRelatedHeading(line.plain);
  if (!related) return null;
  // Before the body starts only a bulleted list goes with the heading: a headline may follow it.
  zone.list = !related.inline || /[:»>]$/.test(line.plain) ? (line.bodyStarted ? 'any' : 'bullets') : null;
  return 'related-links';
};
