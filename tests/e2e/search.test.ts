// Search in Chromium on the built site: the header dialog, the /search/ page with filters and ?q=,
// landing on the highlighted answer, keyboard-only use, axe with the dialog open, the CSP, and
// what a visitor without JavaScript gets.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, watchCsp } from '../../scripts/lib/browser.ts';
import { getEdition, questionsInSection } from '../../src/questionnaire/index.ts';
import { sectionLabel } from '../../src/lib/search/records.ts';
import { questionPath } from '../../src/lib/urls.ts';

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
    // A section where "transport" is not answered: no results (checked in the browser over the ranked results).
    const section = page.locator('select[name="section"]');
    await section.selectOption({ label: 'I. Institutional Framework' });
    await page.waitForURL(/section=I\.\+/);
    await page.locator('[data-search-status]', { hasText: /^0 results for “transport” in I\. Institutional Framework\.$/ }).waitFor();
    expect(await results.count()).toBe(0);
    // Section III: the III.6 answer is back, and every answer shown is one of section III.
    const third = (await section.locator('option').allTextContents()).find((t) => t.startsWith('III. ')) ?? '';
    await section.selectOption({ label: third });
    await page.locator('a.search-result__sub[href*="#iii-6"]').waitFor();
    // (Profiles' answers; question pages of section III are results too, with their own headings.)
    const subs = await page
      .locator('.search-result:has(a.search-result__title[href^="/cities/"]) a.search-result__sub')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(subs.length).toBeGreaterThan(0);
    expect(
      subs.every((hash) => /^#(section-)?iii(-\d+)?$/.test(hash)),
      subs.join(' '),
    ).toBe(true);
    // Every result was checked (a small site): the count is exact.
    expect(await page.locator('lgq-search-page [data-search-status]').innerText()).toMatch(
      /^\d+ results? for “transport” in III\. [^(]*\.$/,
    );
    expect(await page.locator('[data-search-check]').isVisible()).toBe(false);
    // The section is in the URL and survives a reload.
    await page.waitForURL(/section=III\.\+/);
    await page.reload();
    await page.locator('a.search-result__sub[href*="#iii-6"]').waitFor();
    expect(await section.inputValue()).toBe(third);
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

  it('a section keeps the question pages of that section, not those of others', async () => {
    const page = await open('/search/?q=blockchain');
    await page.locator('a.search-result__title[href^="/questions/viii-1/"]').waitFor();
    const third = (await page.locator('select[name="section"] option').allTextContents()).find((t) => t.startsWith('III. ')) ?? '';
    await page.locator('select[name="section"]').selectOption({ label: third });
    await page.locator('a.search-result__title[href^="/questions/iii-2/"]').waitFor();
    expect(await page.locator('a.search-result__title[href^="/questions/viii-1/"]').count()).toBe(0);
    await page.close();
  });

  it('is axe-clean with results and filters', async () => {
    const page = await open('/search/?q=transport');
    await page.locator('lgq-search-page .search-result').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('/search/ with a section, on the demo (193 responses)', () => {
  function demoUrl(): string {
    const url = inject('demoUrl');
    if (!url) throw new Error('No demo build is served: run `npm run demo:build` (or set LGQ_TEST_DEMO_DIST) before the e2e tests.');
    return url;
  }
  const third = getEdition(2022).sections.find((s) => s.id === 'III');
  const label = third ? sectionLabel(third) : 'III';
  const SO_FAR = /^(\d+) results in III\. .* among the first (\d+) checked \(of (\d+)\)\.$/;

  it('fills a page by checking results in batches, says how many were checked, checks more and pages on', async () => {
    const page = await context.newPage();
    await page.goto(`${demoUrl()}/search/?section=${encodeURIComponent(label)}`);
    const results = page.locator('lgq-search-page .search-result');
    const status = page.locator('lgq-search-page [data-search-status]');
    await status.filter({ hasText: SO_FAR }).waitFor();
    expect(await results.count()).toBe(10);
    const [, matched, checked, total] = SO_FAR.exec(await status.innerText())?.map(Number) ?? [];
    expect(checked).toBe(20);
    expect(matched).toBeGreaterThanOrEqual(10);
    expect(matched).toBeLessThanOrEqual(20);
    // Without words: every profile (all have section III) and the section's question pages, no editorial page.
    const profiles = Number(
      /\d+/.exec(await page.locator('input[name="type"][value="Response"] ~ .search-filters__count').innerText())?.[0],
    );
    expect(profiles).toBe(193);
    const expected = profiles + questionsInSection(2022, 'III').length;
    expect(total).toBeGreaterThan(expected);
    // "Check more" counts 40 more, from the keyboard.
    const check = page.locator('[data-search-check]');
    await check.focus();
    await page.keyboard.press('Enter');
    await status.filter({ hasText: /among the first 60 checked/ }).waitFor();
    expect(await results.count()).toBe(10);
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(() => document.querySelectorAll('lgq-search-page .search-result').length === 20);
    // Checking everything gives the exact count; the button goes and focus moves to "Show more".
    while (await check.isVisible()) {
      const before = await status.innerText();
      await check.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((text) => document.querySelector('lgq-search-page [data-search-status]')?.textContent !== text, before);
    }
    await status.filter({ hasText: new RegExp(`^${expected} results in III\\. [^(]*\\.$`) }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-more'))).toBe(true);
    // Paging shows exactly that many.
    while (await page.locator('[data-search-more]').isVisible()) await page.locator('[data-search-more]').click();
    await page.waitForFunction((n) => document.querySelectorAll('lgq-search-page .search-result').length === n, expected);
    const hrefs = await results
      .locator('a.search-result__title')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((h) => h.startsWith('/questions/')).sort()).toEqual(
      questionsInSection(2022, 'III')
        .map((q) => questionPath(2022, q.id))
        .sort(),
    );
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
