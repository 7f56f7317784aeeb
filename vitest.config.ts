import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but the sources and starts no process; `build` builds the site, reads the built
// `dist/` and drives a browser, so `npm test` builds before running it.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
