/** The headline repeated inside the body, as pages print it above the article and again over the text. */
import type { SourceLine } from '../../../read/lines.ts';
import { normalize } from '../../line-shapes.ts';
import type { LineReader, Zone } from '../reader.ts';

/** Takes a body line that is the headline again, give or take white space and case. */
export const bodyRepeatedHeadlineReader: LineReader<SourceLine, Zone> = (line, { found }) => {
  const headline = found.headline;
  if (!headline || Math.abs(line.text.length - headline.text.length) > 8) return null;
  return normalize(line.text) === normalize(headline.text) ? 'repeated-headline' : null;
};
