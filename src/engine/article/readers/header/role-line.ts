/** The writer's role on its own line under the byline (`Sports Reporter`, `Corresponsal en Lima`). */
import { countTokens } from '../../../text/words.ts';
import { wordPattern } from '../../furniture-words/index.ts';
import type { HeaderZone, LineReader, ReadLine } from '../reader.ts';

// A role word of any covered language, whole, somewhere in the line.
const ROLE = new RegExp(String.raw`(?:^|\s)${wordPattern('roles')}(?![\p{L}])`, 'iu');

/** True for a short line that names a newsroom role (`Senior Correspondent`, `Journaliste`). */
export function isRoleLine(line: string): boolean {
  const t = line.trim();
  return countTokens(t) <= 5 && !/[.!?]$/.test(t) && /^[\p{Lu}\p{Lo}]/u.test(t) && ROLE.test(t);
}

/** Takes a role line right under the byline. */
export const roleLineReader: LineReader<ReadLine, HeaderZone> = (line, { found, lines }) => {
  const above = lines[lines.indexOf(line) - 1];
  return found.author && above && found.author.line === above.n && isRoleLine(line.plain) ? 'byline' : null;
};
