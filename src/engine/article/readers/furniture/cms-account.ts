/** A publishing-system account on its own line (`Admin`, `Web Desk`): not a person, so never an author. */
import { countTokens } from '../../../text/words.ts';
import { endsLikeSentence } from '../../../text/sentences.ts';
import { isWholeLine, wordPattern } from '../../furniture-words/index.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

const CMS_ACCOUNTS =
  /^(?:by:?\s+)?(?:(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:news (?:center|centre|desk|service|team)|english desk|online desk|web desk)|admin|administrator|editor|editorial|editorial (?:team|desk|staff|board)|web ?desk|web editor|news ?desk|online desk|digital desk|desk|staff|staff (?:writer|reporter)|our (?:correspondent|reporter)|correspondent|webmaster|guest|anonymous|author|newsroom|news team|agencies|agency)$/iu;

// A newsroom word before the outlet's name (`Redacción El Heraldo Serrano`, `Redaktion Tagblatt`).
const NEWSROOM_OF = new RegExp(String.raw`^${wordPattern('newsroom')}\s+(\S)`, 'iu');

/** A CMS account name on its own line (`Admin`, `Web Desk`): not a person, so never an author. */
export function isCmsAccount(line: string): boolean {
  // A newsroom in any covered language (`La Rédaction`, `Redazione`, `Haber Merkezi`), after a byline word maybe.
  const name = line.trim().replace(/^(?:by|par|por|von|di|door)\s*:?\s+/iu, '');
  const of = NEWSROOM_OF.exec(name)?.[1];
  // The newsroom and its outlet's name make a short line; a sentence may open so too (`Redakce Deníku X oslovila …`).
  const newsroomOf = !!of && of !== of.toLowerCase() && countTokens(name) <= 6 && !endsLikeSentence(name);
  return CMS_ACCOUNTS.test(line.trim()) || isWholeLine('newsroom', name) || newsroomOf;
}

/** Takes an account name; the first is kept so the author's provenance can say why there is no writer. */
export const cmsAccountReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  if (!isCmsAccount(line.plain)) return null;
  found.cmsAccount ??= { text: line.plain, line: line.n };
  return 'cms-account';
};
