// Serve the built site (dist/ or LGQ_OUT_DIR) on localhost and print the URL.
// Usage: node scripts/serve.ts [--port 4321] [--dir dist]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    dir: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const dir = resolve(values.dir ?? process.env['LGQ_OUT_DIR'] ?? 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`✗ No built site in ${dir}. Run \`npm run build\` first.`);
  process.exit(1);
}
const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');
const assets = sirv(dir, { dev: false, etag: true, dotfiles: false });
const server = createServer((req, res) => {
  assets(req, res, () => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(notFound);
  });
});
server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`LGQ Knowledgebase is being served at http://${values.host}:${port}/  (Ctrl+C to stop)`);
});
