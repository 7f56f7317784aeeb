/** Story text: counts come from the collection through placeholders, never from hand-written numbers. */
import { describe, expect, it } from 'vitest';
import { SeedError } from '../../../src/engine/read/errors.ts';
import { parseStory } from '../../../src/engine/read/story.ts';
import { fillStoryText } from '../../../src/site/story-text.ts';
import { readStory, seedCorpus } from '../../helpers.ts';

const story = (description: string) =>
  `title: "A story"\ndescription: "${description}"\nfocus:\n  start: 2024-01-01\n  end: 2024-02-01\n`;

describe('story placeholders', () => {
  it('fill the counts, in words up to ten and in figures above', () => {
    expect(fillStoryText('From {articles} reports, {events} events.', { articles: 5, events: 17 })).toBe(
      'From five reports, 17 events.',
    );
    expect(fillStoryText('From {articles} reports.', { articles: 6, events: 0 })).toBe('From six reports.');
    expect(fillStoryText('From {articles} reports.', { articles: 1200, events: 0 })).toBe('From 1,200 reports.');
  });

  it('follow the collection in the seeds’ description: no count is written by hand', () => {
    const { description } = readStory();
    expect(description).toContain('{articles}');
    expect(description).not.toMatch(
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:reports|articles|sources)\b/,
    );
    expect(fillStoryText(description, { articles: seedCorpus().articles.length, events: 0 })).toMatch(
      /from five reports\.$/,
    );
  });

  it('reject an unknown placeholder, naming the file, the line and the fix', () => {
    let error: SeedError | null = null;
    try {
      parseStory(story('From {reports} reports.'), 'story.yaml');
    } catch (e) {
      error = e as SeedError;
    }
    expect(error).toBeInstanceOf(SeedError);
    expect(error!.message).toMatch(/^story\.yaml:2: description has the unknown placeholder “\{reports\}”/);
    expect(error!.fix).toMatch(/\{articles\} or \{events\}/);
  });
});
