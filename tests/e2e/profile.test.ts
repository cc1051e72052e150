// A city profile in Chromium: keyboard-only walkthrough (skip link, table of contents, copy link),
// the no-JavaScript fallback, the access date, print styles, narrow screens, and no CSP violations.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile } from '../helpers/browser-per-file.ts';
import { watchCsp } from '../../scripts/lib/browser.ts';
import { getEdition } from '../../src/questionnaire/index.ts';

const profileUrl = () => `${inject('baseUrl')}/cities/almaty/`;
const open = browserPerFile();

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id,
      href: el?.getAttribute('href'),
      text: el?.textContent?.trim(),
      label: el?.getAttribute('aria-label'),
      inside: el?.closest('section[id]')?.id,
    };
  });

/** Press Tab until the focused element matches, at most `limit` times. */
async function tabTo(page: Page, match: (a: Awaited<ReturnType<typeof active>>) => boolean, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (match(await active(page))) return;
  }
  throw new Error(`Focus never reached the element after ${limit} Tab presses`);
}

describe('keyboard-only walkthrough of the Almaty profile', () => {
  it('skip link, table of contents and copy link all work from the keyboard', async () => {
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    const csp = await watchCsp(page);
    await page.goto(profileUrl());

    // 1. The first Tab reaches the skip link, which is then visible; Enter moves focus to <main>.
    await page.keyboard.press('Tab');
    expect(await active(page)).toMatchObject({ tag: 'a', href: '#main' });
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0 && box.width > 10).toBe(true);
    await page.keyboard.press('Enter');
    expect(await active(page)).toMatchObject({ tag: 'main', id: 'main' });

    // 2. A table-of-contents link moves to its section, and the next Tab continues inside it.
    await tabTo(page, (a) => a.href === '#section-iii');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#section-iii');
    await page.waitForFunction(() => Math.abs(document.getElementById('section-iii')!.getBoundingClientRect().top) < 40);
    await page.keyboard.press('Tab');
    const next = await active(page);
    expect(await page.evaluate(() => document.getElementById('section-iii')!.contains(document.activeElement))).toBe(true);
    expect(next.inside).toMatch(/^(section-iii|iii-\d)$/);

    // 3. "Copy link" for III.2, by keyboard: the full URL of the answer lands on the clipboard and it is announced.
    await tabTo(page, (a) => a.label === 'Copy link to question III.2');
    await page.keyboard.press('Enter');
    const status = page.locator('#iii-2 copy-link [role="status"]');
    await expect.poll(() => status.textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${profileUrl()}#iii-2`);

    // 4. The plain anchor beside it works from the keyboard too.
    await page.keyboard.press('Shift+Tab');
    expect(await active(page)).toMatchObject({ href: '#iii-2' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#iii-2');

    expect(csp).toEqual([]);
  });

  it('focus is visible on links and buttons', async () => {
    const page = await open();
    await page.goto(profileUrl());
    await tabTo(page, (a) => a.href === '#section-i');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

describe('without JavaScript', () => {
  it('"link to this answer" is a plain anchor link, with no copy button, and the access date is the build date', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(profileUrl());
    const links = page.locator('copy-link a[href^="#"]');
    expect(await links.count()).toBe(await page.locator('section.question').count());
    expect(await page.locator('copy-link button').count()).toBe(0);
    expect(await page.locator('time[data-access-date="iso"]').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The page is complete: every question is there.
    expect(await page.locator('section.question h3').count()).toBe(getEdition(2022).questions.length);
  });
});

describe('with JavaScript', () => {
  it("fills in the reader's access date in both citations", async () => {
    const page = await open();
    await page.goto(profileUrl());
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(await page.locator('[data-citation="bibtex"] time').textContent()).toBe(today);
    expect(await page.locator('[data-citation="text"] time').getAttribute('datetime')).toBe(today);
  });
});

describe('print', () => {
  it('hides navigation and tools, and prints URLs after external links', async () => {
    const page = await open();
    await page.goto(profileUrl());
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.toc', '.actions', 'copy-link', '.breadcrumbs']) {
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).display),
        selector,
      ).toBe('none');
    }
    // A labelled link gets its address printed after it; a link that shows its address does not repeat it.
    const labelled = await page
      .locator('#iii-5 a.external:not(.external--bare)')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(labelled).toContain('https://apps.apple.com/kz/app/airkz/id1500250250');
    const bare = await page
      .locator('#i-1 a.external')
      .first()
      .evaluate((a) => [a.textContent, getComputedStyle(a, '::after').content]);
    expect(bare[0]).toContain('https://www.gov.kz/memleket/entities/almaty?lang=en');
    expect(bare[1]).toBe('none');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Many pages, not one clipped one.
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(5);
  });
});

describe('narrow screens', () => {
  it.each([320, 375])('at %i px nothing overflows sideways', async (width) => {
    const page = await open({ viewport: { width, height: 800 } });
    for (const path of ['/', '/cities/almaty/', '/about/']) {
      await page.goto(`${inject('baseUrl')}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
