import { defineCollection } from 'astro:content';
import { articleLoader, storyLoader, timelineLoader } from './loaders/seeds';

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
  articles: defineCollection({ loader: articleLoader(options) }),
  events: defineCollection({ loader: timelineLoader(options) }),
  story: defineCollection({ loader: storyLoader(options) }),
};
