// The build every build runs (npm run build after validating, the test runner, the tests' builds, the
// bench): `astro build` with the Node heap bounded (scripts/lib/astro-build.ts), then, once that process
// has exited and returned its memory, the search index and `_headers` (src/integrations/after-build.ts).
//
//   npm run build                          validate, then build the site and its search index into dist/
//   LGQ_BUILD_HEAP_MB=4096 npm run build   with a larger heap bound
import { spawn } from 'node:child_process';
import { outDir } from '../src/lib/data/content-dir.ts';
import { registerEditionsHook } from '../src/integrations/editions-registry.ts';
import { AFTER_BUILD_ENV, finishOutput } from '../src/integrations/after-build.ts';
import { astroBuildArgs } from './lib/astro-build.ts';
import { answerHelp } from './lib/usage.ts';

answerHelp(`
Usage: npm run build

Builds the site (astro build, with the Node heap bounded: scripts/lib/astro-build.ts), then its search
index and _headers once Astro has exited, after npm run build has validated the content. Environment:
LGQ_CONTENT_DIR, LGQ_OUT_DIR, LGQ_CACHE_DIR, LGQ_SITE, LGQ_LOCALE (astro.config.mjs); LGQ_BUILD_HEAP_MB,
the heap bound in MB (default 2048).

  -h, --help   show this help
`);

const fail = (error: unknown, code = 1): never => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(code);
};

let args: string[] = [];
try {
  args = astroBuildArgs();
} catch (error) {
  fail(error, 2);
}

const code = await new Promise<number>((done) => {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, [AFTER_BUILD_ENV]: '1' } });
  child.on('error', fail);
  child.on('close', (exit, signal) => done(exit ?? (signal ? 1 : 0)));
});
if (code !== 0) process.exit(code);

// The same questionnaire editions as the site: finishOutput loads the steps, which read them, after this.
registerEditionsHook();
const started = performance.now();
const log = (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [after-build] ${line}`);
try {
  await finishOutput(outDir(), log);
} catch (error) {
  fail(error);
}
log(`search index and _headers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
