/**
 * Keeps the Vite server that `astro build` and `astro sync` start for the
 * content sync from pre-bundling client dependencies. Astro asks its client
 * environment to pre-bundle the dev toolbar's modules (aria-query,
 * axobject-query, html-escaper and the toolbar's entry point), and Vite's
 * server does that before it loads anything, the content config included,
 * although this server never serves a browser: 0.2–0.4 s at the start of
 * every build whose Vite cache is cold (docs/build-speed.md). `astro dev`,
 * whose toolbar needs them, is left as it is.
 */
import type { AstroIntegration } from 'astro';

export function syncServer(): AstroIntegration {
  return {
    name: 'sync-server',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' && command !== 'sync') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sync-server:no-client-prebundle',
                // After Astro's plugins have added their modules to the list. Emptied in place: a returned list
                // would be merged into Astro's, not replace it. With discovery off too (astro.config.mjs), Vite then
                // starts no optimizer for the client at all. Vite's build of the pages does not pre-bundle.
                enforce: 'post',
                configEnvironment(name, options) {
                  if (name === 'client' && options.optimizeDeps) options.optimizeDeps.include = [];
                },
              },
            ],
          },
        });
      },
    },
  };
}
