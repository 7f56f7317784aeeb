/** The title: the front matter's, else the headline, else the lede's first sentence shortened at a clause. */
import type { Article, FrontMatter } from '../../schema/article.ts';
import { shortenAtClause } from '../../text/clauses.ts';
import type { Body } from '../body.ts';
import type { Findings } from '../findings.ts';
import { plainLine } from '../line-shapes.ts';
import { FROM_FRONT_MATTER, provenance, type Decision } from './decision.ts';
import { alternationOf, furnitureWords } from '../furniture-words/index.ts';

// A breadcrumb from the home page before the headline on its line (`Home / Educação / Xadrez entra na grade …`).
const BREADCRUMB = new RegExp(
  String.raw`^${alternationOf(furnitureWords('home'))}\s*[/›»>]\s*(?:[^/›»>]{1,30}?\s*[/›»>]\s*){0,3}`,
  'iu',
);

/** A headline without the breadcrumb glued before it, where four words or more are left. */
function withoutBreadcrumb(line: string): string {
  const m = BREADCRUMB.exec(line);
  return m && line.slice(m[0].length).trim().split(/\s+/).length >= 4 ? line.slice(m[0].length).trim() : line;
}

/** The longest title taken from a lede, in characters. */
const MAX_DERIVED_TITLE = 140;

/** Settles the title and whether the text states it or it was derived from the lede. */
export function decideTitle(
  found: Findings,
  frontMatter: FrontMatter,
  body: Body,
): Decision<string> & { titleBasis: Article['titleBasis'] } {
  if (frontMatter.title)
    return { value: frontMatter.title, titleBasis: 'stated', provenance: provenance('stated', FROM_FRONT_MATTER) };
  const headline = found.headline;
  if (headline)
    return {
      value: withoutBreadcrumb(plainLine(headline.text)),
      titleBasis: 'stated',
      provenance: provenance('stated', `The headline on line ${headline.n}.`, headline.n),
    };
  const first = body.paragraphs[0]!;
  const lede = first.sentences[0]?.text ?? first.block.text;
  const title = shortenAtClause(lede, MAX_DERIVED_TITLE);
  const reason =
    title.length + 1 >= lede.length
      ? 'The text has no headline; this is the first sentence of the lede.'
      : 'The text has no headline; this is the first sentence of the lede, shortened at a clause boundary to at most 140 characters.';
  return { value: title, titleBasis: 'derived', provenance: provenance('inferred', reason, first.block.line) };
}
