/** Article links through the timeline: event ids per article and suggested related articles. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { RELATED_LIMIT } from '../../../src/engine/timeline/related.ts';
import { readStory, seedCorpus, textSeed } from '../../helpers.ts';

describe('on the seeds', () => {
  const corpus = seedCorpus();
  it('lists for each article exactly the events that cite it', () => {
    for (const a of corpus.articles) {
      const expected = corpus.events
        .filter((e) => e.sources.some((s) => s.slug === a.slug))
        .map((e) => e.id)
        .sort();
      expect([...a.eventIds].sort()).toEqual(expected);
    }
  });
  it('suggests the four other articles, most shared events first', () => {
    for (const a of corpus.articles) {
      expect(a.related.map((r) => r.slug).sort()).toEqual(
        corpus.articles
          .filter((o) => o !== a)
          .map((o) => o.slug)
          .sort(),
      );
      const counts = a.related.map((r) => r.sharedEvents);
      expect([...counts].sort((x, y) => y - x)).toEqual(counts);
    }
  });
});

describe('in a large collection', () => {
  it('suggests at most the limit, preferring shared events over nearness in date', () => {
    const seeds = Array.from({ length: 12 }, (_, i) =>
      textSeed(
        `a${String(i).padStart(2, '0')}.txt`,
        `date 2022-05-${i === 11 ? '11' : String(10 + i).padStart(2, '0')}\n\nThe ${i === 11 ? 'port authority closed the northern quay' : `council number ${i} met about street lighting`} on Monday after a long debate in the chamber.\n`,
      ),
    );
    seeds.push(
      textSeed(
        'b.txt',
        'date 2022-05-10\n\nThe port authority closed the northern quay on Monday after a ship struck the pier.\n',
      ),
    );
    const c = buildCorpus(seeds, readStory());
    const b = c.articles.find((a) => a.seedFile === 'b.txt')!;
    expect(b.related).toHaveLength(RELATED_LIMIT);
    expect(b.related[0]!.sharedEvents).toBeGreaterThan(0);
  });
});
