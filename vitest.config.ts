import { defineConfig } from 'vitest/config';

/*
 * Three projects, run in this order by `npm test` (scripts/test.ts):
 *   unit  pure modules (schemas, validator, indicators, chart layouts, exporters); no build needed
 *   site  checks on the built HTML in dist/ (and dist-demo/); needs `npm run build` first
 *   e2e   headless Chromium (Debian's /usr/bin/chromium via playwright-core) on the built sites served on loopback
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 300_000, hookTimeout: 600_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/serve-built-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
