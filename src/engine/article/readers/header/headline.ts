/** The headline: the first header line no earlier reader took, unless it is as short as a kicker. */
import type { LineReader, ReadLine, Zone } from '../reader.ts';
import { isKicker } from './kicker.ts';

/** Takes the first header line left that is not kicker-shaped as the headline. */
export const headlineReader: LineReader<ReadLine, Zone> = (line, { found }) => {
  if (found.headline || isKicker(line.plain)) return null;
  found.headline = { n: line.n, text: line.text };
  return 'headline';
};
