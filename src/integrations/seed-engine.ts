/**
 * Starts the engine's run on the seeds as soon as the config is read, so that
 * on two cores it runs while Vite starts up (src/content/engine-client.ts);
 * the loaders then find it under way.
 */
import type { AstroIntegration } from 'astro';
import { engineRun } from '../content/engine-client.ts';
import { folderPlace, seedSettingsFromEnv } from '../content/settings.ts';

/** The integration. */
export function seedEngine(): AstroIntegration {
  return {
    name: 'seed-engine',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // `astro preview` serves a built site; `sync` and `check` start the run from the loaders.
        if (command === 'build' || command === 'dev')
          void engineRun(folderPlace(config.root, config.cacheDir, seedSettingsFromEnv()), seedSettingsFromEnv());
      },
    },
  };
}
