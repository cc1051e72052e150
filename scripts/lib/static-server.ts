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

export interface ServeOptions {
  /** Send the site's own `_headers` rules too, as Netlify or Cloudflare would. */
  readonly applyHeadersFile?: boolean;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Default loopback. */
  readonly host?: string;
}

/** Serve a built site like a static host: missing paths get 404.html with status 404. */
export function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticSite> {
  const host = options.host ?? '127.0.0.1';
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
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: `http://${host}:${port}`, close: () => new Promise((closed) => server.close(() => closed())) });
    }),
  );
}
