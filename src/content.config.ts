import { defineCollection } from 'astro:content';
import { Article, Story, TimelineEvent } from './lib/schema';
import { articleLoader, storyLoader, timelineLoader } from './loaders/seeds';
import { analysisLoader } from './loaders/analysis';
import { Analysis } from './lib/compare/schema';

// SOURCE_DATE_EPOCH (reproducible builds) fixes the build day; it only decides
// whether a seed dated after the build is flagged.
const epoch = process.env.SOURCE_DATE_EPOCH;
const today = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);

const options = {
  base: process.env.SEEDS_DIR ?? 'seeds',
  allowRejected: process.env.ALLOW_REJECTED_SEEDS === '1',
  today,
  ...(process.env.MAX_SEED_BYTES ? { maxBytes: Number(process.env.MAX_SEED_BYTES) } : {}),
};

export const collections = {
  // The schemas are the loaders' own, named here so Astro types each collection from them.
  articles: defineCollection({ loader: articleLoader(options), schema: Article }),
  events: defineCollection({ loader: timelineLoader(options), schema: TimelineEvent }),
  story: defineCollection({ loader: storyLoader(options), schema: Story }),
  analysis: defineCollection({ loader: analysisLoader(options), schema: Analysis }),
};
