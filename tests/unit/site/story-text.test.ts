/** Story text with its counts filled in: words up to ten, figures above. */
import { describe, expect, it } from 'vitest';
import { fillStoryText } from '../../../src/site/story-text.ts';

describe('fillStoryText', () => {
  it('writes the counts in words up to ten and in figures above', () => {
    expect(fillStoryText('From {articles} reports, {events} events.', { articles: 0, events: 10 })).toBe(
      'From no reports, ten events.',
    );
    expect(fillStoryText('From {articles} reports, {events} events.', { articles: 11, events: 10500 })).toBe(
      'From 11 reports, 10,500 events.',
    );
  });
});
