/**
 * The credits: the agencies the text credits with the reporting. The front matter's replace them; otherwise the
 * dateline's agencies come first, then what the readers credited, then agencies the prose cites as reporting.
 */
import type { Credit, FrontMatter } from '../../schema/article.ts';
import { AGENCIES } from '../agencies.ts';
import type { Body } from '../body.ts';
import { addCredit, type Findings } from '../findings.ts';
import { FROM_FRONT_MATTER, provenance, type Decision } from './decision.ts';

const REPORTING =
  /\b(?:told|tells|correspondents?|reporters?|journalists?|photographers?|according to|reported|reports|quoted|witness(?:ed)?|saw|said to|cited by|via)\b|\((?:[^)]*)\)/i;

/** Wire agencies a sentence credits with the reporting: named next to a reporting word (`told AFP`, `AFP correspondents`) or as a dateline `(Reuters)`. */
export function findCredits(sentence: string): string[] {
  const out: string[] = [];
  for (const { name, prose } of AGENCIES) {
    const m = prose?.exec(sentence);
    if (!m) continue;
    const around = sentence.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
    const dateline = new RegExp(`\\(\\s*${m[0]}\\s*\\)|^\\s*${m[0]}\\s*[-–—]`).test(sentence);
    if (dateline || REPORTING.test(around.replace(/\([^)]*\)/g, ''))) out.push(name);
  }
  return out;
}

/** Settles the credits, each with the words that give it. */
export function decideCredits(found: Findings, frontMatter: FrontMatter, body: Body): Decision<Credit[]> {
  if (frontMatter.credits)
    return {
      value: frontMatter.credits.map((name) => ({ name, quote: FROM_FRONT_MATTER, anchor: '' })),
      provenance: provenance('stated', FROM_FRONT_MATTER),
    };
  // A source line naming the outlet that publishes the page (`Source: The Straits Mirror` under its own masthead or
  // copyright) credits no one else.
  const own = new Set([found.masthead?.name, found.copyright?.holder].filter(Boolean).map((n) => n!.toLowerCase()));
  const credits = found.credits.filter((c) => !own.has(c.name.toLowerCase()));
  const dateline = found.dateline;
  if (dateline)
    for (const name of dateline.match.agencies)
      addCredit(credits, name, `The dateline “${dateline.match.text}” on line ${dateline.line}.`, 0);
  for (const { block, sentences } of body.paragraphs)
    for (const s of sentences)
      for (const name of findCredits(s.text))
        if (!credits.some((c) => c.name === name)) credits.push({ name, quote: s.text, anchor: block.anchor });
  return {
    value: credits,
    provenance: credits.length
      ? provenance(
          'stated',
          `The text credits ${credits.map((c) => c.name).join(' and ')} with the reporting: “${credits[0]!.quote}”`,
        )
      : provenance('unknown', 'The text credits no news agency with the reporting.'),
  };
}
