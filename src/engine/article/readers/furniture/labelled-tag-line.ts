/** A labelled tag list, wherever it stands (`Tags: Harbour, Ferries`, `Filed under: Transport`). */
import { countTokens } from '../../../text/words.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

const TAG_LABEL =
  /^(?:tags?|tagged(?: with)?|topics?|filed under|posted in|categories|category|keywords|mots-clés|schlagwörter|stichwörter|themen|etiquetas|temas|palavras-chave|assuntos|теги|الكلمات المفتاحية|كلمات مفتاحية|وسوم)\s*:?\s+/i;

/** The tags of a labelled tag list, each of four words at most; null when the line is no such list. */
export function matchLabelledTags(line: string): string[] | null {
  const label = TAG_LABEL.exec(line);
  if (!label) return null;
  const tags = line
    .slice(label[0].length)
    .split(/\s*[,;|·•،]\s*/)
    .filter(Boolean);
  return tags.length && tags.every((x) => countTokens(x) <= 4) ? tags : null;
}

/** Takes a labelled tag list and keeps its tags. */
export const labelledTagLineReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  const tags = matchLabelledTags(line.plain);
  if (!tags) return null;
  found.tags.push(...tags);
  return 'tag-line';
};
