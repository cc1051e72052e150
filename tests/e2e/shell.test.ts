// The site shell in Chromium: axe (WCAG 2.2 A/AA) and the Content-Security-Policy on home, the cities
// index, a profile, about and the 404 page, in light and dark and on a phone; sorting and filtering
// the cities index (on the fictional demo build, which has enough rows to sort).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { browserPerFile } from '../helpers/browser-per-file.ts';
import { watchCsp } from '../../scripts/lib/browser.ts';

const open = browserPerFile();

const PAGES = [
  ['home', '/'],
  ['cities index', '/cities/'],
  ['profile', '/cities/almaty/'],
  ['about', '/about/'],
  ['methodology', '/methodology/'],
  ['404', '/no-such-page/'],
] as const;
const VARIANTS = [
  ['light, desktop', 'light', 1280],
  ['dark, desktop', 'dark', 1280],
  ['light, 375 px', 'light', 375],
  ['dark, 375 px', 'dark', 375],
] as const;

describe('axe and CSP', () => {
  const cases = PAGES.flatMap(([name, path]) =>
    VARIANTS.map(([variant, colorScheme, width]) => [`${name} (${variant})`, path, colorScheme, width] as const),
  );
  it.each(cases)('%s: no axe violations, no CSP violations, one h1', async (_name, path, colorScheme, width) => {
    const page = await open({ colorScheme, viewport: { width, height: 900 } });
    const csp = await watchCsp(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${inject('baseUrl')}${path}`);
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(csp).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('404', () => {
  it('searches from its search box', async () => {
    const page = await open();
    await page.goto(`${inject('baseUrl')}/no-such-page/`);
    await page.getByLabel('Search for what you were looking for').fill('transport');
    await page.getByLabel('Search for what you were looking for').press('Enter');
    await page.waitForURL(/\/search\/\?q=transport$/);
  });
});

describe('cities index with JavaScript (demo build)', () => {
  const demo = () => {
    const url = inject('demoUrl');
    if (!url) throw new Error('The demo build is needed (npm run demo:build, or LGQ_TEST_DEMO_DIST=<folder>)');
    return url;
  };
  const column = (page: Page, n: number) =>
    page
      .locator('tbody:not([hidden])')
      .first()
      .locator('tr[data-row]:not([hidden])')
      .evaluateAll((rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i]?.dataset['value'] ?? ''), n);

  it('sorts by a column, both ways, over every row of the page (not region by region), missing values last', async () => {
    const page = await open();
    await page.goto(`${demo()}/cities/`);
    const total = await page.locator('tr[data-row]').count();
    const online = page.getByRole('button', { name: /^Online %/ });
    await online.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th:has(button:text("Online %"))').getAttribute('aria-sort')).toBe('ascending');
    const up = await column(page, 6);
    // One ranking: every row in one body, the region headings out of the way.
    expect(up).toHaveLength(total);
    expect(await page.locator('tbody:not([hidden]) tr.region-row').count()).toBe(0);
    expect(await page.getByLabel('Group by UN region').isChecked()).toBe(false);
    const present = up.filter((v) => v !== '').map(Number);
    expect(present.length).toBeGreaterThan(3);
    expect(present).toEqual([...present].sort((a, b) => a - b));
    expect(up.slice(present.length).every((v) => v === '')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('th:has(button:text("Online %"))').getAttribute('aria-sort')).toBe('descending');
    const down = (await column(page, 6)).filter((v) => v !== '').map(Number);
    expect(down).toEqual([...present].sort((a, b) => b - a));
    // Text columns sort too.
    await page.getByRole('button', { name: /^City/ }).click();
    const cities = await column(page, 1);
    expect(cities).toEqual([...cities].sort((a, b) => a.localeCompare(b, 'en')));
    // Grouping by region is an option: each region is then sorted on its own, under its heading.
    await page.getByLabel('Group by UN region').check();
    const bodies = page.locator('tbody:not([hidden])');
    expect(await bodies.count()).toBeGreaterThan(1);
    expect(await page.locator('tbody:not([hidden]) tr.region-row').count()).toBe(await bodies.count());
    const firstRegion = await column(page, 1);
    expect(firstRegion.length).toBeLessThan(total);
    expect(firstRegion).toEqual([...firstRegion].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('filters rows by city, country or region and says how many are shown', async () => {
    const page = await open();
    await page.goto(`${demo()}/cities/`);
    const total = await page.locator('tr[data-row]').count();
    const firstCountry = (await page.locator('tr[data-row] td:nth-child(3)').first().textContent())!.trim();
    await page.getByLabel('Filter cities').fill(firstCountry.toLowerCase());
    const visible = page.locator('tr[data-row]:not([hidden])');
    const n = await visible.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total);
    for (const c of await visible.locator('td:nth-child(3)').allTextContents()) expect(c.trim()).toBe(firstCountry);
    expect(await page.locator('[data-count]').textContent()).toBe(`${n} ${n === 1 ? 'response' : 'responses'} shown`);
    await page.getByLabel('Filter cities').fill('zzzz-no-such-city');
    expect(await page.locator('tbody:not([hidden])').count()).toBe(0);
    expect(await page.locator('[data-count]').textContent()).toBe('0 responses shown');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('ticked cities go to /compare/ as ?cities=<slug>&cities=<slug>', async () => {
    const page = await open();
    await page.goto(`${demo()}/cities/`);
    const boxes = page.locator('input[name="cities"]');
    const slugs = [await boxes.nth(0).getAttribute('value'), await boxes.nth(1).getAttribute('value')];
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: 'Compare selected' }).click();
    await page.waitForURL(/\/compare\//);
    expect(new URL(page.url()).searchParams.getAll('cities')).toEqual(slugs);
  });
});

describe('home map', () => {
  it('each city is a focusable, labelled link whose label shows on focus', async () => {
    const page = await open();
    await page.goto(`${inject('baseUrl')}/`);
    const point = page.locator('.world-map__point').first();
    const label = await point.getAttribute('aria-label');
    expect(label).toMatch(/^Almaty, Kazakhstan$/);
    await point.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    expect(await point.locator('text').evaluate((t) => getComputedStyle(t).display)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cities\/almaty\/$/);
  });
});
