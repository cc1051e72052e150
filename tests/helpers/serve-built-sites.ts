import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { DEMO_DIST, DIST } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoUrl: string;
  }
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run the build first (npm test does).`);
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');
  const assets = sirv(dir, { dev: false, etag: true });
  const server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    }),
  );
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}

/** Serve dist/ (and dist-demo/ when built) on loopback for the browser tests. */
export default async function setup(project: TestProject) {
  const main = await serve(DIST);
  project.provide('baseUrl', main.url);
  const demo = existsSync(join(DEMO_DIST, 'index.html')) ? await serve(DEMO_DIST) : undefined;
  project.provide('demoUrl', demo?.url ?? '');
  return async () => {
    main.server.close();
    demo?.server.close();
  };
}
