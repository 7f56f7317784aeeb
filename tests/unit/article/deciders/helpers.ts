/** Bodies and findings for the deciders' tables. */
import { bodyBlocks, type Body } from '../../../../src/engine/article/body.ts';

export { findings } from '../readers/helpers.ts';

/** A body made of these paragraphs, on lines 10, 11, … */
export function body(...paragraphs: string[]): Body {
  return bodyBlocks(paragraphs.map((text, i) => ({ n: i + 10, text })));
}
