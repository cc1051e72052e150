import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEMO_DIST, DIST } from './paths.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoUrl: string;
  }
}

/** Serve dist/ (and dist-demo/ when built) on loopback for the browser tests. */
export default async function setup(project: TestProject) {
  const main = await serveStatic(DIST);
  project.provide('baseUrl', main.url);
  const demo = existsSync(join(DEMO_DIST, 'index.html')) ? await serveStatic(DEMO_DIST) : undefined;
  project.provide('demoUrl', demo?.url ?? '');
  return async () => {
    await main.close();
    await demo?.close();
  };
}
