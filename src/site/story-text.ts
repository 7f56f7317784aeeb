/** Story text as pages show it, its count placeholders filled from the collections. */
import type { STORY_COUNTS } from '../engine/schema/story.ts';
import { formatNumber } from './format.ts';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Fills `{articles}` and `{events}` in story text with the collection's counts, in words up to ten (“from five reports”). */
export function fillStoryText(text: string, counts: Record<(typeof STORY_COUNTS)[number], number>): string {
  return text.replace(
    /\{(articles|events)\}/g,
    (_, key: keyof typeof counts) => WORDS[counts[key]] ?? formatNumber(counts[key]),
  );
}
