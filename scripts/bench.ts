// Benchmark: how the build and the pages scale with the number of responses.
//
//   npm run bench                                   200, 1,000 and 5,000 responses, once each, plus the baseline
//   npm run bench -- --sizes 200,1000 --repeat 3    medians of three builds per size
//   npm run bench -- --no-baseline --seed 7
//
// For each size: generate fictional responses (scripts/generate-fictional.ts, seeded), validate them,
// build the site + search index into temporary folders (LGQ_CONTENT_DIR, LGQ_OUT_DIR, LGQ_CACHE_DIR),
// then measure the output and, in Chromium, what a first search downloads. The baseline is a bare
// Astro + Pagefind site with one ~5 KB page per response, made in a throwaway folder under /tmp, so
// the figures can be read as ratios to the floor measured in the same session on the same machine.
// Prints a table, the site / baseline ratios at each size and the growth of the cost per response
// (largest size vs 1,000, goal <= 1.2; scripts/lib/bench-report.ts), and writes them all as JSON to
// bench-results/ (git-ignored). No thresholds: it reports.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import type { Page } from 'playwright-core';
import { pagefindPath } from '../src/lib/urls.ts';
import { answerHelp } from './lib/usage.ts';
import { siteBuildArgs } from './lib/astro-build.ts';
import { formatGrowth, formatRatioTable, growthReport, ratioTable } from './lib/bench-report.ts';

const USAGE = `
Usage: npm run bench -- [--sizes 200,1000,5000] [--repeat 1] [--seed 1] [--no-baseline] [--keep] [--out bench-results]

Builds fictional datasets of each size and a bare Astro + Pagefind baseline, and prints build time,
peak memory, output size, page weights and what a first search downloads; then the site / baseline
ratio of each figure at each size, and the growth of the cost per response (build ms, tree RSS and
output bytes per response at the largest size divided by those at 1,000, or at the second-largest
size without 1,000; goal <= 1.2). All of it goes to a JSON file in --out.

  --sizes LIST     comma-separated numbers of responses (default 200,1000,5000)
  --repeat N       builds per size; medians are reported (default 1)
  --seed N         seed of the fictional data (default 1)
  --baseline       build the bare Astro + Pagefind baseline too (the default)
  --no-baseline    skip it
  --keep           keep the builds for inspection
  --out DIR        folder for the JSON results (default bench-results)
  -h, --help       show this help
`;
answerHelp(USAGE);

const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** Results the search dialog shows at once (src/components/search/HeaderSearch.astro): their fragments are loaded. */
const RESULTS_SHOWN = 6;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200,1000,5000' },
    repeat: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    baseline: { type: 'boolean', default: true },
    'no-baseline': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
const repeat = Number(values.repeat);
const seed = Number(values.seed);
const withBaseline = values.baseline && !values['no-baseline'];
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(repeat) || repeat < 1) {
  throw new Error('--sizes takes positive integers separated by commas; --repeat a positive integer');
}

// ---------------------------------------------------------------------------------------------- running

interface Run {
  readonly seconds: number;
  /** Largest single process (GNU time's "Maximum resident set size"). */
  readonly peakRssMiB: number | undefined;
  /** Whole process tree, summed, sampled every 100 ms (node, esbuild, the pagefind binary...). */
  readonly peakTreeRssMiB: number;
  /** Seconds since start at which each output line arrived. */
  readonly lines: { readonly at: number; readonly text: string }[];
}

function treeRssKiB(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, kib] of rss) {
    for (let p: number | undefined = pid; p && p > 1; p = parents.get(p)) {
      if (p === rootPid) {
        total += kib;
        break;
      }
    }
  }
  return total;
}

/** Run a command, timing it and measuring its memory; rejects with the output's tail on failure. */
function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const timeDir = mkdtempSync(join(tmpdir(), 'lgq-bench-time-'));
  const timeFile = join(timeDir, 'time.txt');
  const [file, argv] = TIME ? [TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const started = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - started) / 1e9;
  return new Promise((done, fail) => {
    const child = spawn(file, argv, {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: { at: number; text: string }[] = [];
    const collect = (chunk: Buffer) => {
      for (const text of chunk.toString().split('\n')) if (text.trim()) lines.push({ at: since(), text });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakTree = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakTree = Math.max(peakTree, treeRssKiB(child.pid));
    }, 100);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = since();
      if (code !== 0) {
        fail(
          new Error(
            `${cmd} ${args.join(' ')} failed (exit ${code}):\n${lines
              .slice(-30)
              .map((l) => l.text)
              .join('\n')}`,
          ),
        );
        return;
      }
      const timeText = TIME && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      rmSync(timeDir, { recursive: true, force: true });
      const maxKiB = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeText)?.[1];
      done({ seconds, peakRssMiB: maxKiB ? Number(maxKiB) / 1024 : undefined, peakTreeRssMiB: peakTree / 1024, lines });
    });
  });
}

// ---------------------------------------------------------------------------------------------- measuring the output

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function bytesUnder(dir: string): { bytes: number; files: number } {
  const files = existsSync(dir) ? filesUnder(dir) : [];
  return { bytes: files.reduce((sum, f) => sum + statSync(f).size, 0), files: files.length };
}

/** Every Pagefind index folder of a build (the site writes one, /pagefind/; older builds also had /pagefind-sections/). */
function pagefindFolders(outDir: string): { bytes: number; files: number } {
  return readdirSync(outDir)
    .filter((d) => d.startsWith('pagefind') && existsSync(join(outDir, d, 'pagefind-entry.json')))
    .map((d) => bytesUnder(join(outDir, d)))
    .reduce((a, b) => ({ bytes: a.bytes + b.bytes, files: a.files + b.files }), { bytes: 0, files: 0 });
}

const gz = (b: Buffer) => gzipSync(b, { level: 6 }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** A built file for a root-relative URL, or undefined. */
function fileFor(outDir: string, url: string): string | undefined {
  const path = join(outDir, decodeURIComponent(url.split(/[?#]/)[0]!));
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** The JS a module pulls in statically (Vite's `import … from "./chunk.js"`), recursively. */
function moduleClosure(outDir: string, url: string, seen: Set<string>) {
  if (seen.has(url)) return;
  const file = fileFor(outDir, url);
  if (!file) return;
  seen.add(url);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)) {
    moduleClosure(outDir, new URL(m[1]!, `http://x${url}`).pathname, seen);
  }
}

interface PageWeight {
  readonly html: number;
  readonly htmlGz: number;
  readonly css: number;
  readonly cssGz: number;
  readonly js: number;
  readonly jsGz: number;
}

/** What a first visit to a page downloads: its HTML, its stylesheets and its scripts (static imports followed). */
function pageWeight(outDir: string, htmlFile: string, cache: Map<string, { raw: number; gz: number }>): PageWeight {
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const sized = (url: string) => {
    let s = cache.get(url);
    if (!s) {
      const file = fileFor(outDir, url);
      const bytes = file ? readFileSync(file) : Buffer.alloc(0);
      s = { raw: bytes.length, gz: bytes.length ? gz(bytes) : 0 };
      cache.set(url, s);
    }
    return s;
  };
  const css = [...text.matchAll(/<link[^>]*rel="?stylesheet"?[^>]*href="?([^"\s>]+)/g)].map((m) => m[1]!);
  const js = new Set<string>();
  for (const m of text.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)) moduleClosure(outDir, m[1]!, js);
  for (const m of text.matchAll(/<link[^>]*rel="?modulepreload"?[^>]*href="?([^"\s>]+)/g)) moduleClosure(outDir, m[1]!, js);
  const sum = (urls: Iterable<string>, k: 'raw' | 'gz') => [...urls].reduce((t, u) => t + sized(u)[k], 0);
  return { html: html.length, htmlGz: gz(html), css: sum(css, 'raw'), cssGz: sum(css, 'gz'), js: sum(js, 'raw'), jsGz: sum(js, 'gz') };
}

/** The word (6+ letters) found in the most responses' answer text: "a common term" for the search measure. */
function commonTerm(contentDir: string): { term: string; inResponses: number } {
  const counts = new Map<string, number>();
  const files = filesUnder(contentDir).filter((f) => f.endsWith('.yaml'));
  for (const f of files) {
    const words = new Set<string>();
    const visit = (v: unknown) => {
      // Words of the text, not of URLs or e-mail addresses (every fictional URL ends in .example).
      if (typeof v === 'string')
        for (const w of v
          .replace(/\S*[/@]\S*/g, ' ')
          .toLowerCase()
          .match(/\p{L}{6,}/gu) ?? [])
          words.add(w);
      else if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') Object.values(v).forEach(visit);
    };
    visit((parseYaml(readFileSync(f, 'utf8')) as { answers?: unknown }).answers);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const [term, inResponses] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['city', 0];
  return { term, inResponses };
}

interface SearchCost {
  readonly term: string;
  readonly results: number;
  /** Bytes of /pagefind/ responses (bodies as served, uncompressed by the server; index chunks are gzip already). */
  readonly totalBytes: number;
  readonly runtimeBytes: number;
  readonly indexBytes: number;
  readonly fragmentBytes: number;
  readonly requests: number;
  readonly ms: number;
}

/**
 * Serve a built site, open its home page in Chromium and run `measure`, which can ask for every response
 * body downloaded so far (URL and bytes). The browser and server are closed afterwards.
 */
async function onHomePage<T>(
  outDir: string,
  measure: (page: Page, downloads: () => Promise<{ url: string; bytes: number }[]>) => Promise<T>,
): Promise<T> {
  const site = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    const bodies: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(request.sizes().then((s) => void bodies.push({ url: request.url(), bytes: s.responseBodySize })));
    });
    return await measure(page, async () => {
      await Promise.all(pending);
      return bodies;
    });
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * A first search in Chromium, as the header dialog does it: load Pagefind, search the term, load the
 * first results' fragments. Counts every byte fetched under /pagefind/.
 */
async function firstSearch(outDir: string, term: string): Promise<SearchCost> {
  return onHomePage(outDir, async (page, downloads) => {
    const started = Date.now();
    const results = await page.evaluate(
      async ({ term, shown, script }) => {
        const pagefind = (await import(/* @vite-ignore */ `${location.origin}${script}`)) as {
          search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
        };
        const found = await pagefind.search(term);
        await Promise.all(found.results.slice(0, shown).map((r) => r.data()));
        return found.results.length;
      },
      { term, shown: RESULTS_SHOWN, script: pagefindPath('main', 'pagefind.js') },
    );
    const ms = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const pf = (await downloads()).filter((b) => new URL(b.url).pathname.startsWith(pagefindPath('main')));
    const sum = (re: RegExp) => pf.filter((b) => re.test(new URL(b.url).pathname)).reduce((t, b) => t + b.bytes, 0);
    return {
      term,
      results,
      totalBytes: sum(/./),
      runtimeBytes: sum(/\.(js|pagefind)$/),
      indexBytes: sum(/\.(pf_meta|pf_index|pf_filter)$|pagefind-entry\.json$/),
      fragmentBytes: sum(/\.pf_fragment$/),
      requests: pf.length,
      ms,
    };
  });
}

interface DialogCost {
  readonly bytes: number;
  readonly requests: number;
  /** From the first keystroke (the typing itself, 30 ms a key, is in it) to the first result on screen. */
  readonly msToResults: number;
  /** From the last keystroke: the wait the visitor sees (the dialog's pause before searching is in it). */
  readonly msFromLastKey: number;
}

/**
 * A first search as a visitor makes it on the site: open the header dialog on the home page, type the
 * term, wait for the results. Counts every byte fetched from the Pagefind folders, and the time from
 * the first keystroke to the first result on screen.
 */
async function dialogSearch(outDir: string, term: string): Promise<DialogCost> {
  return onHomePage(outDir, async (page, downloads) => {
    await page.locator('[data-search-open]').first().click();
    const input = page.locator('dialog[open] input[type=search]');
    await input.waitFor({ state: 'visible' });
    const started = Date.now();
    await input.pressSequentially(term, { delay: 30 });
    const lastKey = Date.now();
    await page.locator('dialog[open] [data-search-results] > li').first().waitFor({ state: 'visible', timeout: 60_000 });
    const msToResults = Date.now() - started;
    const msFromLastKey = Date.now() - lastKey;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const pf = (await downloads()).filter((b) => /^\/pagefind[^/]*\//.test(new URL(b.url).pathname));
    return { bytes: pf.reduce((t, b) => t + b.bytes, 0), requests: pf.length, msToResults, msFromLastKey };
  });
}

/** Dialog searches in a fresh browser each (nothing cached), timed as their medians: one is too noisy to quote. */
const DIALOG_SEARCHES = 3;

async function dialogSearches(outDir: string, term: string): Promise<DialogCost> {
  const runs: DialogCost[] = [];
  for (let i = 0; i < DIALOG_SEARCHES; i++) runs.push(await dialogSearch(outDir, term));
  return {
    bytes: median(runs.map((r) => r.bytes)),
    requests: median(runs.map((r) => r.requests)),
    msToResults: median(runs.map((r) => r.msToResults)),
    msFromLastKey: median(runs.map((r) => r.msFromLastKey)),
  };
}

// ---------------------------------------------------------------------------------------------- one size

interface SizeResult {
  readonly kind: 'site' | 'baseline';
  readonly responses: number;
  readonly repeats: number;
  readonly validateSeconds?: number;
  /** Median all-in build time (site + search index). */
  readonly buildSeconds: number;
  readonly buildSecondsAll: number[];
  readonly msPerResponse: number;
  /** Time to the end of page generation, and from there to the end of indexing (from log line arrival). */
  readonly pagesSeconds: number | undefined;
  readonly indexSeconds: number | undefined;
  readonly peakRssMiB: number | undefined;
  readonly peakTreeRssMiB: number;
  readonly pages: number;
  readonly outputBytes: number;
  readonly outputFiles: number;
  readonly profile?: { readonly median: PageWeight; readonly max: PageWeight; readonly count: number };
  readonly largestPage: { readonly path: string; readonly htmlGz: number };
  /** Every page over 100 KiB gzip, largest first (reader-first budget: none at 5,000). */
  readonly pagesOver100KiB: readonly { readonly path: string; readonly htmlGz: number }[];
  readonly searchIndexBytes: number;
  readonly searchIndexFiles: number;
  readonly search: SearchCost;
  /** The site's own search dialog, typing the same term (site builds only). */
  readonly dialog?: DialogCost;
}

const htmlPagesOf = (outDir: string) =>
  filesUnder(outDir)
    .filter((f) => f.endsWith('.html') && !f.startsWith(join(outDir, 'pagefind')))
    .sort();

function pageStats(outDir: string) {
  const pages = htmlPagesOf(outDir);
  let largest = { path: '', htmlGz: 0 };
  const over: { path: string; htmlGz: number }[] = [];
  for (const f of pages) {
    const page = { path: f.slice(outDir.length).replace(/index\.html$/, ''), htmlGz: gz(readFileSync(f)) };
    if (page.htmlGz > 100 * 1024) over.push(page);
    if (page.htmlGz > largest.htmlGz) largest = page;
  }
  return { pages: pages.length, largest, over: over.sort((a, b) => b.htmlGz - a.htmlGz) };
}

async function benchSite(n: number, work: string): Promise<SizeResult> {
  const content = join(work, `content-${n}`);
  console.log(`\n── site, ${n} responses ──`);
  await measure(NODE, ['scripts/generate-fictional.ts', '--count', String(n), '--seed', String(seed), '--out', content], {});
  const { term, inResponses } = commonTerm(content);
  const validate = await measure(NODE, ['scripts/validate.ts', content], {});
  const runs: Run[] = [];
  let outDir = '';
  for (let i = 0; i < repeat; i++) {
    // Inside the repository (dist-* is git-ignored): for an outDir outside the working directory Astro
    // puts its prerender chunks in the shared .astro/.prerender/, which concurrent builds would clobber.
    outDir = mkdtempSync(join(ROOT, `dist-bench-${n}-`));
    rmSync(outDir, { recursive: true, force: true });
    const cache = join(work, `cache-${n}-${i}`);
    const run = await measure(NODE, siteBuildArgs(), { LGQ_CONTENT_DIR: content, LGQ_OUT_DIR: outDir, LGQ_CACHE_DIR: cache });
    runs.push(run);
    console.log(
      `   build ${i + 1}/${repeat}: ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMiB?.toFixed(0) ?? '?'} MiB (tree ${run.peakTreeRssMiB.toFixed(0)} MiB)`,
    );
    rmSync(cache, { recursive: true, force: true });
    if (i < repeat - 1) rmSync(outDir, { recursive: true, force: true });
  }
  const phases = runs.map((r) => {
    const generated = r.lines.filter((l) => /Completed in/.test(l.text) && !/\[build\]/.test(l.text)).at(-1)?.at;
    const indexed = r.lines.find((l) => /Pagefind:/.test(l.text))?.at;
    return { pages: generated, index: generated !== undefined && indexed !== undefined ? indexed - generated : undefined };
  });
  const profiles = htmlPagesOf(outDir).filter((f) => /\/cities\/[^/]+\/index\.html$/.test(f));
  const cache = new Map<string, { raw: number; gz: number }>();
  const weights = profiles.map((f) => pageWeight(outDir, f, cache));
  const med = (k: keyof PageWeight) => median(weights.map((w) => w[k]));
  const max = (k: keyof PageWeight) => Math.max(...weights.map((w) => w[k]));
  const keys: (keyof PageWeight)[] = ['html', 'htmlGz', 'css', 'cssGz', 'js', 'jsGz'];
  const stats = pageStats(outDir);
  const output = bytesUnder(outDir);
  const index = pagefindFolders(outDir);
  console.log(`   searching "${term}" (in ${inResponses} of ${n} responses)…`);
  const search = await firstSearch(outDir, term);
  const dialog = await dialogSearches(outDir, term).catch((e: unknown) => {
    console.warn(`   the search dialog could not be measured: ${String(e)}`);
    return undefined;
  });
  const buildSecondsAll = runs.map((r) => r.seconds);
  const buildSeconds = median(buildSecondsAll);
  const pagesSeconds = phases.every((p) => p.pages !== undefined) ? median(phases.map((p) => p.pages!)) : undefined;
  const indexSeconds = phases.every((p) => p.index !== undefined) ? median(phases.map((p) => p.index!)) : undefined;
  const rss = runs.map((r) => r.peakRssMiB).filter((x): x is number => x !== undefined);
  if (!values.keep) rmSync(outDir, { recursive: true, force: true });
  return {
    kind: 'site',
    responses: n,
    repeats: repeat,
    validateSeconds: validate.seconds,
    buildSeconds,
    buildSecondsAll,
    msPerResponse: (buildSeconds * 1000) / n,
    pagesSeconds,
    indexSeconds,
    peakRssMiB: rss.length ? median(rss) : undefined,
    peakTreeRssMiB: median(runs.map((r) => r.peakTreeRssMiB)),
    pages: stats.pages,
    outputBytes: output.bytes,
    outputFiles: output.files,
    profile: {
      count: profiles.length,
      median: Object.fromEntries(keys.map((k) => [k, med(k)])) as unknown as PageWeight,
      max: Object.fromEntries(keys.map((k) => [k, max(k)])) as unknown as PageWeight,
    },
    largestPage: stats.largest,
    pagesOver100KiB: stats.over,
    searchIndexBytes: index.bytes,
    searchIndexFiles: index.files,
    search,
    ...(dialog ? { dialog } : {}),
  };
}

// ---------------------------------------------------------------------------------------------- the baseline

const BASELINE_WORDS =
  'city service online portal residents data open government digital municipal budget transport health education housing water energy waste safety participation platform mobile application survey report council district library park permit license tax payment record archive'.split(
    ' ',
  );

/** A bare Astro + Pagefind project: one page of ~5 KB of text per response, every page containing "municipal". */
function makeBaseline(dir: string, n: number) {
  mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.OUT, cacheDir: process.env.CACHE, build: { format: 'directory' }, devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/p/[n].astro'),
    `---
const WORDS = ${JSON.stringify(BASELINE_WORDS)};
export function getStaticPaths() {
  return Array.from({ length: ${n} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const seed = Number(Astro.params.n);
let x = seed * 2654435761 % 4294967296;
const next = () => (x = (x * 1664525 + 1013904223) % 4294967296) / 4294967296;
const paragraphs = Array.from({ length: 10 }, () => Array.from({ length: 70 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ') + '.');
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Page {seed}</title></head>
<body><main><h1>Page {seed}</h1>{paragraphs.map((p) => <p>{p}</p>)}<p>municipal</p></main></body></html>
`,
  );
  writeFileSync(
    join(dir, 'src/pages/index.astro'),
    `<!doctype html><html lang="en"><head><title>Baseline</title></head><body><h1>Baseline</h1></body></html>\n`,
  );
}

async function benchBaseline(n: number, work: string): Promise<SizeResult> {
  console.log(`\n── baseline (bare Astro + Pagefind), ${n} pages ──`);
  const dir = join(work, `baseline-${n}`);
  makeBaseline(dir, n);
  const builds: Run[] = [];
  const indexes: Run[] = [];
  const outDir = join(dir, 'dist');
  for (let i = 0; i < repeat; i++) {
    rmSync(outDir, { recursive: true, force: true });
    const cache = join(dir, `.cache-${i}`);
    // Run from the throwaway project's folder: its config and pages, the repository's node_modules.
    const build = await measureIn(dir, NODE, [ASTRO, 'build'], { OUT: outDir, CACHE: cache });
    const index = await measureIn(dir, NODE, [PAGEFIND, '--site', outDir]);
    builds.push(build);
    indexes.push(index);
    console.log(
      `   build ${i + 1}/${repeat}: ${build.seconds.toFixed(1)} s + index ${index.seconds.toFixed(1)} s, peak RSS ${build.peakRssMiB?.toFixed(0) ?? '?'} / ${index.peakRssMiB?.toFixed(0) ?? '?'} MiB`,
    );
    rmSync(cache, { recursive: true, force: true });
  }
  const pageFiles = htmlPagesOf(outDir).filter((f) => /\/p\/\d+\/index\.html$/.test(f));
  const cache = new Map<string, { raw: number; gz: number }>();
  const weights = pageFiles.map((f) => pageWeight(outDir, f, cache));
  const keys: (keyof PageWeight)[] = ['html', 'htmlGz', 'css', 'cssGz', 'js', 'jsGz'];
  const stats = pageStats(outDir);
  const output = bytesUnder(outDir);
  const index = pagefindFolders(outDir);
  const search = await firstSearch(outDir, 'municipal');
  const all = builds.map((b, i) => b.seconds + indexes[i]!.seconds);
  const buildSeconds = median(all);
  const rss = [...builds, ...indexes].map((r) => r.peakRssMiB).filter((x): x is number => x !== undefined);
  const result: SizeResult = {
    kind: 'baseline',
    responses: n,
    repeats: repeat,
    buildSeconds,
    buildSecondsAll: all,
    msPerResponse: (buildSeconds * 1000) / n,
    pagesSeconds: median(builds.map((b) => b.seconds)),
    indexSeconds: median(indexes.map((b) => b.seconds)),
    peakRssMiB: rss.length
      ? Math.max(median(builds.map((b) => b.peakRssMiB ?? 0)), median(indexes.map((b) => b.peakRssMiB ?? 0)))
      : undefined,
    peakTreeRssMiB: Math.max(median(builds.map((b) => b.peakTreeRssMiB)), median(indexes.map((b) => b.peakTreeRssMiB))),
    pages: stats.pages,
    outputBytes: output.bytes,
    outputFiles: output.files,
    profile: {
      count: pageFiles.length,
      median: Object.fromEntries(keys.map((k) => [k, median(weights.map((w) => w[k]))])) as unknown as PageWeight,
      max: Object.fromEntries(keys.map((k) => [k, Math.max(...weights.map((w) => w[k]))])) as unknown as PageWeight,
    },
    largestPage: stats.largest,
    pagesOver100KiB: stats.over,
    searchIndexBytes: index.bytes,
    searchIndexFiles: index.files,
    search,
  };
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  return result;
}

function measureIn(cwd: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  // `measure` runs in the repository; the baseline needs its own folder as the working directory.
  return measure('/usr/bin/env', ['-C', cwd, cmd, ...args], env);
}

// ---------------------------------------------------------------------------------------------- report

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const fix = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));

function table(results: SizeResult[]): string {
  const header = [
    'build',
    'n',
    'all-in build s',
    'ms/response',
    'pages s',
    'index s',
    'peak RSS MiB (max proc / tree)',
    'output',
    'pages',
    'profile HTML+CSS gz (median)',
    'profile JS gz',
    'profile HTML+CSS+JS raw / gz',
    'largest page gz',
    'pages >100 KiB gz',
    'search index',
    'first search, API: bytes (runtime + index + fragments)',
    'first search, site dialog: bytes, first / last keystroke→results',
  ];
  const rows = results.map((r) => {
    const p = r.profile?.median;
    return [
      r.kind,
      String(r.responses),
      `${fix(r.buildSeconds)}${r.repeats > 1 ? ` (${r.buildSecondsAll.map((s) => s.toFixed(1)).join(', ')})` : ''}`,
      fix(r.msPerResponse, 2),
      fix(r.pagesSeconds),
      fix(r.indexSeconds),
      `${fix(r.peakRssMiB, 0)} / ${fix(r.peakTreeRssMiB, 0)}`,
      `${mib(r.outputBytes)} in ${r.outputFiles} files`,
      String(r.pages),
      p ? kib(p.htmlGz + p.cssGz) : '–',
      p ? kib(p.jsGz) : '–',
      p ? `${kib(p.html + p.css + p.js)} / ${kib(p.htmlGz + p.cssGz + p.jsGz)}` : '–',
      `${kib(r.largestPage.htmlGz)} ${r.largestPage.path}`,
      String(r.pagesOver100KiB.length),
      `${mib(r.searchIndexBytes)} in ${r.searchIndexFiles} files`,
      `"${r.search.term}" ${r.search.results} results: ${kib(r.search.totalBytes)} (${kib(r.search.runtimeBytes)} + ${kib(r.search.indexBytes)} + ${kib(r.search.fragmentBytes)}), ${r.search.requests} requests`,
      r.dialog ? `${kib(r.dialog.bytes)} in ${r.dialog.requests} requests, ${r.dialog.msToResults} / ${r.dialog.msFromLastKey} ms` : '–',
    ];
  });
  const all = [header, ...rows];
  return all.map((row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${row.map(() => ' --- ').join('|')}|` : ''}`).join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'lgq-bench-'));
const results: SizeResult[] = [];
const started = new Date();
try {
  for (const n of sizes) {
    results.push(await benchSite(n, work));
    if (withBaseline) results.push(await benchBaseline(n, work));
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.log(`\nKept the builds under ${work}`);
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '',
  memoryGiB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
};
const report = {
  started: started.toISOString(),
  seed,
  repeat,
  machine,
  peakRssMethod: TIME ? '/usr/bin/time -v (largest process) and /proc tree sum' : '/proc tree sum',
  results,
  ratios: ratioTable(results),
  growth: growthReport(results),
};
console.log(`\n${table(results)}\n`);
console.log(`${formatRatioTable(report.ratios)}\n`);
console.log(`${formatGrowth(report.growth)}\n`);
for (const r of results.filter((r) => r.pagesOver100KiB.length > 0)) {
  const listed = r.pagesOver100KiB.slice(0, 20).map((p) => `  ${kib(p.htmlGz)}  ${p.path}`);
  const more = r.pagesOver100KiB.length - listed.length;
  console.log(`Pages over 100 KiB gzip, ${r.kind} at ${r.responses}:\n${listed.join('\n')}${more > 0 ? `\n  … and ${more} more` : ''}\n`);
}
console.log(
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}. Medians of ${repeat} build(s) per size.`,
);
const outFile = resolve(values.out, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`Wrote ${outFile}`);
