/** The author bio after the text: prose that opens with the writer's name and a verb (`Jane Doe is a reporter …`). */
import { wordPattern } from '../../furniture-words/index.ts';
import { isProse } from '../../line-shapes.ts';
import type { FooterLine, LineReader, Zone } from '../reader.ts';

// "is", "has", "writes" and "works" in the languages read (`Jane Doe is a reporter`, `Jens Roth ist seit 2009
// Lokalredakteur`, `Marie Dupont est journaliste`, `Ana Lima é repórter`).
const BIO_VERB =
  /^\s*(?:is|was|has|writes|covers|reports|joined|worked|serves|ist|war|schreibt|arbeitet|est|était|écrit|travaille|es|era|escribe|trabaja|é|foi|escreve|trabalha|è|scrive|lavora|werkt|schrijft)(?![\p{L}])/u;
// A newsroom role of any covered language's table, also at the end of a compound (`Lokalredakteur`, `Sportreporterin`).
const BIO_ROLE = new RegExp(String.raw`(?:producer|author|${wordPattern('roles')})(?![\p{L}])`, 'iu');
// A name and a bio verb opening the line: the bio of a writer the page has not named yet.
const NAME_THEN_VERB = /^(\p{Lu}[\p{L}'’-]+(?:\s(?:\p{Lu}[\p{L}'’-]+|de|da|do|dos|van|von|der|le|la)){1,4})\s+(?=\S)/u;

/** An author bio: prose that opens with the author's name and a verb (`Jane Doe is a reporter …`). */
export function isAuthorBio(line: string, author: string | null): boolean {
  if (!author) return false;
  const t = line.trim();
  return t.startsWith(author) && BIO_VERB.test(t.slice(author.length)) && isProse(t);
}

/**
 * Reads the name from a bio that opens `<Name> is a … journalist` (in any covered language) when there is no byline:
 * the name, a bio verb, and a newsroom role within the next few words.
 */
export function authorFromBio(line: string): string | null {
  const t = line.trim();
  const m = NAME_THEN_VERB.exec(t);
  if (!m || !BIO_VERB.test(t.slice(m[0].length - 1)) || !isProse(t)) return null;
  const near = t.slice(m[0].length).split(/\s+/).slice(0, 8).join(' ');
  return BIO_ROLE.test(near) ? m[1]! : null;
}

/** Takes the byline writer's bio; with no byline, a bio after the text names the writer. */
export const authorBioReader: LineReader<FooterLine, Zone> = (line, { found }) => {
  if (isAuthorBio(line.trimmed, found.author?.name ?? null)) return 'author-bio';
  if (found.author || found.bioAuthor) return null;
  const name = authorFromBio(line.trimmed);
  if (!name) return null;
  found.bioAuthor = { name, line: line.n };
  return 'author-bio';
};
