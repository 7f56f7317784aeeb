/** The headline again, in the header (pages often print it twice). */
import { normalize, plainLine } from '../../line-shapes.ts';
import type { LineReader, ReadLine, Zone } from '../reader.ts';

/** Takes a header line that repeats the headline. */
export const repeatedHeadlineReader: LineReader<ReadLine, Zone> = (line, { found }) =>
  found.headline && normalize(line.plain) === normalize(plainLine(found.headline.text)) ? 'repeated-headline' : null;
