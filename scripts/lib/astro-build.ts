import { resolve } from 'node:path';

/*
 * How every build runs Astro (npm run build, the test runner, the tests' builds, the bench, all through
 * scripts/build.ts): one Node process with a bounded heap. Left alone, V8 lets the heap grow towards a
 * quarter of the machine's memory before it collects hard: a 5,000-response build peaked at 4.7 GB resident on a 24 GB machine,
 * most of it garbage (docs/scale.md). LGQ_BUILD_HEAP_MB sets another bound, for builds larger than
 * docs/scale.md measures.
 */

export const ASTRO_BIN = resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');

/** The heap bound, in MB, when LGQ_BUILD_HEAP_MB is not set. */
export const BUILD_HEAP_MB = 2048;

/** The bound a build runs with: LGQ_BUILD_HEAP_MB when it is a whole number of at least 256, else the default. */
export function buildHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['LGQ_BUILD_HEAP_MB'];
  if (raw === undefined || raw === '') return BUILD_HEAP_MB;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 256) throw new Error(`LGQ_BUILD_HEAP_MB must be a whole number of MB, at least 256 (got "${raw}").`);
  return mb;
}

/** The arguments to `node` that run `astro build` as the build script does. */
export const astroBuildArgs = (env: NodeJS.ProcessEnv = process.env): string[] => [
  `--max-old-space-size=${String(buildHeapMb(env))}`,
  ASTRO_BIN,
  'build',
];

/** The build script: `astro build`, then the search index and `_headers` once it has exited (src/integrations/after-build.ts). */
export const BUILD_SCRIPT = resolve(import.meta.dirname, '../build.ts');

/** The arguments to `node` that build the site as every build does (npm run build, the test runner, the tests' builds, the bench). */
export const siteBuildArgs = (): string[] => [BUILD_SCRIPT];
