/** A publication or update stamp in another language (`Publié le 18 février 2020`, `Mis à jour le …`). */
import { EN } from '../../furniture-words/en.ts';
import { readStamp, type Stamp } from '../../../time/stamps.ts';
import { alternationOf, furnitureWords, wordPattern } from '../../furniture-words/index.ts';
import { isProse } from '../../line-shapes.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// The labels of every language. English `Published:` and `Updated:` lines have readers of their own in the header;
// here they are taken only with a colon and a second field (`PUBLISHED: … | UPDATED: …`), which reads like prose
// to the lede's finder.
const LABEL = new RegExp(
  String.raw`^(${alternationOf([...furnitureWords('published'), ...furnitureWords('updated')])})(?![\p{L}])\s*(:?)\s+(.{6,100})$`,
  'iu',
);
const english = new Set([...EN.published, ...EN.updated]);
const UPDATED_LABEL = new RegExp(`^${wordPattern('updated')}`, 'iu');

/** A publication stamp in another language (`Publié le 18 février 2020`, `Опубликовано 15 апреля 2021`). */
export function matchForeignPublished(
  line: string,
): { verb: 'published' | 'updated'; stamp: Stamp; phrase: string } | null {
  const m = LABEL.exec(line.trim());
  // A sentence may open with the label's word (`Objavljeno je 12. ožujka 2025. na stranicama ministarstva.`).
  if (!m || isProse(line)) return null;
  if (english.has(m[1]!.toLowerCase()) && !(m[2] && /\s[|·•]\s/.test(m[3]!))) return null;
  const stamp = readStamp(m[3]!, true);
  if (!stamp) return null;
  return {
    verb: UPDATED_LABEL.test(m[1]!) ? 'updated' : 'published',
    stamp,
    phrase: m[3]!.trim(),
  };
}

/** Takes the stamp: the first publication stamp is the publication line, an update stamp a stamp. */
export const foreignPublishedReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  const foreign = matchForeignPublished(line.plain);
  if (!foreign) return null;
  const { verb, stamp, phrase } = foreign;
  if (verb === 'published') found.publishedLine ??= { line: line.n, stamp, phrase };
  else found.stamp ??= { line: line.n, verb: 'updated', stamp, phrase };
  return verb === 'published' ? 'published-line' : 'stamp';
};
