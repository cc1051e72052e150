// Search in Chromium on the built site: the header dialog, the /search/ page with filters and ?q=,
// landing on the highlighted answer, keyboard-only use, axe with the dialog open, the CSP, and
// what a visitor without JavaScript gets.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, watchCsp } from '../../scripts/lib/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
const cspViolations: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  cspViolations.push(...(await watchCsp(page)));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}${path}`);
  expect(errors).toEqual([]);
  return page;
}

const dialog = (page: Page) => page.locator('lgq-header-search dialog');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('header search', () => {
  it('searches as you type, follows a result to the anchored answer and highlights the terms there', async () => {
    const page = await open('/');
    await page.click('lgq-header-search [data-search-open]');
    expect(await dialog(page).evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.type('air quality');
    const answer = dialog(page).locator('a.search-result__sub[href*="#iii-5"]');
    await answer.waitFor();
    expect(await answer.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['air', 'quality']));
    await answer.click();
    await page.waitForURL(/\/cities\/almaty\/\?.*pagefind-highlight=air.*#iii-5$/);
    const marks = page.locator('#iii-5 mark.search-highlight');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['air', 'quality']));
    // The target answer is on screen.
    await page.waitForFunction(() => {
      const box = document.getElementById('iii-5')?.getBoundingClientRect();
      return box !== undefined && box.top >= -1 && box.top < innerHeight / 2;
    });
    await page.close();
  });

  it('works from the keyboard alone: / opens, arrows reach results, Escape closes and returns focus', async () => {
    const page = await open('/cities/');
    // Tab to the header search trigger, as a keyboard user would.
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.matches('[data-search-open]'))); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    await page.keyboard.type('Darmen');
    // Results of a shorter prefix ("Darm") may show first: wait for those of the whole word.
    await expect.poll(() => dialog(page).locator('[data-search-status]').textContent()).toContain('Darmen');
    await dialog(page).locator('.search-result').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toMatch(/Almaty/);
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toMatch(/^VII\.1/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    await page.keyboard.press('Escape');
    expect(await dialog(page).evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);

    // Ctrl-K opens it too; Enter on a focused result follows it.
    await page.keyboard.press('Control+k');
    expect(await dialog(page).evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cities\/almaty\/.*#vii-1$/);
    await page.close();
  });

  it('is axe-clean with the dialog open and results shown', async () => {
    const page = await open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('transport');
    await dialog(page).locator('.search-result').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('/search/ page', () => {
  it('renders the results of ?q= on load, and keeps the query in the URL as it changes', async () => {
    const page = await open('/search/?q=transport');
    await page.locator('lgq-search-page .search-result').first().waitFor();
    expect(await page.inputValue('#search-page-input')).toBe('transport');
    expect(await page.locator('lgq-search-page a.search-result__sub[href*="#iii-6"]').count()).toBeGreaterThan(0);
    await page.fill('#search-page-input', 'Darmen');
    await page.locator('lgq-search-page a.search-result__sub[href*="#vii-1"]').waitFor();
    await page.waitForURL(/\?q=Darmen$/);
    await page.reload();
    await page.locator('lgq-search-page a.search-result__sub[href*="#vii-1"]').waitFor();
    expect(await page.inputValue('#search-page-input')).toBe('Darmen');
    await page.close();
  });

  it('filters change the results and are kept in the URL', async () => {
    const page = await open('/search/?q=transport');
    const results = page.locator('lgq-search-page .search-result');
    await results.first().waitFor();
    const before = await results.count();
    expect(before).toBeGreaterThan(0);
    // A section where "transport" is not answered: no results.
    const section = page.locator('select[name="section"]');
    await section.selectOption({ label: 'I. Institutional Framework' });
    await page.waitForURL(/section=I\.\+/);
    await page.locator('[data-search-status]', { hasText: /No results/ }).waitFor();
    expect(await results.count()).toBe(0);
    // Section III: the III.6 answer is back, and every result is a section III record.
    const third = (await section.locator('option').allTextContents()).find((t) => t.startsWith('III. ')) ?? '';
    await section.selectOption({ label: third });
    await page.locator('a.search-result__sub[href*="#iii-6"]').waitFor();
    const contexts = await page.locator('.search-result__context').allTextContents();
    expect(contexts.length).toBeGreaterThan(0);
    expect(contexts.every((c) => c.startsWith('III. '))).toBe(true);
    await section.selectOption({ value: '' });
    await page.waitForURL((url) => !url.search.includes('section='));
    // Region: Europe has no Almaty.
    const europe = page.locator('input[name="region"][value="Europe"]');
    if ((await europe.count()) > 0) {
      await europe.check();
      expect((await page.locator('.search-result__title').allTextContents()).some((t) => t.includes('Almaty'))).toBe(false);
      await europe.uncheck();
    }
    await page.locator('input[name="region"][value="Asia"]').check();
    await page.waitForURL(/region=Asia/);
    await page.locator('.search-result__title', { hasText: 'Almaty' }).first().waitFor();
    await page.close();
  });

  it('is axe-clean with results and filters', async () => {
    const page = await open('/search/?q=transport');
    await page.locator('lgq-search-page .search-result').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the header search is a link to /search/, which explains and links the cities and questions', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/`);
    expect(await page.getAttribute('lgq-header-search [data-search-open]', 'href')).toBe('/search/');
    expect(await page.locator('lgq-header-search dialog').isVisible()).toBe(false);
    await page.click('lgq-header-search [data-search-open]');
    await page.waitForURL(/\/search\/$/);
    expect(await page.locator('[data-search-nojs]').innerText()).toMatch(/needs JavaScript/);
    expect(await page.locator('[data-search-nojs] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/cities/',
      '/questions/',
    ]);
    expect(await page.locator('lgq-search-page').isVisible()).toBe(false);
    await noJs.close();
  });
});

describe('content security policy', () => {
  it("allows Pagefind's WebAssembly on the page itself, for browsers where its worker is unavailable", async () => {
    const page = await open('/search/');
    // A string, so vitest does not rewrite the dynamic import() for Node.
    const count = await page.evaluate<number>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      const search = await pagefind.search('transport');
      return search.results.length;
    })()`);
    expect(count).toBeGreaterThan(0);
    await page.close();
  });

  it('search ran without a CSP violation on any page above', () => {
    expect(cspViolations).toEqual([]);
  });
});
