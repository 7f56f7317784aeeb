/** A publishing-system account on its own line (`Admin`, `Web Desk`): not a person, so never an author. */
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

const CMS_ACCOUNTS =
  /^(?:by:?\s+)?(?:(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:news (?:center|centre|desk|service|team)|english desk|online desk|web desk)|admin|administrator|editor|editorial|editorial (?:team|desk|staff|board)|web ?desk|web editor|news ?desk|online desk|digital desk|desk|staff|staff (?:writer|reporter)|our (?:correspondent|reporter)|correspondent|webmaster|guest|anonymous|author|newsroom|news team|agencies|agency)$/iu;

/** A CMS account name on its own line (`Admin`, `Web Desk`): not a person, so never an author. */
export function isCmsAccount(line: string): boolean {
  return CMS_ACCOUNTS.test(line.trim());
}

/** Takes an account name; the first is kept so the author's provenance can say why there is no writer. */
export const cmsAccountReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  if (!isCmsAccount(line.plain)) return null;
  found.cmsAccount ??= { text: line.plain, line: line.n };
  return 'cms-account';
};
