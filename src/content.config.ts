import { defineCollection } from 'astro:content';
import { SEED_SCHEMAS, seedLoaders } from './content/loaders.ts';
import { seedSettingsFromEnv } from './content/settings.ts';

// One run of the engine on the seeds folder feeds all five collections (src/content/loaders.ts).
const seeds = seedLoaders(seedSettingsFromEnv());

export const collections = {
  articles: defineCollection({ loader: seeds.articles, schema: SEED_SCHEMAS.articles }),
  events: defineCollection({ loader: seeds.events, schema: SEED_SCHEMAS.events }),
  story: defineCollection({ loader: seeds.story, schema: SEED_SCHEMAS.story }),
  analysis: defineCollection({ loader: seeds.analysis, schema: SEED_SCHEMAS.analysis }),
  moments: defineCollection({ loader: seeds.moments, schema: SEED_SCHEMAS.moments }),
};
