// Reader-first layout (issue 13): answers first on profiles, the contents list marking where the
// reader is, tables that keep their headers, the cities table's global sort, accent-insensitive
// filters, the compare tray, no JavaScript-only control shown without JavaScript, and print length.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { browserPerFile } from '../helpers/browser-per-file.ts';

const open = browserPerFile();
const VIEWPORT = { width: 1280, height: 900 };

const demo = () => {
  const url = inject('demoUrl');
  if (!url) throw new Error('The demo build is needed (npm run demo:build, or LGQ_TEST_DEMO_DIST=<folder>)');
  return url;
};
const real = () => inject('baseUrl');

interface City {
  slug: string;
  name: string;
  country: string;
}
async function demoCities(page: Page): Promise<City[]> {
  const res = await page.request.get(`${demo()}/data/cities.json`);
  return (await res.json()) as City[];
}

/** The name without its accents, as someone types it on a keyboard without them. */
const unaccented = (name: string) => name.normalize('NFD').replace(/\p{Diacritic}/gu, '');

/** A demo city whose name has an accent ("Brâmor"), with a part of it that carries the accent. */
async function accentedCity(page: Page): Promise<City & { typed: string }> {
  const city = (await demoCities(page)).find((c) => unaccented(c.name) !== c.name && !/[^\p{Script=Latin}\s'-]/u.test(c.name));
  if (!city) throw new Error('The demo data has no accented city name');
  return { ...city, typed: unaccented(city.name).toLowerCase() };
}

/** Top of an element relative to the document, in CSS pixels. */
const documentTop = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe('profiles: answers first', () => {
  it.each([
    ['real build (Almaty)', () => `${real()}/cities/almaty/`],
    ['demo build', async (page: Page) => `${demo()}/cities/${(await demoCities(page))[0]?.slug}/`],
  ] as const)('%s: the first answer starts within 1.5 viewport heights at 1280×900', async (_what, url) => {
    const page = await open({ viewport: VIEWPORT });
    await page.goto(await url(page));
    const top = await documentTop(page, '#i-1');
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThanOrEqual(1.5 * VIEWPORT.height);
    // The city, its source and the summary come first, then the contents.
    expect(await documentTop(page, 'h1')).toBeLessThan(await documentTop(page, '#at-a-glance'));
    expect(await documentTop(page, '#at-a-glance')).toBeLessThan(top);
    expect(await documentTop(page, '.toc')).toBeLessThan(VIEWPORT.height);
    // The charts of where the city stands and the yes/no overview come after the answers.
    const lastAnswer = await documentTop(page, 'section.question:last-of-type');
    expect(await documentTop(page, '#distributions')).toBeGreaterThan(lastAnswer);
    expect(await documentTop(page, '#yes-no-answers')).toBeGreaterThan(lastAnswer);
  });

  it("the respondent's status is not headline information: it is at its question only", async () => {
    const page = await open({ viewport: VIEWPORT });
    await page.goto(`${real()}/cities/almaty/`);
    expect(await page.locator('.profile-header').textContent()).not.toContain('Respondent status');
  });

  it('a headline figure gives the rank where it means something', async () => {
    const page = await open({ viewport: VIEWPORT });
    const city = (await demoCities(page))[0];
    await page.goto(`${demo()}/cities/${city?.slug}/`);
    const ranks = await page.locator('.glance__rank').allTextContents();
    expect(ranks.length).toBeGreaterThan(0);
    for (const r of ranks) expect(r).toMatch(/^(Joint )?\d+(st|nd|rd|th) highest of \d+ cities that gave a value$/);
    // One real city: no "1st of 1".
    await page.goto(`${real()}/cities/almaty/`);
    expect(await page.locator('.glance__rank').count()).toBe(0);
  });

  it('the contents list marks the section being read, and stays in view', async () => {
    const page = await open({ viewport: VIEWPORT });
    await page.goto(`${real()}/cities/almaty/`);
    await page.locator('#section-v').evaluate((el) => el.scrollIntoView());
    await expect
      .poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href'), { timeout: 5000 })
      .toMatch(/^#(section-v|v-\d+)$/);
    const toc = await page.locator('.toc').boundingBox();
    expect(toc && toc.y >= 0 && toc.y < VIEWPORT.height).toBe(true);
    await page.locator('#iii-2').evaluate((el) => el.scrollIntoView());
    await expect.poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href'), { timeout: 5000 }).toBe('#iii-2');
    // Far down the page, the marked entry is scrolled into the list's own box.
    await page.locator('#viii-2').evaluate((el) => el.scrollIntoView());
    await expect.poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href'), { timeout: 5000 }).toBe('#viii-2');
    const [entry, list] = [await page.locator('.toc a[aria-current]').boundingBox(), await page.locator('.toc').boundingBox()];
    expect(entry!.y).toBeGreaterThanOrEqual(list!.y);
    expect(entry!.y + entry!.height).toBeLessThanOrEqual(list!.y + list!.height);
  });

  it('prints Almaty in at most 8 A4 pages, answers only', async () => {
    const page = await open({ viewport: VIEWPORT });
    await page.goto(`${real()}/cities/almaty/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.header-search', '.profile-distributions', '.toc', 'copy-link', '.actions']) {
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).display),
        selector,
      ).toBe('none');
    }
    // Definitions print open.
    const definition = page.locator('details.definition p').first();
    expect(await definition.isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(8);
  });
});

describe('cities table', () => {
  it('keeps its column headers in view after scrolling to the last row', async () => {
    const page = await open({ viewport: VIEWPORT });
    await page.goto(`${demo()}/cities/`);
    await page
      .locator('tr[data-row]')
      .last()
      .evaluate((row) => row.scrollIntoView({ block: 'end' }));
    const header = await page.locator('thead th').nth(1).boundingBox();
    const row = await page.locator('tr[data-row]').last().boundingBox();
    expect(header && row).toBeTruthy();
    expect(header!.y).toBeGreaterThanOrEqual(0);
    expect(header!.y + header!.height).toBeLessThanOrEqual(row!.y + 1);
    expect(await page.locator('thead th').nth(1).textContent()).toContain('City');
  });

  it('finds an accented name typed without accents, in any case', async () => {
    const page = await open({ viewport: VIEWPORT });
    const city = await accentedCity(page);
    await page.goto(`${demo()}/cities/`);
    await page.getByLabel('Filter cities').fill(city.typed.toUpperCase());
    const names = await page.locator('tr[data-row]:not([hidden]) th[scope="row"]').allTextContents();
    expect(names.map((n) => n.trim())).toContain(city.name);
  });

  it('a compare tray stays on screen with the number of ticked cities and a Compare button', async () => {
    const page = await open({ viewport: VIEWPORT });
    await page.goto(`${demo()}/cities/`);
    const tray = page.locator('.compare-tray');
    const inView = async () => {
      const box = await tray.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height + 1;
    };
    expect(await inView()).toBe(true);
    const boxes = page.locator('input[name="cities"]');
    await boxes.nth(0).check();
    await boxes.nth(5).check();
    await boxes.nth(9).check();
    expect(await page.locator('[data-selected]').textContent()).toBe('3 cities selected');
    await page.mouse.wheel(0, 3000);
    expect(await inView()).toBe(true);
    expect(await tray.getByRole('button', { name: 'Compare selected' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('compare', () => {
  it('keeps the city names in view after scrolling far down the table, and finds accented names typed without accents', async () => {
    const page = await open({ viewport: VIEWPORT });
    const city = await accentedCity(page);
    const others = (await demoCities(page)).filter((c) => c.slug !== city.slug).slice(0, 2);
    await page.goto(`${demo()}/compare/?cities=${others.map((c) => c.slug).join(',')}`);
    await page.getByLabel('Find a city or country').fill(city.typed);
    await expect.poll(() => page.locator('#city-options label').allTextContents()).toContainEqual(expect.stringContaining(city.name));
    await page.getByLabel('Find a city or country').press('Enter');
    await page.locator('.compare-table thead th').nth(3).waitFor();
    await page
      .locator('.compare-table tbody tr')
      .last()
      .evaluate((row) => row.scrollIntoView({ block: 'end' }));
    const heads = page.locator('.compare-table thead th');
    for (let i = 1; i <= 3; i++) {
      const box = await heads.nth(i).boundingBox();
      expect(box && box.y >= 0 && box.y < VIEWPORT.height).toBe(true);
    }
    expect(await heads.nth(3).textContent()).toContain(city.name);
  });

  it('at 375 px only the table scrolls sideways, with its first column kept and a cue', async () => {
    const page = await open({ viewport: { width: 375, height: 800 } });
    const cities = (await demoCities(page)).slice(0, 3);
    await page.goto(`${demo()}/compare/?cities=${cities.map((c) => c.slug).join(',')}`);
    await page.locator('.compare-table thead th').nth(3).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const wrap = page.locator('.compare .table-wrap');
    expect(await wrap.evaluate((w) => w.scrollWidth > w.clientWidth)).toBe(true);
    expect(await page.locator('.compare__scroll-hint').isVisible()).toBe(true);
    const label = page.locator('.compare__row th').first();
    const before = await label.boundingBox();
    await wrap.evaluate((w) => w.scrollBy({ left: 400 }));
    const after = await label.boundingBox();
    expect(after?.x).toBe(before?.x);
  });
});

describe('without JavaScript', () => {
  it.each([
    ['cities table', () => `${demo()}/cities/`],
    ['profile', () => `${real()}/cities/almaty/`],
  ] as const)('%s: no control that needs JavaScript is shown', async (_what, url) => {
    const page = await open({ viewport: VIEWPORT, javaScriptEnabled: false });
    await page.goto(url());
    for (const selector of ['[data-filter]', '[data-group-toggle]', '[data-selected]', '.sort-button', 'copy-link button']) {
      const all = page.locator(selector);
      for (let i = 0; i < (await all.count()); i++) expect(await all.nth(i).isVisible(), selector).toBe(false);
    }
    // What works without JavaScript stays: the compare form's button on the cities table, the contents links on a profile.
    const works = page.locator('.compare-tray button, .toc a');
    expect(await works.first().isVisible()).toBe(true);
  });
});
