// The merged-index path of docs/scale.md at small scale: two Pagefind 1.6 indexes built separately
// (one per fictional "edition", as sharded builds would write them), served together, and merged in
// Chromium with `mergeIndex`, the real client. It proves what the plan relies on: terms, URLs,
// filters and filter lists from both indexes, `indexWeight`, and the `baseUrl` a merged index needs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import type { StaticSite } from '../../scripts/lib/static-server.ts';

interface FictionalPage {
  readonly url: string;
  readonly city: string;
  readonly region: string;
  readonly text: string;
}

/** Primary index: the 2022 edition, at /pagefind/. */
const EDITION_2022: readonly FictionalPage[] = [
  {
    url: '/cities/aldervale/2022/',
    city: 'Aldervale',
    region: 'Europe',
    text: 'Aldervale runs a transit portal and a kiosk, kiosk, kiosk network.',
  },
  { url: '/cities/brightwater/', city: 'Brightwater', region: 'Africa', text: 'Brightwater publishes its budget as open data.' },
];
/** Second index: the 2024 edition, at /other/pagefind/; "chatbot" and the region Oceania are only here. */
const EDITION_2024: readonly FictionalPage[] = [
  { url: '/cities/aldervale/', city: 'Aldervale', region: 'Europe', text: 'Aldervale added a chatbot for permits to its transit portal.' },
  {
    url: '/cities/corran/',
    city: 'Corran',
    region: 'Oceania',
    text: 'Corran opened one kiosk in the library, beside the reading room, the archive, the council chamber and the museum of local history.',
  },
];

/** A page as the site writes a profile: the body to index, and the filters in attributes of empty elements. */
function html(edition: number, page: FictionalPage): string {
  const filter = (name: string, value: string) => `<span data-pagefind-filter="${name}[data-value]" data-value="${value}"></span>`;
  return `<!doctype html><html lang="en"><head><title>${page.city}</title></head><body>
<main data-pagefind-body><h1>${page.city} (${edition})</h1>${filter('edition', String(edition))}${filter('region', page.region)}<p>${page.text}</p></main>
</body></html>`;
}

async function writeIndex(edition: number, pages: readonly FictionalPage[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('; '));
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: html(edition, page) });
    expect(added.errors).toEqual([]);
  }
  expect((await index.writeFiles({ outputPath })).errors).toEqual([]);
  await index.deleteIndex();
}

let root: string;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lgq-merged-index-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="en"><head><title>Merged</title></head><body></body></html>');
  try {
    await writeIndex(2022, EDITION_2022, join(root, 'pagefind'));
    await writeIndex(2024, EDITION_2024, join(root, 'other', 'pagefind'));
  } finally {
    await pagefind.close();
  }
  site = await serveStatic(root);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** How to load the indexes in the page: the primary alone, or with the second merged (and its options). */
interface Setup {
  readonly merge?: false | { readonly baseUrl?: string; readonly indexWeight?: number };
}

interface Found {
  readonly url: string;
  readonly score: number;
  readonly edition: string[];
}

/**
 * In a fresh page (Pagefind keeps one instance per page), load /pagefind/pagefind.js, merge the second
 * index as asked, and run `run` with Pagefind's API.
 */
async function inPage<T>(setup: Setup, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${site.url}/`);
    // A string, so vitest does not rewrite the dynamic import() for Node.
    await page.evaluate(`(async () => {
      const api = await import('/pagefind/pagefind.js');
      const merge = ${JSON.stringify(setup.merge ?? false)};
      if (merge) await api.mergeIndex('/other/pagefind/', merge);
      window.pagefindApi = api;
    })()`);
    const result = await run(page);
    expect(errors).toEqual([]);
    return result;
  } finally {
    await page.close();
  }
}

/** The part of Pagefind's browser API the searches use. */
interface PagefindApi {
  search(
    term: string | null,
    options: object,
  ): Promise<{ results: { score: number; data(): Promise<{ url: string; filters: Record<string, string[]> }> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Search in the page: every result's URL, score and edition filter, best first. */
function search(page: Page, term: string | null, filters: Record<string, string> = {}): Promise<Found[]> {
  return page.evaluate(
    async ({ term, filters }) => {
      const api = (window as unknown as { pagefindApi: PagefindApi }).pagefindApi;
      const found = await api.search(term, { filters });
      return Promise.all(
        found.results.map(async (r) => {
          const data = await r.data();
          return { url: data.url, score: r.score, edition: data.filters['edition'] ?? [] };
        }),
      );
    },
    { term, filters },
  );
}

const filterLists = (page: Page) => page.evaluate(() => (window as unknown as { pagefindApi: PagefindApi }).pagefindApi.filters());

const urls = (found: readonly Found[]) => found.map((f) => f.url);
const ROOT_URLS = { merge: { baseUrl: '/' } } as const;

describe('two Pagefind indexes merged in the browser', () => {
  it('without mergeIndex, a term of the second index only is not found (the control)', async () => {
    await inPage({ merge: false }, async (page) => {
      expect(await search(page, 'chatbot')).toEqual([]);
      expect(urls(await search(page, 'transit'))).toEqual(['/cities/aldervale/2022/']);
      expect(Object.keys((await filterLists(page))['region'] ?? {}).sort()).toEqual(['Africa', 'Europe']);
    });
  });

  it('finds a term present only in the second index', async () => {
    await inPage(ROOT_URLS, async (page) => {
      const found = await search(page, 'chatbot');
      expect(urls(found)).toEqual(['/cities/aldervale/']);
      expect(found[0]!.edition).toEqual(['2024']);
    });
  });

  it('returns a term of both indexes from both, each with its own URL and edition', async () => {
    await inPage(ROOT_URLS, async (page) => {
      const found = await search(page, 'transit');
      expect(found.map((f) => [f.url, f.edition])).toEqual(
        expect.arrayContaining([
          ['/cities/aldervale/2022/', ['2022']],
          ['/cities/aldervale/', ['2024']],
        ]),
      );
      expect(found).toHaveLength(2);
    });
  });

  it("prefixes a merged index's URLs with its folder unless baseUrl says otherwise", async () => {
    // Pagefind's default baseUrl is the folder above the bundle: /other/ for /other/pagefind/. Indexes
    // that hold site-root URLs (as per-edition shards of this site would) are merged with baseUrl '/'.
    await inPage({ merge: {} }, async (page) => {
      expect(urls(await search(page, 'chatbot'))).toEqual(['/other/cities/aldervale/']);
      expect(urls(await search(page, 'budget'))).toEqual(['/cities/brightwater/']);
    });
  });

  it('filters by a value of the second index, and by values the two share', async () => {
    await inPage(ROOT_URLS, async (page) => {
      expect(urls(await search(page, 'kiosk', { region: 'Oceania' }))).toEqual(['/cities/corran/']);
      expect(urls(await search(page, 'transit', { edition: '2024' }))).toEqual(['/cities/aldervale/']);
      expect(urls(await search(page, 'transit', { edition: '2022' }))).toEqual(['/cities/aldervale/2022/']);
      expect((await search(page, 'transit', { region: 'Europe' })).length).toBe(2);
      // A filtered search with no term (null, as Pagefind documents): every page of either index in that edition.
      expect(urls(await search(page, null, { edition: '2024' })).sort()).toEqual(['/cities/aldervale/', '/cities/corran/']);
    });
  });

  it('lists the filter values of both indexes, with counts summed', async () => {
    await inPage(ROOT_URLS, async (page) => {
      const lists = await filterLists(page);
      expect(lists['edition']).toEqual({ '2022': 2, '2024': 2 });
      expect(lists['region']).toEqual({ Africa: 1, Europe: 2, Oceania: 1 });
    });
  });

  it('ranks by indexWeight: each score of the merged index is multiplied by it', async () => {
    const unweighted = await inPage(ROOT_URLS, (page) => search(page, 'kiosk'));
    // Three "kiosk"s in a short page beat one in a long page.
    expect(urls(unweighted)).toEqual(['/cities/aldervale/2022/', '/cities/corran/']);
    const weighted = await inPage({ merge: { baseUrl: '/', indexWeight: 20 } }, (page) => search(page, 'kiosk'));
    expect(urls(weighted)).toEqual(['/cities/corran/', '/cities/aldervale/2022/']);
    const score = (found: readonly Found[], url: string) => found.find((f) => f.url === url)!.score;
    expect(score(weighted, '/cities/corran/')).toBeCloseTo(score(unweighted, '/cities/corran/') * 20, 6);
    expect(score(weighted, '/cities/aldervale/2022/')).toBeCloseTo(score(unweighted, '/cities/aldervale/2022/'), 6);
  });
});
