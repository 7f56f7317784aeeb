/** The author bio after the text: prose that opens with the writer's name and a verb (`Jane Doe is a reporter …`). */
import { isProse } from '../../line-shapes.ts';
import type { FooterLine, LineReader, Zone } from '../reader.ts';

const BIO_VERB = /^\s*(?:is|was|has|writes|covers|reports|joined|worked|serves)\b/;
const BIO_ROLE = /\b(?:journalist|reporter|correspondent|writer|editor|columnist|contributor|producer|author)\b/i;

/** An author bio: prose that opens with the author's name and a verb (`Jane Doe is a reporter …`). */
export function isAuthorBio(line: string, author: string | null): boolean {
  if (!author) return false;
  const t = line.trim();
  return t.startsWith(author) && BIO_VERB.test(t.slice(author.length)) && isProse(t);
}

/** Reads the name from a bio that opens `<Name> is a … journalist` when there is no byline. */
export function authorFromBio(line: string): string | null {
  const m = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3})\s+is\s+an?\s+/u.exec(line.trim());
  if (!m || !BIO_ROLE.test(line.slice(0, 160)) || !isProse(line)) return null;
  return m[1]!;
}

/** Takes the byline writer's bio; with no byline, a bio on the very last line names the writer. */
export const authorBioReader: LineReader<FooterLine, Zone> = (line, { found }) => {
  if (isAuthorBio(line.trimmed, found.author?.name ?? null)) return 'author-bio';
  if (found.author || found.bioAuthor || !line.last) return null;
  const name = authorFromBio(line.trimmed);
  if (!name) return null;
  found.bioAuthor = { name, line: line.n };
  return 'author-bio';
};
