/** The author: the front matter's, else the byline's (or the dateline's reporter), else a sign-off's, else a bio's. */
import type { FrontMatter } from '../../schema/article.ts';
import type { Findings } from '../findings.ts';
import { FROM_FRONT_MATTER, provenance, type Decision } from './decision.ts';
import { AGENCIES } from '../agencies.ts';
import { furnitureWords } from '../furniture-words/index.ts';
import { escapeRegExp } from '../../text/regexp.ts';

// A byline word left at the start of a name ("Von Katrin Obermaier"), in any covered language.
const BYLINE_WORD = new RegExp(`^(?:${furnitureWords('byline').map(escapeRegExp).join('|')})(?:\\s*:?\\s+|$)`, 'iu');

const NEWSROOM = new RegExp(`^(?:${furnitureWords('newsroom').map(escapeRegExp).join('|')})$`, 'iu');
// Arabic names of an institution's office: department, section, bureau, directorate, unit.
const OFFICE = /^(?:دائرة|قسم|مكتب|إدارة|مديرية|وحدة)\s/u;

/**
 * The writer's name as a reader reads it, or null when nothing of a person is left: a byline word before it is
 * dropped; a wire service after it ("JANE MORROW Associated Press") is a credit, not part of the name, and a
 * line that is only a wire service ("Agencia EFE") names no writer; a name set in capitals is written as a name.
 */
export function writerName(name: string): string | null {
  let n = name.trim().replace(BYLINE_WORD, '');
  for (const a of AGENCIES)
    n = n.replace(new RegExp(`(?:[Aa]gencia|[Aa]gence|[Aa]genzia|[Aa]gentur)?\\s*(?:${a.pattern.source})`, 'gu'), ' ');
  n = n
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:|/·—–-]+|[\s,;:|/·—–-]+$/g, '')
    .trim();
  // A title before the name is not part of it ("Dr Helen Achterberg", "Prof. Ana Ruiz").
  n = n.replace(/^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mme|Sr|Sra|Herr|Frau)\.?\s+(?=\p{Lu})/u, '');
  // A newsroom ("Redactie", "La rédaction") or an office ("دائرة العلاقات العامة", the public relations department) is
  // no writer.
  if (NEWSROOM.test(n) || OFFICE.test(n)) return null;
  // Initials sign an article too ("— M.D.").
  if (!/\p{L}{2}/u.test(n) && !/^(?:\p{Lu}\.\s?){1,4}$/u.test(n)) return null;
  if (n === n.toUpperCase() && /\p{Lu}{2}/u.test(n))
    n = n.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return n;
}

/** Settles the writer; an account name standing where a writer's would is said to be none. */
export function decideAuthor(found: Findings, frontMatter: FrontMatter): Decision<string | null> {
  if (frontMatter.author) return { value: frontMatter.author, provenance: provenance('stated', FROM_FRONT_MATTER) };
  const { dateline, nameStamp, signOff, bioAuthor, cmsAccount } = found;
  const author =
    found.author ??
    (dateline?.match.reporter ? { name: dateline.match.reporter, line: dateline.line, how: 'byline' as const } : null);
  if (author) {
    const reason =
      author.how === 'byline'
        ? `The byline on line ${author.line}.`
        : `The line “${nameStamp!.text}” (line ${author.line}) names the writer and the time of publication.`;
    const name = writerName(author.name);
    if (name) return { value: name, provenance: provenance('stated', reason, author.line) };
  }
  if (signOff && writerName(signOff.name))
    return {
      value: writerName(signOff.name),
      provenance: provenance('stated', `The sign-off on line ${signOff.line} names the reporter.`, signOff.line),
    };
  if (bioAuthor)
    return {
      value: bioAuthor.name,
      provenance: provenance(
        'inferred',
        `There is no byline; the author bio on line ${bioAuthor.line} introduces ${bioAuthor.name} as the writer.`,
        bioAuthor.line,
      ),
    };
  const cmsNote = cmsAccount
    ? ` The account name “${cmsAccount.text}” on line ${cmsAccount.line} is a publishing-system user, not a writer.`
    : '';
  return { value: null, provenance: provenance('unknown', `There is no byline, sign-off or author bio.${cmsNote}`) };
}
