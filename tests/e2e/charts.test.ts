// Charts in Chromium, on the real build (one response) and the fictional demo build (193): each
// drawn chart has an accessible name and description, a chart of too few values is a sentence, its
// table equals its CSV, tooltips can be reached with the keyboard, the enhancements (sort,
// accent-insensitive highlight kept in the URL) work, charts fit every width from 320 px without
// scrolling sideways, pages are axe-clean in both colour schemes, and no CSP violation is reported.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, watchCsp } from '../../scripts/lib/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function demoUrl(): string {
  const url = inject('demoUrl');
  if (!url)
    throw new Error(
      'No demo build is served (inject("demoUrl") is empty): run `npm run demo:build` (or set LGQ_TEST_DEMO_DIST) before the e2e tests.',
    );
  return url;
}

async function open(
  url: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; csp: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const csp = await watchCsp(page);
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  return { context, page, csp };
}

/** Every chart on the page: accessible name and description of the SVG on screen (if drawn), its summary, table and CSV link. */
async function chartsOn(page: Page) {
  return page.$$eval('lgq-chart', (charts) =>
    charts.map((chart) => {
      const svg = [...chart.querySelectorAll('svg')].find((s) => s.getClientRects().length > 0);
      const ids = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
      const rows = [...chart.querySelectorAll('table tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
      return {
        id: chart.id,
        drawn: svg !== undefined,
        drawings: chart.querySelectorAll('svg').length,
        role: svg?.getAttribute('role'),
        title: document.getElementById(ids[0] ?? '')?.textContent ?? '',
        desc: document.getElementById(ids[1] ?? '')?.textContent ?? '',
        titleIsSvgTitle: document.getElementById(ids[0] ?? '')?.tagName === 'title',
        summary: chart.querySelector('.chart__summary')?.textContent ?? '',
        rows,
        csv: chart.querySelector<HTMLAnchorElement>('a[download][href$=".csv"]')?.href ?? '',
      };
    }),
  );
}

async function expectChartsMatchTheirCsv(page: Page, minimum: number) {
  const charts = await chartsOn(page);
  expect(charts.length).toBeGreaterThanOrEqual(minimum);
  for (const c of charts) {
    expect(c.summary, c.id).toMatch(/\.$/);
    if (c.drawn) {
      expect(c.role, c.id).toBe('img');
      expect(c.titleIsSvgTitle).toBe(true);
      expect(c.title.length).toBeGreaterThan(5);
      expect(c.desc).toMatch(/\.$/);
    } else expect(c.drawings, `${c.id}: an SVG that is not shown`).toBe(0);
    expect(c.csv, c.id).not.toBe('');
    const csv = csvParseRows(await (await fetch(c.csv)).text());
    expect(c.rows, `${c.id}: table vs ${c.csv}`).toEqual(csv);
  }
  return charts;
}

/** Tab from the top of the page until a chart frame has focus; returns its chart's id. */
async function tabToChart(page: Page, id: string): Promise<void> {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.focus(`#${id} .chart__frame`);
  // Shift+Tab then Tab: focus arrives by keyboard, not by script.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('lgq-chart')?.id)).toBe(id);
}

for (const site of ['real', 'demo'] as const) {
  const base = () => (site === 'real' ? inject('baseUrl') : demoUrl());

  describe(`charts in Chromium (${site} build)`, () => {
    it('question pages: every chart is an image with a title and description, and its table equals its CSV', async () => {
      for (const path of ['/questions/', '/questions/iii-2/', '/questions/iv-1/', '/questions/ix-1/', '/questions/iii-5/']) {
        const { context, page, csp } = await open(`${base()}${path}`);
        await expectChartsMatchTheirCsv(page, 1);
        expect(csp, path).toEqual([]);
        await context.close();
      }
    });

    it('profiles: a strip per indicator, the city in words and marked on the shared image, which has loaded', async () => {
      const { context, page, csp } = await open(`${base()}/cities/`);
      const first = await page
        .locator('main a[href^="/cities/"][href$="/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')).find((h) => h && h !== '/cities/'));
      await page.goto(`${base()}${first}`);
      const city = (await page.locator('h1').textContent())?.trim() ?? '';
      const strips = page.locator('#distributions .profile-strip');
      expect(await strips.count()).toBe(7);
      for (const d of await page.locator('#distributions .profile-strip__sentence').allTextContents()) expect(d).toContain(city);
      // No chart element, table or download on the profile: "See all cities" leads to them.
      expect(await page.locator('#distributions lgq-chart, #distributions table, #distributions a[download]').count()).toBe(0);
      expect(await page.locator('#distributions a', { hasText: 'See all cities' }).count()).toBe(7);
      if (site === 'real') {
        // One response: each strip is a sentence, never one dot on an axis.
        expect(await page.locator('#distributions img, #distributions svg').count()).toBe(0);
      } else {
        for (let i = 0; i < 7; i++) await strips.nth(i).scrollIntoViewIfNeeded();
        // Lazy images load as they come into view, from the site itself (the CSP's img-src 'self').
        await expect
          .poll(() =>
            page.$$eval('#distributions img', (imgs) =>
              imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
            ),
          )
          .toBe(true);
        const images = await page.$$eval('#distributions img', (imgs) =>
          imgs.map((img) => ({ src: (img as HTMLImageElement).currentSrc, alt: img.getAttribute('alt') ?? '' })),
        );
        expect(images).toHaveLength(7);
        for (const img of images) {
          expect(new URL(img.src).origin).toBe(new URL(base()).origin);
          expect(img.src).toMatch(/\/strips\/[\w-]+-wide\.svg$/);
          expect(img.alt).toMatch(/^Across \d+ cities the median /);
        }
        // The city's value is marked, and its label names it.
        const labels = await page.locator('#distributions .profile-strip__marker--wide .profile-strip__label').allTextContents();
        expect(labels.length).toBeGreaterThan(0);
        for (const l of labels) expect(l).toMatch(new RegExp(`^${city}: `));
      }
      expect(csp).toEqual([]);
      await context.close();
    });

    it('tooltips are reachable by keyboard and by hover (or, with one response, there is no chart to explore)', async () => {
      const { context, page, csp } = await open(`${base()}/questions/iii-2/`);
      if (site === 'real') {
        expect(await page.locator('#closed-answers .chart__frame').count()).toBe(0);
        expect(await page.locator('#closed-answers .chart__summary').textContent()).toMatch(/^One response so far/);
        await context.close();
        return;
      }
      await tabToChart(page, 'closed-answers');
      const tooltip = page.locator('#closed-answers .chart__tooltip');
      const marks = page.locator('#closed-answers .chart-svg--wide [data-tip]');
      await expect.poll(() => tooltip.isHidden()).toBe(true);
      await page.keyboard.press('ArrowRight');
      const firstTip = await marks.first().getAttribute('data-tip');
      await expect.poll(() => tooltip.textContent()).toBe(firstTip);
      expect(await tooltip.isVisible()).toBe(true);
      await page.keyboard.press('End');
      const lastTip = await marks.last().getAttribute('data-tip');
      await expect.poll(() => tooltip.textContent()).toBe(lastTip);
      expect(await page.locator('#closed-answers .is-active').count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => tooltip.isHidden()).toBe(true);
      // Hover shows the same text.
      const mark = marks.nth(1);
      await mark.hover();
      await expect.poll(() => tooltip.textContent()).toBe(await mark.getAttribute('data-tip'));
      expect(csp).toEqual([]);
      await context.close();
    });

    it('ranked charts sort by name and back, and highlight matching cities', async () => {
      const { context, page } = await open(`${base()}/questions/iv-1/`);
      const rows = page.locator('#services-online-ranked .chart-svg--wide .rows > [data-name]');
      const order = async () =>
        (
          await rows.evaluateAll((els) =>
            els.map((e) => ({
              name: e.getAttribute('data-name') ?? '',
              y: Number(/translate\(0,([\d.]+)\)/.exec(e.getAttribute('transform') ?? '')?.[1]),
            })),
          )
        )
          .sort((a, b) => a.y - b.y)
          .map((r) => r.name);
      const before = await order();
      if (before.length > 1) {
        await page.getByRole('button', { name: 'Sort by name' }).click();
        expect(await order()).toEqual([...before].sort((a, b) => a.localeCompare(b, 'en')));
        await page.getByRole('button', { name: 'Sort by value' }).click();
        expect(await order()).toEqual(before);
        // Typed without accents and in capitals, the name is still found; one match goes in the URL.
        const name = before.find((n) => n.normalize('NFD') !== n) ?? before[1]!;
        const typed = name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
        await page.locator('#services-online-ranked').getByLabel('Highlight a city').fill(typed);
        const found = page.locator('#services-online-ranked .chart-svg--wide .is-found');
        expect(await found.evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).toContain(name);
        if ((await found.count()) === 1) {
          const id = (await found.getAttribute('data-id')) ?? '';
          const slug = id.split('/').at(-1);
          expect(new URL(page.url()).searchParams.get('highlight')).toBe(slug);
          // The link shows the same highlight, in every chart of the page that has the city.
          await page.goto(page.url());
          expect(await page.locator(`#services-online-ranked .chart-svg--wide .is-found[data-id="${id}"]`).count()).toBe(1);
          expect(await page.locator('#services-online-ranked').getByLabel('Highlight a city').inputValue()).toBe(name);
        }
      } else {
        // One response: nothing drawn, so nothing to sort or highlight.
        expect(await page.locator('#services-online-ranked .chart__controls').count()).toBe(0);
      }
      await context.close();
    });

    it('each drawn chart offers SVG and PNG downloads that carry its title and source (none for a chart of too few values)', async () => {
      const { context, page } = await open(`${base()}/questions/v-3/`);
      const charts = await page.$$eval('lgq-chart', (els) =>
        els.map((chart) => ({
          id: chart.id,
          title: chart.querySelector('.chart__title')?.textContent?.trim() ?? '',
          drawn: chart.querySelector('svg') !== null,
          svg: chart.querySelector<HTMLAnchorElement>('a[download][href$=".svg"]')?.href,
          png: chart.querySelector<HTMLAnchorElement>('a[download][href$=".png"]')?.href,
        })),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) {
        if (!c.drawn) {
          expect([c.svg, c.png], c.id).toEqual([undefined, undefined]);
          continue;
        }
        const svg = await (await fetch(c.svg!)).text();
        expect(svg, c.id).toContain(`<title id="take-away-title">${c.title.replace(/&/g, '&amp;')}</title>`);
        expect(svg).toContain('LGQ Knowledgebase · self-reported by cities · CC BY 4.0 ·');
        const png = await fetch(c.png!);
        expect(png.headers.get('content-type')).toMatch(/^image\/png/);
        const bytes = new Uint8Array(await png.arrayBuffer());
        const width = Number(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)"/.exec(svg)?.[1]);
        expect(new DataView(bytes.buffer).getUint32(16), c.id).toBe(width * 2);
      }
      if (site === 'real') expect(charts.every((c) => !c.drawn)).toBe(true);
      await context.close();
    });

    it('charts read without JavaScript: SVG (when drawn), summary and table are in the HTML', async () => {
      const { context, page } = await open(`${base()}/questions/iii-2/`, { javaScriptEnabled: false });
      expect(await page.locator('lgq-chart .chart__summary').count()).toBeGreaterThanOrEqual(2);
      if (site === 'demo') expect(await page.locator('lgq-chart svg[role="img"]:visible').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('lgq-chart details table').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('.chart__controls').count()).toBe(0);
      await context.close();
    });

    for (const colorScheme of ['light', 'dark'] as const)
      it(`question page, questions index and a profile are axe-clean (${colorScheme})`, async () => {
        for (const path of ['/questions/', '/questions/iii-2/', '/questions/iv-1/', '/cities/']) {
          const { context, page } = await open(`${base()}${path}`, { colorScheme });
          if (path === '/cities/') {
            const first = await page
              .locator('main a[href^="/cities/"]')
              .evaluateAll((as) => as.map((a) => a.getAttribute('href')).find((h) => h && /^\/cities\/[a-z0-9-]+\/$/.test(h)));
            await page.goto(`${base()}${first}`);
          }
          // Open the data tables too, so their contents are checked.
          await page.$$eval('details.chart__data', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
          expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
          await context.close();
        }
      });

    for (const width of [320, 375, 768, 1280])
      for (const colorScheme of ['light', 'dark'] as const)
        it(`at ${width}px (${colorScheme}) no chart scrolls sideways, labels stay inside, and the highlighted city is in the frame`, async () => {
          const { context, page } = await open(`${base()}/cities/`, { viewport: { width, height: 900 }, colorScheme });
          const profile = await page
            .locator('main a[href^="/cities/"]')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href')).find((h) => h && /^\/cities\/[a-z0-9-]+\/$/.test(h)));
          for (const path of ['/questions/v-3/', '/questions/iii-2/', '/questions/iv-1/', profile]) {
            await page.goto(`${base()}${path}`);
            const frames = await page.$$eval('.chart__frame', (els) =>
              els.map((frame) => {
                const box = frame.getBoundingClientRect();
                const svg = [...frame.querySelectorAll('svg')].find((s) => s.getClientRects().length > 0);
                const inside = (el: Element) => {
                  const r = el.getBoundingClientRect();
                  return r.left >= box.left - 1 && r.right <= box.right + 1;
                };
                // Text inside <symbol> definitions (heatmap cell symbols) is drawn only where it is used.
                const drawnText = [...(svg?.querySelectorAll('text') ?? [])].filter((t) => !t.closest('defs, symbol'));
                const outside = drawnText.filter((t) => !inside(t)).map((t) => t.textContent);
                const highlighted = [...(svg?.querySelectorAll('.is-highlighted, .highlight-mark, .highlight-label') ?? [])];
                return {
                  id: frame.closest('lgq-chart')?.id,
                  scroll: frame.scrollWidth - frame.clientWidth,
                  drawn: svg !== undefined,
                  outside,
                  highlightedOutside: highlighted.filter((h) => !inside(h)).length,
                };
              }),
            );
            for (const f of frames) {
              const where = `${path} ${f.id} at ${width}px`;
              expect(f.drawn, where).toBe(true);
              expect(f.scroll, where).toBeLessThanOrEqual(0);
              expect(f.outside, where).toEqual([]);
              expect(f.highlightedOutside, where).toBe(0);
            }
            if (path === profile) {
              // The profile's strips: the shared image (the narrow one in a narrow window) and the city's
              // marker laid exactly over it, label and all inside the frame.
              const strips = page.locator('.profile-strip__frame');
              for (let i = 0; i < (await strips.count()); i++) await strips.nth(i).scrollIntoViewIfNeeded();
              const shown = await page.$$eval('.profile-strip__frame', (els) =>
                els.map((frame) => {
                  const box = frame.getBoundingClientRect();
                  const img = frame.querySelector('img')!;
                  const marker = [...frame.querySelectorAll('svg')].find((s) => s.getClientRects().length > 0);
                  const inside = (el: Element) => {
                    const r = el.getBoundingClientRect();
                    return r.left >= box.left - 1 && r.right <= box.right + 1;
                  };
                  const ib = img.getBoundingClientRect();
                  const mb = marker?.getBoundingClientRect();
                  return {
                    id: frame.closest('figure')?.id,
                    scroll: frame.scrollWidth - frame.clientWidth,
                    src: img.currentSrc,
                    imageInside: inside(img),
                    marker: marker?.getAttribute('class') ?? '',
                    aligned: mb
                      ? [mb.left - ib.left, mb.top - ib.top, mb.width - ib.width, mb.height - ib.height].every((d) => Math.abs(d) < 1)
                      : true,
                    markOutside: [...(marker?.querySelectorAll('path, text, circle, line') ?? [])].filter((m) => !inside(m)).length,
                  };
                }),
              );
              if (site === 'demo') expect(shown.length).toBe(7);
              for (const f of shown) {
                const where = `${path} ${f.id} at ${width}px`;
                const narrow = width < 540;
                expect(f.scroll, where).toBeLessThanOrEqual(0);
                expect(f.imageInside, where).toBe(true);
                expect(f.src, where).toMatch(narrow ? /-narrow\.svg$/ : /-wide\.svg$/);
                if (f.marker) expect(f.marker, where).toContain(narrow ? 'profile-strip__marker--narrow' : 'profile-strip__marker--wide');
                expect(f.aligned, where).toBe(true);
                expect(f.markOutside, where).toBe(0);
              }
            }
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
          }
          await context.close();
        });
  });
}
