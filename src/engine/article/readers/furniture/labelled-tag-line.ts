/** A labelled tag list, wherever it stands (`Tags: Harbour, Ferries`, `Filed under: Transport`). */
import { countTokens } from '../../../text/words.ts';
import { wordPattern } from '../../furniture-words/index.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// The label of a tag list in any covered language (`Tags:`, `Mots-clés :`, `Etiketler:`), from the word tables.
const TAG_LABEL = new RegExp(String.raw`^${wordPattern('tagLabel')}\s*:?\s+`, 'iu');

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
