import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
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
  /** Gzip text files for clients that accept it, as hosts do on the fly (what Lighthouse should see). */
  readonly compress?: boolean;
}

/** The text types a host compresses, by extension. */
const COMPRESSIBLE: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The file a request path names (a folder's index.html), when it is a compressible text file. */
function compressibleFile(dir: string, pathname: string): string | undefined {
  const path = join(dir, decodeURIComponent(pathname));
  if (!path.startsWith(dir)) return undefined;
  const file = pathname.endsWith('/') ? join(path, 'index.html') : path;
  return extname(file) in COMPRESSIBLE && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Serve a built site like a static host: missing paths get 404.html with status 404. */
export function serveStatic(folder: string, options: ServeOptions = {}): Promise<StaticSite> {
  const dir = resolve(folder);
  const host = options.host ?? '127.0.0.1';
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run the build first.`);
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');
  const rules = options.applyHeadersFile ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : undefined;
  const assets = sirv(dir, { dev: false, etag: true });
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    if (rules) for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    const file = options.compress && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? compressibleFile(dir, pathname) : undefined;
    if (file) {
      const body = gzipped.get(file) ?? gzipSync(readFileSync(file));
      gzipped.set(file, body);
      res.writeHead(200, { 'content-type': COMPRESSIBLE[extname(file)] ?? '', 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
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
