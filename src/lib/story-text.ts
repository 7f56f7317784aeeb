/**
 * Story text as pages show it. Apart from the story parser (story.ts), so the
 * pages that fill story text do not load the YAML parser when they render.
 */
import { formatNumber } from './format';

/** The counts story text may hold as placeholders (`{articles}`), filled from the collection so no number is written by hand. */
export const STORY_COUNTS = ['articles', 'events'] as const;

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Fills `{articles}` and `{events}` in story text with the collection's counts, in words up to ten (“from five reports”). */
export function fillStoryText(text: string, counts: Record<(typeof STORY_COUNTS)[number], number>): string {
  return text.replace(
    /\{(articles|events)\}/g,
    (_, key: keyof typeof counts) => WORDS[counts[key]] ?? formatNumber(counts[key]),
  );
}
