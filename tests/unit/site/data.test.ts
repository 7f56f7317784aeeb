/** The one module pages read their data through: each collection's records as the engine gave them, key moments in order. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => {
  const collections: Record<string, Array<{ id: string; data: unknown }>> = {
    articles: [{ id: 'b', data: { slug: 'b' } }],
    events: [{ id: 'e1', data: { id: 'e1' } }],
    moments: [
      { id: 'm2', data: { eventId: 'e2', order: 1 } },
      { id: 'm1', data: { eventId: 'e1', order: 0 } },
    ],
    story: [{ id: 'story', data: { title: 'A story' } }],
    analysis: [{ id: 'analysis', data: { figures: [] } }],
  };
  return {
    getCollection: async (name: string) => collections[name] ?? [],
    getEntry: async (name: string, id: string) => collections[name]?.find((e) => e.id === id),
  };
});

const data = await import('../../../src/site/data.ts');

describe('site data', () => {
  it('gives the story, the articles, the events and the analysis as stored', async () => {
    expect(await data.getStory()).toEqual({ title: 'A story' });
    expect(await data.getArticles()).toEqual([{ slug: 'b' }]);
    expect(await data.getEvents()).toEqual([{ id: 'e1' }]);
    expect(await data.getAnalysis()).toEqual({ figures: [] });
  });

  it('sorts the key moments by their order, since collection order is not guaranteed', async () => {
    expect((await data.getKeyMoments()).map((m) => m.eventId)).toEqual(['e1', 'e2']);
  });
});
