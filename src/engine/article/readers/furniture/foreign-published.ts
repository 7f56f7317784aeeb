/** A publication or update stamp in another language (`Publié le 18 février 2020`, `Mis à jour le …`). */
import { readStamp, type Stamp } from '../../../time/stamps.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

/** A publication stamp in another language (`Publié le 18 février 2020`, `Опубликовано 15 апреля 2021`). */
export function matchForeignPublished(
  line: string,
): { verb: 'published' | 'updated'; stamp: Stamp; phrase: string } | null {
  const m =
    /^(publié(?:e)?(?: le)?|mis à jour(?: le)?|publicado(?: el| em| a)?|actualizado(?: el)?|atualizado(?: em)?|veröffentlicht(?: am)?|aktualisiert(?: am)?|pubblicato(?: il)?|aggiornato(?: il)?|gepubliceerd(?: op)?|bijgewerkt(?: op)?|опубликовано|обновлено|نُشر(?: في)?|نشر(?: في)?|تاريخ النشر|آخر تحديث)\s*:?\s+(.{6,80})$/iu.exec(
      line.trim(),
    );
  if (!m) return null;
  const stamp = readStamp(m[2]!, true);
  if (!stamp) return null;
  return {
    verb: /mis à jour|actualizado|atualizado|aktualisiert|aggiornato|bijgewerkt|обновлено|تحديث/i.test(m[1]!)
      ? 'updated'
      : 'published',
    stamp,
    phrase: m[2]!.trim(),
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
