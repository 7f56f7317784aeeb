import { defineCollection } from 'astro:content';
import { KeyMomentRecord, Story, StoredArticle, TimelineEvent } from './lib/schema';
import { articleLoader, momentLoader, storyLoader, timelineLoader } from './loaders/seeds';
import { seedsSettingFromEnv } from './loaders/corpus-cache';

// The same settings src/integrations/seed-engine.ts starts the engine's run with, so the loaders find that run.
const options = { ...seedsSettingFromEnv(), allowRejected: process.env.ALLOW_REJECTED_SEEDS === '1' };

// The cross-article analysis is not a collection: pages read it from the engine's run (sharedAnalysis in src/loaders/corpus-cache.ts).
export const collections = {
  // The schemas are the loaders' own, named here so Astro types each collection from them.
  articles: defineCollection({ loader: articleLoader(options), schema: StoredArticle }),
  events: defineCollection({ loader: timelineLoader(options), schema: TimelineEvent }),
  story: defineCollection({ loader: storyLoader(options), schema: Story }),
  moments: defineCollection({ loader: momentLoader(options), schema: KeyMomentRecord }),
};
