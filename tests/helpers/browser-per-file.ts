import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';

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
