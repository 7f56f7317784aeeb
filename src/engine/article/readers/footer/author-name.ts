/** The writer's name again on its own line after the text, above the author bio. */
import { normalize } from '../../line-shapes.ts';
import type { FooterLine, LineReader, Zone } from '../reader.ts';

/** Takes a line that is only the writer's name: the byline's, or else the one an author bio below introduced. */
export const authorNameReader: LineReader<FooterLine, Zone> = (line, { found }) => {
  // A bio names a writer only when there is no byline, so at most one of the two is set.
  const name = found.author?.name ?? found.bioAuthor?.name;
  return name && normalize(line.trimmed) === normalize(name) ? 'author-name' : null;
};
