import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages } from './html.ts';

/** One kind of page (or page state) of the site, as a visitor reaches it. */
export interface PageType {
  readonly name: string;
  /** URL path (with query) to open. */
  readonly path: string;
  /** The HTTP status the static host answers with. */
  readonly status: number;
  /** Brings the page into the state to check (results shown, dialog open); waits until it is there. */
  readonly ready?: (page: Page) => Promise<void>;
}

const SEARCH_TERM = 'air';

async function searchResultsShown(page: Page) {
  await page.locator('[data-search-results] > li').first().waitFor({ state: 'visible', timeout: 20_000 });
}

/**
 * Every page type of the site. The list is the full set the site must have (issue 8): a type missing
 * from the build fails its test. Page shapes found in the build but not listed here are added, so a
 * new kind of page is never left unchecked.
 */
export function pageTypes(dist: string): PageType[] {
  const paths = builtPages(dist).map((p) => p.path);
  const firstMatching = (re: RegExp, fallback: string) => paths.find((p) => re.test(p)) ?? fallback;
  const types: PageType[] = [
    { name: 'home', path: '/', status: 200 },
    { name: 'cities index', path: '/cities/', status: 200 },
    { name: 'profile', path: '/cities/almaty/', status: 200 },
    { name: 'questions index', path: '/questions/', status: 200 },
    { name: 'question page', path: firstMatching(/^\/questions\/[^/]+\/$/, '/questions/(none-built)/'), status: 200 },
    { name: 'compare', path: '/compare/?cities=almaty', status: 200 },
    { name: 'data', path: '/data/', status: 200 },
    { name: 'search page', path: '/search/', status: 200 },
    { name: 'search with results', path: `/search/?q=${SEARCH_TERM}`, status: 200, ready: searchResultsShown },
    {
      name: 'search dialog open, with results',
      path: '/',
      status: 200,
      ready: async (page) => {
        await page.locator('[data-search-open]').first().click();
        const input = page.locator('dialog[open] input[type=search]');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.pressSequentially(SEARCH_TERM, { delay: 20 });
        await searchResultsShown(page);
      },
    },
    { name: 'about', path: '/about/', status: 200 },
    { name: '404', path: '/no-such-page/', status: 404 },
  ];
  // Any other shape of page in the build (e.g. /cities/*/2022/, /questions/*/2/, /data/dictionary/).
  const shape = (p: string) => p.replace(/^(\/[^/]+\/)(.+)$/, (_, first: string, rest: string) => first + rest.replace(/[^/]+/g, '*'));
  const covered = new Set(types.map((t) => shape(t.path.split('?')[0]!)));
  for (const p of paths) {
    if (p === '/404.html' || covered.has(shape(p))) continue;
    covered.add(shape(p));
    types.push({ name: `other: ${shape(p)}`, path: p, status: 200 });
  }
  return types;
}

/** Open a page type and bring it into its state; fails if the page is not in the build. */
export async function openPageType(page: Page, baseUrl: string, type: PageType) {
  const response = await page.goto(`${baseUrl}${type.path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), `${type.name}: ${type.path} is not in the build`).toBe(type.status);
  await type.ready?.(page);
  return response;
}
