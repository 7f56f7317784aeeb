import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but the sources; `site` reads the built
// `dist/` (and drives a browser), so `npm test` builds before running it.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
