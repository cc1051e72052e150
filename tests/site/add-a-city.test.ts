// Adding a city needs nothing but its one content file (and the document it was read from, which
// its evidence points into): copy a fixture response into a fresh content folder, build, and find
// the new city everywhere the site shows cities.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import type { StaticSite } from '../../scripts/lib/static-server.ts';

const content = mkdtempSync(join(tmpdir(), 'lgq-add-city-'));
let outDir = '';
let site: StaticSite;

const read = (path: string) => readFileSync(join(outDir, path), 'utf8').replace(/^\uFEFF/, '');

beforeAll(async () => {
  mkdirSync(join(content, '2022'));
  mkdirSync(join(content, '.sources/2022'), { recursive: true });
  copyFileSync('content/responses/2022/almaty.yaml', join(content, '2022/almaty.yaml'));
  copyFileSync('content/sources/2022/almaty.txt', join(content, '.sources/2022/almaty.txt'));
  // The one new file, exactly as a maintainer would add it, and its source document.
  copyFileSync('tests/fixtures/responses/2022/testville.yaml', join(content, '2022/testville.yaml'));
  copyFileSync('tests/fixtures/sources/2022/testville-lgq-2022.txt', join(content, '.sources/2022/testville-lgq-2022.txt'));
  execFileSync('npx', ['node', 'scripts/validate.ts', content], { encoding: 'utf8' });
  outDir = (await buildSite({ contentDir: content })).outDir;
  site = await serveStatic(outDir);
}, 600_000);

afterAll(async () => {
  await site?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('a city added as one content file', () => {
  it('is listed on the cities index and has its own profile', () => {
    expect(read('cities/index.html')).toContain('href="/cities/testville/"');
    const profile = read('cities/testville/index.html');
    expect(profile).toMatch(/<h1[^>]*>[^<]*Testville/);
    expect(profile).toContain('France');
  });

  it('is a point on the world map of the home page', () => {
    const home = read('index.html');
    const map = home.slice(home.indexOf('world-map'));
    expect(map).toMatch(/<a[^>]*href="\/cities\/testville\/"[^>]*aria-label="Testville, France"/);
  });

  it('is a row in the bulk downloads and in its country’s JSON', () => {
    const rows = csvParse(read('data/lgq-responses.csv'));
    expect(rows.map((r) => r['slug']).sort()).toEqual(['almaty', 'testville']);
    const json = JSON.parse(read('data/responses/2022/fr.json')) as { responses: { city: { name: string } }[] };
    expect(json.responses.map((r) => r.city.name)).toEqual(['Testville']);
  });

  it('is a point in the charts: its value is in the chart data of the question pages', () => {
    const dir = join(outDir, 'questions/iv-1');
    const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(0);
    const rows = csvs.flatMap((f) => csvParse(readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '')));
    expect(JSON.stringify(rows)).toContain('Testville');
    expect(read('questions/iv-1/index.html')).toContain('Testville');
  });

  it('is found by the search index', async () => {
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    const pagefind = (await import(pathToFileURL(join(outDir, 'pagefind/pagefind.js')).href)) as {
      options(o: Record<string, unknown>): Promise<void>;
      search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
    };
    await pagefind.options({ basePath: `${site.url}/pagefind/` });
    const search = await pagefind.search('Testville');
    const urls = await Promise.all(search.results.map(async (r) => new URL((await r.data()).url, site.url).pathname));
    expect(urls).toContain('/cities/testville/');
  });
});
