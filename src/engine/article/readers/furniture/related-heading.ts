/** A "read also" heading (`READ ALSO:`, `Related:`, `Lire aussi`, `相关阅读`), which opens a list of links. */
import { countTokens } from '../../../text/words.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

const RELATED_HEADING =
  /^(?:(?:read|see) also|also read|lire aussi|à lire aussi|voir aussi|lea también|lee también|leer también|leia também|leggi anche|mehr zum thema|auch interessant|das könnte sie auch interessieren|читайте также|اقرأ أيضا|اقرأ أيضاً|相关阅读|相關閱讀|関連記事|also see|read more|related(?: (?:articles?|news|stories|posts|content|coverage|topics|reading))?|more (?:from|on|in|about) [^.!?]{1,40}|more stories|more news|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|most (?:read|popular|viewed)|popular(?: now| stories)?|top stories|latest (?:news|stories)|further reading|don'?t miss|editor'?s picks?|what to read next|in other news)(?![\p{L}])\s*(?:[:：»>|–—-]\s*|$)/iu;

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
