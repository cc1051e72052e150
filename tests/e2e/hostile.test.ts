// The hostile fixture, end to end: validation keeps only the accepted file (tests/unit/lib/validate/
// hostile.test.ts proves what it rejects), a real build renders that file, and Chromium proves every
// page inert: no dialog, no script run (`window.__pwned` never set), no injected attributes or elements,
// no request off the machine, no CSP violation, and no horizontal overflow at 375 and 1280 px.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContentDir } from '../../src/lib/validate/index.ts';
import { buildSite } from '../helpers/build.ts';
import { launchBrowser, watchCsp } from '../../scripts/lib/browser.ts';
import { builtPages } from '../helpers/html.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import type { StaticSite } from '../../scripts/lib/static-server.ts';

const FIXTURE = resolve('tests/fixtures/hostile');
const SLUG = 'inert-city';
const WIDTHS = [375, 1280];

let browser: Browser;
let site: StaticSite;
let outDir = '';
let pagePaths: string[] = [];

beforeAll(async () => {
  // Only what validation accepts reaches a build, exactly as `npm run build` (validate, then build) does.
  const { responses } = await validateContentDir(FIXTURE);
  expect(responses.map((r) => r.slug)).toEqual([SLUG]);
  const content = mkdtempSync(join(tmpdir(), 'lgq-hostile-content-'));
  for (const r of responses) {
    mkdirSync(join(content, String(r.edition)), { recursive: true });
    cpSync(join(FIXTURE, String(r.edition), `${r.slug}.yaml`), join(content, String(r.edition), `${r.slug}.yaml`));
  }
  ({ outDir } = await buildSite({ contentDir: content }));
  pagePaths = builtPages(outDir).map((p) => p.path);
  site = await serveStatic(outDir);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

interface Visit {
  readonly dialogs: string[];
  readonly offMachine: string[];
  readonly csp: string[];
  readonly page: Page;
}

/** Open a URL at a width, recording dialogs, requests leaving loopback and CSP violations. */
async function visit(path: string, width: number): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const offMachine: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) offMachine.push(r.url());
  });
  const csp = await watchCsp(page);
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return { dialogs, offMachine, csp, page };
}

/** Hover and focus every link, button and field, so injected onmouseover/onfocus handlers would fire. */
async function provoke(page: Page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('a, button, input, summary, [tabindex]')) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'click']) {
        if (type === 'click' && el.tagName === 'A') continue; // following links is the link checker's job
        el.dispatchEvent(new Event(type, { bubbles: true }));
      }
    }
  });
}

/** What an injection would leave in the DOM. */
function injectedInDom(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) if (/^on/i.test(a)) found.push(`<${el.localName} ${a}>`);
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('xlink:href');
      if (href && /^\s*(javascript|data|vbscript):/i.test(href) && !(el.localName === 'link' && el.getAttribute('rel') === 'icon'))
        found.push(`<${el.localName} href="${href.slice(0, 40)}">`);
    }
    for (const el of document.querySelectorAll('iframe, object, embed, frame, base, main svg[onload], main img[onerror]'))
      found.push(`<${el.localName}>`);
    for (const s of document.querySelectorAll('script'))
      if (s.src && new URL(s.src).origin !== location.origin) found.push(`<script src=${s.src}>`);
    return found;
  });
}

describe('a site built from the hostile fixture', () => {
  it('built a profile for the accepted file, and nothing for the rejected ones', () => {
    expect(pagePaths).toContain(`/cities/${SLUG}/`);
    for (const rejected of ['markup-city', 'url-city', 'bidi-city']) expect(pagePaths).not.toContain(`/cities/${rejected}/`);
    expect(existsSync(join(outDir, 'cities', SLUG, 'index.html'))).toBe(true);
  });

  it('shows the hostile text as text on the profile', async () => {
    const { page } = await visit(`/cities/${SLUG}/`, 1280);
    const text = await page.locator('main').innerText();
    expect(text).toContain('svg onload=window.__pwned=1;alert(1) and 1 < 2 > 0');
    expect(text).toContain('javascript:window.__pwned=1;alert(1) is not a link');
    expect(text).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(text).toContain('Qala-i-Ḩisār 🏙️');
    expect(text).toContain('数字政府');
    // The attribute break-out attempt in a link label stays inside the link's text.
    expect(await page.locator('main a', { hasText: 'onmouseover="window.__pwned=1' }).count()).toBeGreaterThan(0);
    // A javascript: string in text is never made a link.
    expect(await page.locator('main a[href^="javascript:" i]').count()).toBe(0);
    await page.context().close();
  });

  it.each(WIDTHS)('every page is inert and keeps its layout at %ipx', async (width) => {
    const failures: string[] = [];
    // Every built page, plus the client-rendered views that take a hostile response as data.
    const paths = [...pagePaths.filter((p) => p !== '/404.html'), '/no-such-page/'];
    if (pagePaths.includes('/search/')) paths.push('/search/?q=pwned', '/search/?q=onload', '/search/?q=%E6%95%B0%E5%AD%97');
    if (pagePaths.includes('/compare/')) paths.push(`/compare/?cities=${SLUG}`);
    for (const path of paths) {
      const { page, dialogs, offMachine, csp } = await visit(path, width);
      await provoke(page);
      await page.waitForTimeout(50);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
      const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      const injected = await injectedInDom(page);
      if (dialogs.length) failures.push(`${path}: dialog ${dialogs.join(', ')}`);
      if (pwned !== undefined) failures.push(`${path}: window.__pwned = ${String(pwned)}`);
      if (injected.length) failures.push(`${path}: injected ${injected.join(', ')}`);
      if (offMachine.length) failures.push(`${path}: requests off the machine ${offMachine.join(', ')}`);
      if (csp.length) failures.push(`${path}: CSP ${csp.join(', ')}`);
      if (overflow.scroll > overflow.inner)
        failures.push(`${path}: horizontal overflow, ${overflow.scroll}px wide in a ${overflow.inner}px window`);
      await page.context().close();
    }
    expect(failures).toEqual([]);
    expect(paths.length).toBeGreaterThan(3);
  });
});
