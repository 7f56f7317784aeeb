/** A `Published:` line just under the standfirst, read as if it stood in the header. */
import { matchPublishedLine } from '../header/published-line.ts';
import type { LineReader, ReadLine, Zone } from '../reader.ts';

/** Takes a `Published:` line with a readable date when nothing has dated the article yet. */
export const publishedStampReader: LineReader<ReadLine, Zone> = (line, { found }) => {
  if (found.publishedLine) return null;
  const published = matchPublishedLine(line.plain);
  if (!published?.stamp) return null;
  found.publishedLine = { line: line.n, stamp: published.stamp, phrase: published.phrase };
  return 'published-line';
};
