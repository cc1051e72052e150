// The edition recipe, proved: a second (fictional) edition is one module plus its registration. Built with
// the fictional "LGQ 2099" (tests/fixtures/editions/) beside 2022, the site has both editions' profiles,
// question pages for each, counterparts across them, and both in the downloads.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { attr, builtPages, findAll, parseHtmlDocument, textOf } from '../helpers/html.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const CONTENT = 'tests/fixtures/editions/responses';
const REGISTRY = 'tests/fixtures/editions/registry.ts';
let outDir = '';

const read = (path: string) => readFileSync(join(outDir, path), 'utf8').replace(/^\uFEFF/, '');

/** `edition: comparability -> link` of each counterpart a question page lists. */
function counterpartsOn(path: string): string[] {
  const doc = parseHtmlDocument(read(path));
  return findAll(doc, (el) => attr(el, 'data-counterpart-edition') !== undefined).map((li) => {
    const link = findAll(li, (el) => el.tagName === 'a')[0];
    return `${attr(li, 'data-counterpart-edition')}: ${attr(li, 'data-comparability')} -> ${link ? attr(link, 'href') : 'none'}`;
  });
}

beforeAll(async () => {
  // The validator takes the same stand-in registry (scripts/editions-hook.ts).
  execFileSync('npx', ['node', '--import', './scripts/editions-hook.ts', 'scripts/validate.ts', CONTENT], {
    encoding: 'utf8',
    env: { ...process.env, LGQ_EDITIONS_MODULE: REGISTRY },
  });
  outDir = (await buildSite({ contentDir: CONTENT, editionsModule: REGISTRY })).outDir;
}, 600_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('a site with a second, fictional edition', () => {
  it('has both editions’ profiles: the newest at /cities/<slug>/, the older one under its year', () => {
    expect(read('cities/testville/index.html')).toContain('LGQ 2099');
    expect(read('cities/testville/2022/index.html')).toContain('LGQ 2022');
    expect(read('cities/badar/index.html')).toContain('LGQ 2099');
  });

  it('reads each edition’s indicators from its own questions (satisfaction is V.1 in 2099, V.3 in 2022)', () => {
    const glance = (path: string) => {
      const doc = parseHtmlDocument(read(path));
      const item = findAll(doc, (el) => attr(el, 'data-indicator') === 'satisfaction')[0];
      return item ? textOf(item) : '';
    };
    expect(glance('cities/testville/index.html')).toContain('(V.1)');
    expect(glance('cities/testville/2022/index.html')).toContain('(V.3)');
  });

  it('has question pages for each edition, each with its own questions', () => {
    expect(read('questions/index.html')).toContain('href="/questions/vi-2/"');
    expect(read('questions/vi-2/index.html')).toContain('Messaging channels (fictional)');
    expect(read('editions/2022/questions/index.html')).toContain('href="/editions/2022/questions/iii-9/"');
    expect(read('editions/2022/questions/iii-4/index.html')).toContain('Budget published online');
    expect(read('questions/index.html')).toContain('href="/editions/2022/questions/"');
    // Each city's answer links to the profile of the page's edition.
    expect(read('editions/2022/questions/iii-4/index.html')).toContain('href="/cities/testville/2022/#iii-4"');
    expect(read('questions/vi-2/index.html')).toContain('href="/cities/testville/#vi-2"');
  });

  it('shows each question’s counterpart in the other edition, renumbered, changed, new or dropped', () => {
    expect(counterpartsOn('questions/v-1/index.html')).toEqual(['2022: comparable -> /editions/2022/questions/v-3/']);
    expect(counterpartsOn('editions/2022/questions/v-3/index.html')).toEqual(['2099: comparable -> /questions/v-1/']);
    expect(counterpartsOn('questions/iii-4/index.html')).toEqual(['2022: comparable -> /editions/2022/questions/iii-5/']);
    expect(counterpartsOn('questions/iv-1/index.html')).toEqual(['2022: changed -> /editions/2022/questions/iv-1/']);
    expect(counterpartsOn('questions/vi-2/index.html')).toEqual(['2022: new -> none']);
    expect(counterpartsOn('editions/2022/questions/iii-4/index.html')).toEqual(['2099: dropped -> none']);
  });

  it('has chart downloads beside each edition’s question pages', () => {
    expect(csvParse(read('questions/vi-2/closed-answers.csv')).length).toBeGreaterThan(0);
    expect(csvParse(read('editions/2022/questions/iv-1/services-online-ranked.csv')).length).toBe(1);
    expect(csvParse(read('editions/2022/questions/closed-overview.csv')).length).toBeGreaterThan(0);
  });

  it('has both editions in the downloads', () => {
    const rows = csvParse(read('data/lgq-responses.csv'));
    expect(rows.map((r) => `${r['edition']}/${r['slug']}`).sort()).toEqual(['2022/testville', '2099/badar', '2099/testville']);
    expect(rows.columns).toContain('VI.2.answer');
    expect(rows.columns).toContain('III.4.answer');
    // Each edition's responses of a country are in one file: /data/responses/<edition>/<country>.json.
    const file = (path: string) => JSON.parse(read(path)) as { responses: { slug: string; edition: number }[] };
    expect(file('data/responses/2022/fr.json').responses.map((r) => [r.slug, r.edition])).toEqual([['testville', 2022]]);
    expect(file('data/responses/2099/fr.json').responses.map((r) => [r.slug, r.edition])).toEqual([['testville', 2099]]);
    expect(file('data/responses/2099/cm.json').responses.map((r) => [r.slug, r.edition])).toEqual([['badar', 2099]]);
  });

  it('has no broken internal link or #fragment across the two editions', async () => {
    const site = await serveStatic(outDir);
    try {
      const result = await new LinkChecker().check({
        path: builtPages(outDir).map((p) => `${site.url}${p.path}`),
        recurse: true,
        checkFragments: true,
        concurrency: 8,
        // The recipe's `npm run schema` step writes public/schemas/lgq-2099.schema.json, which a test must not do.
        linksToSkip: async (link) => !link.startsWith(site.url) || link.endsWith('/schemas/lgq-2099.schema.json'),
      });
      const local = result.links.filter((l) => l.url.startsWith(site.url));
      expect(local.length).toBeGreaterThan(100);
      expect(local.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} on ${l.parent ?? ''}`)).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
