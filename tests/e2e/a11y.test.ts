// axe-core (WCAG 2.2 A/AA) on every page type and state, in the light and the dark colour scheme:
// zero violations.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { openPageType, pageTypes } from '../helpers/page-types.ts';
import { DIST } from '../helpers/paths.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const SCHEMES = ['light', 'dark'] as const;
const cases = pageTypes(DIST).flatMap((type) => SCHEMES.map((scheme) => [type.name, scheme, type] as const));

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  it.each(cases)('%s in the %s scheme: no violations', async (_name, colorScheme, type) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    await openPageType(page, inject('baseUrl'), type);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
