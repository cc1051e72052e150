// No Content-Security-Policy violation on any page type, with the policy in force twice over: the
// page's own <meta> (hashes) and the HTTP header from the shipped _headers file (frame-ancestors),
// served as Netlify or Cloudflare Pages would. Also: no request leaves the machine.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchCsp } from '../../scripts/lib/browser.ts';
import { openPageType, pageTypes } from '../helpers/page-types.ts';
import { DIST } from '../helpers/paths.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import type { StaticSite } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(DIST, { applyHeadersFile: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('Content-Security-Policy on every page type', () => {
  it.each(pageTypes(DIST).map((t) => [t.name, t] as const))('%s: no violation, header and meta both in force', async (_name, type) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = await watchCsp(page);
    const offMachine: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.hostname !== '127.0.0.1' && !['data:', 'blob:'].includes(url.protocol)) offMachine.push(r.url());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const response = await openPageType(page, site.url, type);
    // An unknown top-level path (the 404 type) matches no per-path rule of _headers (see public/_headers):
    // its page keeps its <meta> policy, and the site-wide X-Frame-Options refuses framing.
    if (type.status !== 404) expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    else expect(response?.headers()['x-frame-options']).toBe('DENY');
    expect(await page.locator('meta[http-equiv="content-security-policy" i]').count()).toBe(1);
    // Let late work (module scripts, wasm, fetches) finish before judging.
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
