/** A tag closing the last paragraph (`… on Monday. (dpa/NAN)`): a credit, not body text. */
import { addCredit } from '../../findings.ts';
import { endsLikeSentence } from '../../../text/sentences.ts';
import type { PartReader, Zone } from '../reader.ts';
import { matchAgencyTag } from './agency-tag.ts';

/** Takes an agency tag off the end of the last paragraph when a full sentence stands before it. */
export const closingAgencyTagReader: PartReader<Zone> = (line, { found }) => {
  const text = line.text.trimEnd();
  const tag = matchAgencyTag(text);
  if (!tag || tag.index <= 0 || !endsLikeSentence(line.text.slice(0, tag.index))) return null;
  const tagText = text.slice(tag.index).trim();
  for (const name of tag.names) addCredit(found.credits, name, `The agency tag “${tagText}” closing line ${line.n}.`);
  return { kind: 'agency-tag', text: tagText, rest: text.slice(0, tag.index) };
};
