// Question pages and question search in Chromium: the answers table (filters, find a city, URL state,
// without JavaScript), and search offering question pages and correcting a typo. Real build unless
// the demo build is needed (filters want more than one city).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, watchCsp } from '../../scripts/lib/browser.ts';

const base = inject('baseUrl');
const demo = inject('demoUrl');
let browser: Browser;
let context: BrowserContext;
const cspViolations: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  expect(cspViolations).toEqual([]);
  await browser?.close();
});

async function open(url: string, on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage();
  cspViolations.push(...(await watchCsp(page)));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  expect(errors).toEqual([]);
  return page;
}

const visibleRows = (page: Page) => page.locator('lgq-answer-table tr[data-row]:visible');

describe('search finds questions', () => {
  it.each([
    ['blockchain', ['/questions/viii-1/', '/questions/iii-2/']],
    ['CIO', ['/questions/i-3/']],
    ['satisfaction', ['/questions/v-1/', '/questions/v-2/', '/questions/v-3/']],
  ])('"%s" offers %j on the search page', async (query, paths) => {
    const page = await open(`${base}/search/?q=${query}`);
    const links = page.locator('a.search-result__title');
    await links.first().waitFor();
    // Every question page is among the results (the real site has one profile, so all fit on the first page).
    await expect
      .poll(async () => await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
      .toEqual(expect.arrayContaining(paths));
    expect(
      await page.locator('.search-result', { has: page.locator(`a.search-result__title[href^="${paths[0]}"]`) }).textContent(),
    ).toContain('Question page');
    await page.close();
  });

  it('"transprot" suggests "transport", in the dialog and on the search page, and the suggestion searches', async () => {
    const page = await open(`${base}/`);
    await page.click('lgq-header-search [data-search-open]');
    await page.keyboard.type('transprot');
    const offer = page.locator('lgq-header-search .search-suggestion a');
    await offer.waitFor();
    expect(await offer.textContent()).toBe('transport');
    expect(await page.locator('lgq-header-search .search-suggestion').textContent()).toBe('Did you mean transport?');
    await page.goto(`${base}/search/?q=transprot`);
    const onPage = page.locator('lgq-search-page .search-suggestion a');
    await onPage.waitFor();
    await onPage.click();
    await page.locator('a.search-result__title').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('transport');
    await page.close();
  });
});

describe('the answers table', () => {
  it('is there without JavaScript, with every answer, and no filters shown', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await open(`${base}/questions/i-3/`, noJs);
    expect(await page.locator('lgq-answer-table tr[data-row]').count()).toBe(1);
    expect(await page.locator('lgq-answer-table tr[data-row] th a').textContent()).toBe('Almaty');
    expect(await page.locator('lgq-answer-table form[data-filters]').isVisible()).toBe(false);
    // The table fits a phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await noJs.close();
  });

  it('filters by region and answer state, finds a city without accents, keeps it all in the URL', async () => {
    if (!demo) throw new Error('No demo build (dist-demo/): run npm run demo:build first.');
    const page = await open(`${demo}/questions/i-3/`);
    const total = await page.locator('lgq-answer-table tr[data-row]').count();
    expect(total).toBe(193);
    await page.selectOption('#answer-region', 'Europe');
    const europe = await visibleRows(page).count();
    expect(europe).toBeGreaterThan(0);
    expect(europe).toBeLessThan(total);
    expect(new URL(page.url()).searchParams.get('region')).toBe('Europe');
    await page.selectOption('#answer-state', 'yes');
    const states = await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['state']));
    expect(new Set(states)).toEqual(new Set(['yes']));
    expect(await page.locator('lgq-answer-table [data-count]').textContent()).toContain(`of ${total}`);
    // Find a city: typed without its accents.
    await page.selectOption('#answer-region', '');
    await page.selectOption('#answer-state', '');
    const accented = await page
      .locator('lgq-answer-table tr[data-row]')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['city'] ?? '').find((c) => c.normalize('NFD') !== c));
    expect(accented).toBeTruthy();
    const plain = (accented ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    await page.fill('#answer-city', plain);
    expect(await visibleRows(page).locator('th a').allTextContents()).toContain(accented);
    expect(new URL(page.url()).searchParams.get('city')).toBe(plain);
    // Reloading keeps the filter.
    await page.reload();
    expect(await page.inputValue('#answer-city')).toBe(plain);
    expect(await visibleRows(page).locator('th a').allTextContents()).toContain(accented);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
