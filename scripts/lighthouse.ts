// Lighthouse (mobile, simulated throttling) over one page of each type of a built site.
//
//   npm run lighthouse                              the demo build (dist-demo), one run per page
//   npm run lighthouse -- --runs 3                  medians of three runs
//   npm run lighthouse -- --dir dist --paths /,/cities/almaty/
//
// Serves the folder like a static host (scripts/lib/static-server.ts, with its _headers), runs the
// Lighthouse CLI against Debian's Chromium for each page and prints performance score, LCP, TBT, CLS
// and transfer size. Where a type has many pages it measures the heaviest (gzip HTML): the worst case.
// Not part of npm test: timings vary with the machine; the score is measured and reported, not asserted.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH, hasChromium } from './lib/browser.ts';
import { belowThreshold, heaviest, medianScore, scoreOf, scoreTable } from './lib/lighthouse.ts';
import type { LighthouseResult, PageScore, PageToMeasure } from './lib/lighthouse.ts';
import { serveStatic } from './lib/static-server.ts';
import { answerHelp } from './lib/usage.ts';
import { PAGES, profilePath, questionPath, sourcePath } from '../src/lib/urls.ts';
import { getEdition, LATEST_EDITION } from '../src/questionnaire/index.ts';

const USAGE = `
Usage: npm run lighthouse -- [--dir dist-demo] [--runs 1] [--paths /,/cities/] [--threshold 95] [--json FILE]

Runs Lighthouse (mobile, simulated throttling, performance only) with Chromium (${CHROMIUM_PATH}) over
one page of each type of a built site and prints score, LCP, TBT, CLS and transfer size per page.

  --dir DIR          the built site to serve (default dist-demo: npm run demo:build)
  --runs N           runs per page; medians are reported (default 1)
  --paths LIST       comma-separated paths to measure instead of one page per type
  --threshold N      flag pages scoring under N and exit 1 when there are any (default 95)
  --json FILE        also write the scores as JSON
  -h, --help         show this help
`;
answerHelp(USAGE);

const ROOT = resolve(import.meta.dirname, '..');
const LIGHTHOUSE = join(ROOT, 'node_modules/lighthouse/cli/index.js');

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist-demo' },
    runs: { type: 'string', default: '1' },
    paths: { type: 'string' },
    threshold: { type: 'string', default: '95' },
    json: { type: 'string' },
  },
});

const dir = resolve(ROOT, values.dir);
const runs = Math.max(1, Number(values.runs));
const threshold = Number(values.threshold);

const htmlFile = (path: string) => join(dir, path, 'index.html');
const built = (path: string) => existsSync(htmlFile(path));
const gzipWeight = (path: string) => gzipSync(readFileSync(htmlFile(path))).length;

/** One page per type; the heaviest where a type has many (profiles, source pages, question pages). */
function pagesByType(): PageToMeasure[] {
  const slugs = readdirSync(join(dir, PAGES.cities), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && built(profilePath(entry.name)))
    .map((entry) => entry.name);
  const profile = heaviest(slugs.map((slug) => profilePath(slug)).filter(built), gzipWeight);
  const source = heaviest(slugs.map((slug) => sourcePath(slug)).filter(built), gzipWeight);
  const questions = getEdition(LATEST_EDITION).questions;
  const question = heaviest(questions.map((q) => questionPath(LATEST_EDITION, q.id)).filter(built), gzipWeight);
  // A question drawn as a chart of percentages (the heaviest is usually a table of closed answers).
  const percentQuestion = questions.find((q) => q.fields.some((f) => f.kind === 'percent'));
  const chart = percentQuestion ? questionPath(LATEST_EDITION, percentQuestion.id) : undefined;
  const pages: { type: string; path: string | undefined }[] = [
    { type: 'home', path: PAGES.home },
    { type: 'cities', path: PAGES.cities },
    { type: 'profile (heaviest)', path: profile },
    { type: 'source (heaviest)', path: source },
    { type: 'questions', path: PAGES.questions },
    { type: 'question (heaviest)', path: question },
    { type: 'question (percent chart)', path: chart === question ? undefined : chart },
    { type: 'compare', path: PAGES.compare },
    { type: 'data', path: PAGES.data },
    { type: 'search', path: PAGES.search },
  ];
  return pages.flatMap(({ type, path }) => (path !== undefined && built(path) ? [{ type, path }] : []));
}

/** One Lighthouse run of a URL, its result read from the CLI's JSON on stdout. */
function runLighthouse(url: string): Promise<LighthouseResult> {
  const args = [
    LIGHTHOUSE,
    url,
    '--only-categories=performance',
    '--form-factor=mobile',
    '--screenEmulation.mobile',
    '--throttling-method=simulate',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`lighthouse ${url} exited ${String(code)}: ${Buffer.concat(err).toString().slice(-2000)}`));
      done(JSON.parse(Buffer.concat(out).toString()) as LighthouseResult);
    });
  });
}

if (!hasChromium()) {
  console.error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  process.exit(2);
}
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run npm run demo:build (or npm run build and --dir dist) first.`);
  process.exit(2);
}

const pages: PageToMeasure[] = values.paths ? values.paths.split(',').map((path) => ({ type: 'given', path: path.trim() })) : pagesByType();
const site = await serveStatic(dir, { applyHeadersFile: existsSync(join(dir, '_headers')), compress: true });
const scores: PageScore[] = [];
try {
  for (const page of pages) {
    const results: PageScore[] = [];
    for (let run = 0; run < runs; run++) results.push(scoreOf(page, await runLighthouse(`${site.url}${page.path}`)));
    const score = medianScore(results);
    scores.push(score);
    console.error(`${page.path}: ${String(score.performance)}${score.lcpElement ? ` (LCP element ${score.lcpElement})` : ''}`);
  }
} finally {
  await site.close();
}

console.log(scoreTable(scores, threshold));
if (values.json) writeFileSync(values.json, `${JSON.stringify(scores, null, 2)}\n`);
const low = belowThreshold(scores, threshold);
if (low.length) {
  console.log(`\nUnder ${String(threshold)}: ${low.map((s) => s.path).join(', ')}`);
  process.exitCode = 1;
}
