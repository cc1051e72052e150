import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM_PATH);

/** Debian's Chromium, headless, with the flags that work on these machines (no browser download). */
export async function launchBrowser(): Promise<Browser> {
  if (!hasChromium()) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      // No --user-data-dir: playwright-core refuses it with launch() and gives each run a fresh temporary profile.
    ],
  });
}

/** Collect CSP violations reported by the page (securitypolicyviolation events and console errors). */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

/**
 * One browser for a test file and a fresh context per `open()`, closed after each test.
 * Call at the top level of a test file.
 */
export function browserPerFile(defaults: BrowserContextOptions = { viewport: { width: 1280, height: 900 } }) {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  return async function open(options: BrowserContextOptions = {}): Promise<Page> {
    if (!browser) throw new Error('browser not launched yet: call open() inside a test');
    context = await browser.newContext({ ...defaults, ...options });
    return context.newPage();
  };
}
