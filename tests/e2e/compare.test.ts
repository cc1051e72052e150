// The compare page in Chromium: on the real build (one city: the honest single-city state) and on a
// fictional build of many cities: keyboard-only picking, the table, the URL (reload, back/forward,
// repeated ?cities=), the "only where they differ" option, axe, CSP, and that comparing five cities
// fetches only those cities' country files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, watchCsp } from '../../scripts/lib/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { DEMO_DIST, DIST } from '../helpers/paths.ts';

interface City {
  slug: string;
  name: string;
  country: string;
  countryCode: string;
  edition: number;
}

/** The file holding a city's answers: its country's responses to its edition. */
const countryFile = (c: City) => `/data/responses/${String(c.edition)}/${c.countryCode.toLowerCase()}.json`;

let browser: Browser;
let demoUrl = '';
let ownServer: Server | undefined;
/** A build this file made itself (removed afterwards). */
let ownBuild: string | undefined;
const renderTimes: number[] = [];

/** The demo build when the harness serves one; otherwise build one from generated data here. */
async function demoSite(): Promise<string> {
  const provided = inject('demoUrl');
  if (provided) return provided;
  let dir = DEMO_DIST;
  if (!existsSync(join(dir, 'data', 'cities.json'))) {
    const tmp = mkdtempSync(join(tmpdir(), 'lgq-compare-demo-'));
    const generated = spawnSync(process.execPath, ['scripts/generate-fictional.ts', '--count', '40', '--seed', '7', '--out', tmp], {
      stdio: 'inherit',
    });
    if (generated.status !== 0) throw new Error('scripts/generate-fictional.ts failed');
    dir = (await buildSite({ contentDir: tmp })).outDir;
    ownBuild = dir;
  }
  const assets = sirv(dir, { dev: false });
  ownServer = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((done) => ownServer?.listen(0, '127.0.0.1', () => done()));
  const address = ownServer.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  demoUrl = await demoSite();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  ownServer?.close();
  if (ownBuild) rmSync(ownBuild, { recursive: true, force: true });
  if (renderTimes.length) {
    const sorted = [...renderTimes].sort((a, b) => a - b);
    console.log(
      `compare, 5 cities, demo build: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms from navigation to table (n = ${sorted.length})`,
    );
  }
});

async function open(url: string, options: { javaScript?: boolean; width?: number } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const csp = await watchCsp(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(url);
  return { context, page, csp, requests };
}

/** City names in the table's header row, in order. */
const tableCities = (page: Page) => page.locator('.compare-table thead th a').allTextContents();
const waitForTable = (page: Page, n: number) =>
  page.waitForFunction(
    (count) =>
      document.querySelectorAll('.compare-table thead th a').length === count && !document.querySelector('[data-results][aria-busy]'),
    n,
  );
const search = (page: Page) => page.evaluate(() => decodeURIComponent(location.search));

describe('compare page, real build', () => {
  it('without JavaScript, explains that comparing needs it and links the question pages and the cities index', async () => {
    const { context, page } = await open(`${inject('baseUrl')}/compare/`, { javaScript: false });
    const nojs = page.locator('[data-nojs]');
    await expect(nojs.isVisible()).resolves.toBe(true);
    expect(await nojs.textContent()).toContain('needs JavaScript');
    expect(await nojs.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/questions/', '/cities/']),
    );
    await expect(page.locator('[data-app]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('with one city in the knowledgebase, says so and shows its answers; the profile link ?cities=<slug> preselects it', async () => {
    const cities = JSON.parse(readFileSync(join(DIST, 'data', 'cities.json'), 'utf8')) as City[];
    const city = cities[0] as City;
    for (const url of ['/compare/', `/compare/?cities=${city.slug}`]) {
      const { context, page, csp } = await open(`${inject('baseUrl')}${url}`);
      await waitForTable(page, 1);
      expect(await tableCities(page)).toEqual([city.name]);
      if (cities.length === 1) {
        expect(await page.locator('.compare__lonely').textContent()).toContain('only one response');
        expect(await page.locator('[data-status]').textContent()).toContain('only city');
      }
      expect(await search(page)).toBe(`?cities=${city.slug}`);
      // The same values as the JSON download: e.g. every closed answer's state.
      const file = (await (await page.request.get(`${inject('baseUrl')}${countryFile(city)}`)).json()) as {
        responses: { slug: string; answers: Record<string, Record<string, unknown>> }[];
      };
      const json = file.responses.find((r) => r.slug === city.slug);
      if (!json) throw new Error(`${city.slug} is not in ${countryFile(city)}`);
      const states = await page
        .locator('.compare-table tr[data-field] [data-state]')
        .evaluateAll((els) => els.map((e) => [e.closest('tr')?.getAttribute('data-field'), e.getAttribute('data-state')]));
      expect(states.length).toBeGreaterThan(10);
      for (const [field, state] of states) {
        const [s, n, key] = (field ?? '').split('.');
        expect(json.answers[`${s}.${n}`]?.[key ?? ''], field ?? '').toBe(state);
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(csp).toEqual([]);
      await context.close();
    }
  });
});

describe('compare page and profile: one rendering of each answer', () => {
  it("shows each part of an answer with the profile's own markup, its label in the row header instead", async () => {
    const city = (JSON.parse(readFileSync(join(DIST, 'data', 'cities.json'), 'utf8')) as City[])[0] as City;
    const { context, page } = await open(`${inject('baseUrl')}/compare/?cities=${city.slug}`);
    await waitForTable(page, 1);
    const cells = await page.evaluate(async (slug) => {
      const html = await (await fetch(`/cities/${slug}/`)).text();
      const profile = new DOMParser().parseFromString(html, 'text/html');
      return [...document.querySelectorAll<HTMLElement>('.compare-table tr[data-field]')].flatMap((tr) => {
        const path = tr.dataset['field'] ?? '';
        const part = profile.querySelector(`[data-answer] [data-field="${CSS.escape(path)}"]`);
        if (!part) return [];
        const expected = part.cloneNode(true) as Element;
        for (const label of expected.querySelectorAll(':scope > .answer__label, :scope > .answer__item')) label.remove();
        return [{ path, kinds: [...part.classList], compare: tr.querySelector('td')?.innerHTML, profile: expected.innerHTML }];
      });
    }, city.slug);
    expect(cells.length).toBeGreaterThan(30);
    for (const c of cells) expect(c.compare, c.path).toBe(c.profile);
    // Every rendering kind is exercised, not only yes/no answers.
    const kinds = new Set(cells.flatMap((c) => c.kinds));
    for (const kind of ['closed', 'text', 'links', 'percent', 'figures', 'person', 'accounts', 'choice'])
      expect(kinds.has(`answer__field--${kind}`), kind).toBe(true);
    await context.close();
  });
});

describe('compare page, fictional build with many cities', () => {
  let cities: City[] = [];
  beforeAll(async () => {
    cities = (await (await fetch(`${demoUrl}/data/cities.json`)).json()) as City[];
    expect(cities.length).toBeGreaterThanOrEqual(20);
  });

  it('keyboard only: find and tick cities, see them side by side; the URL holds the selection', async () => {
    const { context, page, csp } = await open(`${demoUrl}/compare/`);
    await page.waitForSelector('[data-list] input');
    // Reach the filter with Tab alone.
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.hasAttribute('data-filter'))) && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-filter'))).toBe(true);
    const [a, b] = [cities[3] as City, cities[10] as City];
    // Type a name and press Enter: the first match is added.
    await page.keyboard.type(a.name);
    await page.keyboard.press('Enter');
    await waitForTable(page, 1);
    // Type another, arrow down into the list, tick it with Space.
    await page.keyboard.type(b.name);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.dataset['slug'])).toBe(b.slug);
    await page.keyboard.press('Space');
    await waitForTable(page, 2);
    expect(await tableCities(page)).toEqual([a.name, b.name]);
    expect(await search(page)).toBe(`?cities=${a.slug},${b.slug}`);
    // Remove a city with the keyboard from the chosen list.
    await page.locator(`[data-remove="${a.slug}"]`).focus();
    await page.keyboard.press('Enter');
    await waitForTable(page, 1);
    expect(await tableCities(page)).toEqual([b.name]);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('reload gives the same comparison; back and forward step through selections', async () => {
    const [a, b, c] = [cities[0] as City, cities[5] as City, cities[9] as City];
    const { context, page } = await open(`${demoUrl}/compare/?cities=${a.slug}`);
    await waitForTable(page, 1);
    await page.locator(`#pick-${b.slug}`).check();
    await waitForTable(page, 2);
    await page.locator(`#pick-${c.slug}`).check();
    await waitForTable(page, 3);
    expect(await tableCities(page)).toEqual([a.name, b.name, c.name]);
    await page.reload();
    await waitForTable(page, 3);
    expect(await tableCities(page)).toEqual([a.name, b.name, c.name]);
    await page.goBack();
    await waitForTable(page, 2);
    expect(await tableCities(page)).toEqual([a.name, b.name]);
    expect(await page.locator(`#pick-${c.slug}`).isChecked()).toBe(false);
    await page.goBack();
    await waitForTable(page, 1);
    expect(await search(page)).toBe(`?cities=${a.slug}`);
    await page.goForward();
    await waitForTable(page, 2);
    expect(await tableCities(page)).toEqual([a.name, b.name]);
    await context.close();
  });

  it('accepts repeated ?cities= (what the cities index submits) and caps the selection at five', async () => {
    const six = cities.slice(0, 6);
    const { context, page } = await open(`${demoUrl}/compare/?${six.map((c) => `cities=${c.slug}`).join('&')}&cities=no-such-city`);
    await waitForTable(page, 5);
    expect(await tableCities(page)).toEqual(six.slice(0, 5).map((c) => c.name));
    expect(await search(page)).toBe(
      `?cities=${six
        .slice(0, 5)
        .map((c) => c.slug)
        .join(',')}`,
    );
    const status = await page.locator('[data-status]').textContent();
    expect(status).toContain('no-such-city');
    expect(status).toContain((six[5] as City).name);
    // A sixth tick is refused, with a message.
    const sixth = page.locator(`#pick-${(six[5] as City).slug}`);
    await sixth.check({ force: true }).catch(() => undefined);
    expect(await sixth.isChecked()).toBe(false);
    expect(await page.locator('[data-status]').textContent()).toContain('At most 5');
    await context.close();
  });

  it('comparing five cities fetches only their countries’ response files; axe clean; no CSP violations; differences filter', async () => {
    const five = [cities[2], cities[7], cities[11], cities[15], cities[19]] as City[];
    const started = Date.now();
    const { context, page, csp, requests } = await open(`${demoUrl}/compare/?cities=${five.map((c) => c.slug).join(',')}`);
    await waitForTable(page, 5);
    renderTimes.push(Date.now() - started);
    const dataRequests = requests.filter((p) => p.startsWith('/data/'));
    expect(dataRequests.filter((p) => p.startsWith('/data/responses/')).sort()).toEqual([...new Set(five.map(countryFile))].sort());
    expect(dataRequests.filter((p) => !p.startsWith('/data/responses/'))).toEqual(['/data/cities.json']);
    expect(await page.locator('.indicator-chart svg[role="img"]').count()).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);

    // "Only where they differ": the questions left are exactly those whose cells' text differs.
    await page.locator('[data-only-differ]').check();
    const check = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('tbody.compare__question')].map((body) => {
        const rows = [...body.querySelectorAll('tr[data-field]')].map((tr) =>
          [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
        );
        const differs = rows.some((cells) => cells.some((c) => c !== cells[0]));
        return { id: body.dataset['question'], differs, hidden: body.hidden };
      }),
    );
    expect(check.length).toBeGreaterThan(20);
    for (const q of check) expect(q.hidden, `${q.id}`).toBe(!q.differs);
    expect(await search(page)).toContain('differ=1');
    await page.reload();
    await waitForTable(page, 5);
    expect(await page.locator('[data-only-differ]').isChecked()).toBe(true);
    expect(await page.locator('tbody.compare__question[hidden]').count()).toBe(check.filter((q) => !q.differs).length);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('at 375 px wide the page works and stays axe clean in the dark scheme', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${demoUrl}/compare/?cities=${(cities[1] as City).slug},${(cities[4] as City).slug}`);
    await waitForTable(page, 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
