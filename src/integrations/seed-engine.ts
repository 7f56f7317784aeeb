/**
 * Starts the engine's run on the seeds as soon as the config is read, in two
 * child processes (src/content/corpus-cache.ts), so that on two cores it runs
 * while Vite starts up. The content layer's loaders then find the run under
 * the same request and wait only for what is left of it. Once a build has
 * synced its content, the run's corpus is let go (the analysis and the key
 * moments stay for the pages) and the processes exit when the run is done; in
 * `astro dev` they stay, warm, for the next change.
 */
import type { AstroIntegration } from 'astro';
import {
  engineRequest,
  loadSeeds,
  releaseCorpora,
  seedsSettingFromEnv,
  stopEngineWhenDone,
} from '../content/corpus-cache.ts';

/** The integration. */
export function seedEngine(): AstroIntegration {
  return {
    name: 'seed-engine',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // `astro preview` serves a built site and needs no run; `astro sync` and `check` start it from the loaders.
        if (command === 'build' || command === 'dev')
          loadSeeds(engineRequest(config.root, config.cacheDir, seedsSettingFromEnv()));
      },
      // Runs after `astro:build:start`, where the search index takes the corpus. The engine may still be finishing the
      // analysis and the key moments, which the pages wait for; its processes exit once it has.
      'astro:build:setup': () => {
        releaseCorpora();
        stopEngineWhenDone();
      },
    },
  };
}
