import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers.ts';

export interface StaticSite {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serve a built site on loopback like a static host: missing paths get 404.html with status 404.
 * With `applyHeadersFile`, the site's own `_headers` rules are sent too, as Netlify or Cloudflare would.
 */
export function serveStatic(dir: string, options: { applyHeadersFile?: boolean } = {}): Promise<StaticSite> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run the build first.`);
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');
  const rules = options.applyHeadersFile ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : undefined;
  const assets = sirv(dir, { dev: false, etag: true });
  const server: Server = createServer((req, res) => {
    if (rules) for (const [name, value] of headersFor(rules, new URL(req.url ?? '/', 'http://x').pathname)) res.setHeader(name, value);
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) });
    }),
  );
}
