/** A `Published:` line just under the standfirst, read as if it stood in the header. */
import { matchPublishedLine } from '../header/published-line.ts';
import { matchStampLine } from '../furniture/stamp-line.ts';
import type { LineReader, ReadLine, Zone } from '../reader.ts';

/** Takes a `Published:` line with a readable date when nothing has dated the article yet. */
export const publishedStampReader: LineReader<ReadLine, Zone> = (line, { found }) => {
  if (found.publishedLine) return null;
  const published = matchPublishedLine(line.plain);
  if (!published?.stamp) return null;
  found.publishedLine = { line: line.n, stamp: published.stamp, phrase: published.phrase };
  return 'published-line';
};

/** A line that is only a date under the standfirst (`15. November 2023 um 16:40 Uhr`): the page's stamp. */
export const standfirstStampReader: LineReader<ReadLine, Zone> = (line, { found }) => {
  const stamp = matchStampLine(line.plain);
  if (!stamp) return null;
  if (stamp.verb === 'date' && (!found.stamp || found.stamp.verb === 'updated'))
    found.stamp = { line: line.n, verb: 'date', stamp: stamp.stamp, phrase: stamp.phrase };
  else if (stamp.verb === 'updated' && !found.stamp)
    found.stamp = { line: line.n, verb: 'updated', stamp: stamp.stamp, phrase: stamp.phrase };
  return 'stamp';
};
