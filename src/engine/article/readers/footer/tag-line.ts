/** A tag line after the text: up to six capitalised single words (`Politics Security`, `Tags: Economy | Security`). */
import { isProse } from '../../line-shapes.ts';
import { STOPWORDS } from '../../../text/words.ts';
import type { FooterLine, LineReader, Zone } from '../reader.ts';

/** A tag line: up to six capitalised single words with no function words or punctuation (`Politics Security`). Returns the tags. */
export function matchTagLine(line: string): string[] | null {
  const t = line.trim().replace(/^tags?:\s*/i, '');
  if (!t || t.length > 80 || /[.!?,;:“”"]/.test(t)) return null;
  const ws = t.split(/\s*[|·•]\s*|\s+/).filter(Boolean);
  if (ws.length < 1 || ws.length > 6) return null;
  if (!ws.every((w) => /^#?\p{Lu}[\p{L}\d-]*$/u.test(w) && !STOPWORDS.has(w.toLowerCase()))) return null;
  return ws.map((w) => w.replace(/^#/, ''));
}

/** Takes a tag line; tag lines read upwards are put back in the order they stand. */
export const tagLineReader: LineReader<FooterLine, Zone> = (line, { found }) => {
  if (isProse(line.trimmed)) return null;
  const tags = matchTagLine(line.trimmed);
  if (!tags) return null;
  found.tags.unshift(...tags);
  return 'tag-line';
};
