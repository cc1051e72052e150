// `astro build` as every build runs it (scripts/lib/astro-build.ts): npm run build calls this after validating.
//
//   npm run build                          validate, then build the site and its search index into dist/
//   LGQ_BUILD_HEAP_MB=4096 npm run build   with a larger heap bound
import { spawn } from 'node:child_process';
import { astroBuildArgs } from './lib/astro-build.ts';
import { answerHelp } from './lib/usage.ts';

answerHelp(`
Usage: npm run build

Builds the site and its search index (astro build, with the Node heap bounded: scripts/lib/astro-build.ts),
after npm run build has validated the content. Environment: LGQ_CONTENT_DIR, LGQ_OUT_DIR, LGQ_CACHE_DIR,
LGQ_SITE, LGQ_LOCALE (astro.config.mjs); LGQ_BUILD_HEAP_MB, the heap bound in MB (default 2048).

  -h, --help   show this help
`);

let args: string[];
try {
  args = astroBuildArgs();
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const child = spawn(process.execPath, args, { stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
