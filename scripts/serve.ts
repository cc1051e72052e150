// Serve the built site (dist/ or LGQ_OUT_DIR) on localhost and print the URL.
// Usage: node scripts/serve.ts [--port 4321] [--dir dist]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { outDir } from '../src/lib/data/content-dir.ts';
import { serveStatic } from './lib/static-server.ts';
import { answerHelp } from './lib/usage.ts';

const USAGE = `
Usage: npm run preview -- [--port 4321] [--dir dist] [--host 127.0.0.1]

Serves a built site (dist/, or LGQ_OUT_DIR) on localhost with the production headers (public/_headers)
and prints its address.

  --port N         port (default $PORT or 4321)
  --dir DIR        the built site (default LGQ_OUT_DIR or dist)
  --host HOST      address to listen on (default 127.0.0.1)
  -h, --help       show this help
`;
answerHelp(USAGE);

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    dir: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const dir = values.dir ? resolve(values.dir) : outDir();
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`✗ No built site in ${dir}. Run \`npm run build\` first.`);
  process.exit(1);
}
const site = await serveStatic(dir, { port: Number(values.port), host: values.host });
console.log(`LGQ Knowledgebase is being served at ${site.url}/  (Ctrl+C to stop)`);
