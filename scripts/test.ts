// `npm test`: every check, in order, stopping at the first failure.
//   type check -> content validation -> lint/format -> unit tests -> real build -> demo build
//   -> checks on the built HTML -> browser tests (Debian's Chromium)
// Without Chromium the browser tests are not run and this says so loudly; under CI=true that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerHelp } from './lib/usage.ts';
import { siteBuildArgs } from './lib/astro-build.ts';

const USAGE = `
Usage: npm test

Runs every check in order and stops at the first failure: type check, content validation, ESLint,
Prettier, unit tests, the real build (dist/), the demo build (dist-demo/), the checks on the built
HTML, and the browser tests (Debian's Chromium at /usr/bin/chromium, or CHROMIUM_PATH). Under CI=true
a missing Chromium is a failure. No options.

  -h, --help       show this help
`;
answerHelp(USAGE);

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The public address the tests' real build is made for (a reserved example domain, never served). */
const TEST_SITE = 'https://kb.example.org';
const inCI = process.env['CI'] === 'true' || process.env['CI'] === '1';
const hasChromium = existsSync(CHROMIUM);
const reports = mkdtempSync(join(tmpdir(), 'lgq-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${label} ━━  ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${r.status ?? r.signal}) after ${seconds}s`);
    console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
    process.exit(1);
  }
  console.log(`✓ ${label} (${seconds}s)`);
}

function vitest(project: string) {
  const out = join(reports, `${project}.json`);
  run(`${project} tests`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

if (!hasChromium) {
  const msg = `Chromium was not found at ${CHROMIUM}. Browser tests need Debian's Chromium:\n    sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH).`;
  if (inCI) {
    console.error(`\n✗ ${msg}\nUnder CI the browser tests are required.`);
    process.exit(1);
  }
  console.warn(`\n${'!'.repeat(78)}\n!! BROWSER TESTS WILL NOT RUN. ${msg}\n${'!'.repeat(78)}\n`);
}

run('type check (astro check)', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
run('content validation', 'node', ['scripts/validate.ts']);
run('lint (ESLint, zero warnings)', 'npx', ['eslint', '--max-warnings', '0', '.']);
run('format (Prettier --check)', 'npx', ['prettier', '--check', '.']);
vitest('unit');
// The real build gets a public address (the checks then cover canonical URLs, the sitemap and cited permalinks);
// the demo build has none, as a build without LGQ_SITE (tests/site/discover.test.ts also builds one and checks its warning).
run('build (real content -> dist/)', process.execPath, siteBuildArgs(), {
  LGQ_OUT_DIR: 'dist',
  LGQ_SITE: process.env['LGQ_SITE'] || TEST_SITE,
});
run('demo build (193 fictional responses -> dist-demo/)', 'npm', ['run', 'demo:build']);
vitest('site');
if (hasChromium) vitest('e2e');

if (!hasChromium) console.warn('\n!! Browser tests were NOT run: Chromium is missing (see above).');
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
