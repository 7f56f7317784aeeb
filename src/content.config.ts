import { defineCollection } from 'astro:content';
import { Story, StoredArticle, TimelineEvent } from './engine/schema/article';
import { articleLoader, storyLoader, timelineLoader } from './content/loaders';
import { seedsSettingFromEnv } from './content/corpus-cache';

// The same settings src/integrations/seed-engine.ts starts the engine's run with, so the loaders find that run.
const options = { ...seedsSettingFromEnv(), allowRejected: process.env.ALLOW_REJECTED_SEEDS === '1' };

// The cross-article analysis and the key moments are not collections: only pages read them, from the engine's run
// (sharedAnalysis and sharedMoments in src/content/corpus-cache.ts), so the content sync need not wait for them.
export const collections = {
  // The schemas are the loaders' own, named here so Astro types each collection from them.
  articles: defineCollection({ loader: articleLoader(options), schema: StoredArticle }),
  events: defineCollection({ loader: timelineLoader(options), schema: TimelineEvent }),
  story: defineCollection({ loader: storyLoader(options), schema: Story }),
};
