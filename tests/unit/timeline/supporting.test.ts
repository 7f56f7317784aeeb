/** Undated articles still tell the story: a sentence that cannot be dated supports the one event it tells. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { readStory, textSeed } from '../../helpers.ts';

const DATED =
  'date 2025-03-13\n\nThe Fair Trade Office opened a formal inquiry into the Kelso and Varn merger on 12 March 2025, the regulator said. The two firms will hold a shareholder vote on 2 April 2025.\n';
const UNDATED_SAME_ACT =
  'The Fair Trade Office opened a formal inquiry into the Kelso and Varn merger on 12 March, the regulator said in a statement.\n';
const UNDATED_OTHER_ACT = 'The Kelso board met staff representatives on 12 March to discuss pay and pensions.\n';
// Told in other words, by a day and month: a kind of act or two words in common are enough (time words are not).
const UNDATED_OTHER_WORDS = 'An inquiry into the merger opened on 12 March and widened two days later.\n';

describe('joinUndated', () => {
  const corpus = buildCorpus(
    [
      textSeed('a.txt', DATED),
      textSeed('b.txt', UNDATED_SAME_ACT),
      textSeed('c.txt', UNDATED_OTHER_ACT),
      textSeed('d.txt', UNDATED_OTHER_WORDS),
    ],
    readStory(),
  );
  const [dated, same, other] = corpus.articles;
  const inquiry = corpus.events.find((e) => e.sources.some((s) => s.slug === dated!.slug && /inquiry/.test(s.quote)))!;

  it('leaves the undated articles undated', () => {
    expect(same!.published.date).toBeNull();
    expect(other!.published.date).toBeNull();
  });

  it('adds the undated sentence telling the same act to the event, marked, without moving its date', () => {
    expect(inquiry).toMatchObject({ start: '2025-03-12', end: '2025-03-12', precision: 'day', reports: 3 });
    const joined = inquiry.sources.find((s) => s.slug === same!.slug)!;
    expect(joined).toMatchObject({ support: 'undated', start: '2025-03-12', expression: 'on 12 March' });
    expect(joined.resolution).toContain('supports the event and does not date it');
    expect(inquiry.label).not.toContain('statement');
  });

  it('adds a sentence that tells the act in other words by its day and month', () => {
    const d = corpus.articles[3]!;
    expect(inquiry.sources.find((s) => s.slug === d.slug)).toMatchObject({ support: 'undated' });
  });

  it('keeps out a sentence of the same day that tells another act, and makes no event of it', () => {
    expect(corpus.events.some((e) => e.sources.some((s) => s.slug === other!.slug))).toBe(false);
    expect(corpus.unresolved.some((u) => u.slug === other!.slug && u.expression === 'on 12 March')).toBe(true);
  });
});
