import { defineCollection } from 'astro:content';
import { articleLoader, storyLoader, timelineLoader } from './loaders/seeds';
import { analysisLoader } from './loaders/analysis';

const options = { base: 'seeds', allowRejected: process.env.ALLOW_REJECTED_SEEDS === '1' };

export const collections = {
  articles: defineCollection({ loader: articleLoader(options) }),
  events: defineCollection({ loader: timelineLoader(options) }),
  story: defineCollection({ loader: storyLoader(options) }),
  analysis: defineCollection({ loader: analysisLoader(options) }),
};
