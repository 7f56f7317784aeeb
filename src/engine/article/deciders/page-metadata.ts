/**
 * What a saved page's metadata says, set beside what its text says. The metadata states a field outright, so it is
 * used where the front matter is silent; where the text states something else, a warning shows both. The
 * publication date comes from the metadata only when it is a publication date: a modification date never is.
 */
import type { StatedValue } from '../../read/html/metadata.ts';
import type { SeedPage } from '../../read/seed.ts';
import type { FrontMatter, Published, Warning } from '../../schema/article.ts';
import { FROM_FRONT_MATTER, provenance, type Decision } from './decision.ts';
import { publishedOn } from './publication.ts';

const comparable = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** True when two statements of a field name the same thing (case, punctuation, or one holding the other). */
export function sameValue(a: string, b: string): boolean {
  const [x, y] = [comparable(a), comparable(b)];
  return x === y || (x.length > 3 && y.length > 3 && (x.includes(y) || y.includes(x)));
}

/** The metadata's value for a field unless the front matter set it; a text that states otherwise is warned about. */
export function withPageValue(
  fromText: Decision<string | null>,
  stated: StatedValue<string> | undefined,
  field: string,
  setInFrontMatter: boolean,
): { decision: Decision<string | null>; warnings: Warning[] } {
  if (setInFrontMatter || !stated) return { decision: fromText, warnings: [] };
  const decision = { value: stated.value, provenance: provenance('stated', stated.reason) };
  // A language read from the text disagrees only in the language itself (`en` and `en-GB` agree).
  const disagrees =
    fromText.value !== null &&
    (field === 'language'
      ? fromText.value.split('-')[0] !== stated.value.split('-')[0]
      : fromText.provenance.basis === 'stated' && !sameValue(fromText.value, stated.value));
  const warnings: Warning[] = disagrees
    ? [
        {
          line: fromText.provenance.line,
          message: `The page’s metadata gives the ${field} as “${stated.value}”, but the text gives “${fromText.value}” (${fromText.provenance.reason.replace(/\.$/, '')}); the metadata’s was used.`,
        },
      ]
    : [];
  return { decision, warnings };
}

/** The publication date: the metadata's publication date where the front matter gives none; never its modification date. */
export function withPagePublication(
  fromText: { value: Published; warnings: Warning[] },
  page: SeedPage | undefined,
  frontMatter: FrontMatter,
): { value: Published; warnings: Warning[] } {
  if (!page || frontMatter.date) return fromText;
  const text = fromText.value;
  const stated = page.published;
  if (!stated) {
    const modified = page.modified;
    if (!modified || text.basis !== 'unknown') return fromText;
    const note = ` The page gives only when it was last modified (${modified.value.text}), which is not when it was published.`;
    return { ...fromText, value: { ...text, reason: text.reason + note } };
  }
  const { date, time, timezone } = stated.value;
  const warnings = [...fromText.warnings];
  if (text.basis === 'stated' && text.date && text.date !== date)
    warnings.push({
      line: text.line,
      message: `The page’s metadata gives the publication date as ${date}, but the text gives ${text.date} (${text.reason.replace(/\.$/, '')}); the metadata’s was used.`,
    });
  return { value: publishedOn(date, 'stated', stated.reason, null, { time, timezone }), warnings };
}

/** The article's address: the front matter's, else the page's; never guessed. */
export function decideUrl(page: SeedPage | undefined, frontMatter: FrontMatter): Decision<string | null> {
  if (frontMatter.url) return { value: frontMatter.url, provenance: provenance('stated', FROM_FRONT_MATTER) };
  if (page?.url) return { value: page.url.value, provenance: provenance('stated', page.url.reason) };
  return {
    value: null,
    provenance: provenance(
      'unknown',
      page
        ? 'The page gives no canonical link or address, and none was recorded when it was saved; none is guessed.'
        : 'The seed gives no address (a `url:` in its front matter would); none is guessed.',
    ),
  };
}
