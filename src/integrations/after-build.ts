/*
 * The last two steps of a build, the search index and `_headers`, read the finished output only. The
 * build script (scripts/build.ts, which every build runs) runs them after `astro build` has exited, so
 * Pagefind's indexer never runs beside the memory the build process still holds (docs/scale.md). A
 * bare `astro build` still runs them in its own process, as integrations.
 */

/** Set by the build script on the `astro build` it runs: the integrations then leave both steps to it. */
export const AFTER_BUILD_ENV = 'LGQ_FINISH_AFTER_BUILD';

/** Whether this `astro build` leaves the search index and `_headers` to the build script. */
export const finishedAfterBuild = (env: NodeJS.ProcessEnv = process.env): boolean => env[AFTER_BUILD_ENV] === '1';

/**
 * The steps in the integrations' order: the index first, since it adds the top-level folder `_headers`
 * must cover. Imported here, not above: they read the questionnaire, so the build script loads them
 * only once its editions hook is in place.
 */
export async function finishOutput(outDir: string, log: (line: string) => void): Promise<void> {
  const { indexBuiltSite } = await import('./pagefind.ts');
  const { writeFrameHeaders } = await import('./frame-headers.ts');
  log(await indexBuiltSite(outDir));
  log(writeFrameHeaders(outDir));
}
