// A chart's embed page in Chromium, on the demo build served with its own _headers (as Netlify or
// Cloudflare Pages would): alone at 320 px it fits without scrolling sideways and is axe-clean in
// both colour schemes; framed by another page it loads with no CSP violation, while a
// profile framed the same way is refused (frame-ancestors 'none': Chromium shows its error page).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { DEMO_DIST } from '../helpers/paths.ts';
import { launchBrowser, watchCsp } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import type { StaticSite } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(DEMO_DIST, { applyHeadersFile: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The first embed page of the build (`/embed/<question>/<chart>/`). */
function firstEmbedPath(): string {
  const question = readdirSync(join(DEMO_DIST, 'embed')).sort()[0];
  const chart = question && readdirSync(join(DEMO_DIST, 'embed', question)).sort()[0];
  if (!chart) throw new Error(`No embed page in ${DEMO_DIST}: run npm run demo:build`);
  return `/embed/${question}/${chart}/`;
}

describe('an embed page', () => {
  it.each(['light', 'dark'] as const)(
    'renders alone at 320 px in the %s scheme: no site chrome, no sideways scroll, axe-clean',
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      const violations = await watchCsp(page);
      const response = await page.goto(`${site.url}${firstEmbedPath()}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toMatch(/(^|;\s*)frame-ancestors \*(;|$)/);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('.site-header, .site-footer, nav').count()).toBe(0);
      expect(await page.locator('.chart-svg:visible').count()).toBe(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(violations).toEqual([]);
      await context.close();
    },
  );

  async function frame(path: string) {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const violations = await watchCsp(page);
    // A host page answered by the test on the same server (Chromium's local-network checks refuse a
    // loopback frame in a page of another loopback origin): frame-ancestors 'none' refuses even this.
    const host = `${site.url}/frame-host.html`;
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.failure()?.errorText ?? ''));
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title><iframe src="${site.url}${path}" title="Embedded" width="100%" height="700"></iframe></html>`,
      }),
    );
    await page.goto(host);
    await page.waitForLoadState('networkidle');
    const framed = page.frames().find((f) => f !== page.mainFrame());
    // A refused frame shows Chromium's error page (chrome-error://), which has a heading of its own.
    const url = framed?.url();
    const heading = framed && url === `${site.url}${path}` ? await framed.locator('h1').count() : 0;
    await context.close();
    return { url, heading, violations, failed };
  }

  it('loads inside an <iframe> on another page, with no CSP violation', async () => {
    const { url, heading, violations } = await frame(firstEmbedPath());
    expect(url).toBe(`${site.url}${firstEmbedPath()}`);
    expect(heading).toBe(1);
    expect(violations).toEqual([]);
  });

  it('is the only kind of page that may be framed: a profile is refused', async () => {
    const profile = readdirSync(join(DEMO_DIST, 'cities'), { withFileTypes: true }).find((e) => e.isDirectory() && e.name !== 'page');
    const { url, heading, failed } = await frame(`/cities/${profile?.name}/`);
    expect(url).toMatch(/^chrome-error:/);
    expect(failed).toContain('net::ERR_BLOCKED_BY_RESPONSE');
    expect(heading).toBe(0);
  });

  it('refuses framing of an unknown path too (the 404 page: X-Frame-Options, no per-path policy matches it)', async () => {
    const { url, heading, failed } = await frame('/no-such-page/');
    expect(url).toMatch(/^chrome-error:/);
    expect(failed).toContain('net::ERR_BLOCKED_BY_RESPONSE');
    expect(heading).toBe(0);
  });
});

describe('the embed snippet on a question page', () => {
  it('is copied whole by its Copy button, and the copy is announced', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const [question, chart] = firstEmbedPath().split('/').filter(Boolean).slice(1);
    await page.goto(`${site.url}/questions/${question}/`);
    const embed = page.locator(`#${chart} .chart__embed`);
    await embed.locator('summary').click();
    const code = (await embed.locator('code').textContent()) ?? '';
    expect(code).toMatch(new RegExp(`^<iframe src="[^"]*/embed/${question}/${chart}/"`));
    await embed.getByRole('button', { name: /Copy/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await embed.getByRole('status').textContent()).toMatch(/Copied/);
    await context.close();
  });
});
