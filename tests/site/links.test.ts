// Link check of the whole built site (DIST), served on loopback: linkinator crawls from every page,
// following internal links and checking every #fragment; external URLs are never fetched (no network
// here) but each one must be a well-formed http(s) or mailto URL.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import type { LinkResult } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, builtPages, findAll } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';
import { builtOrigin, sitemapPaths } from '../helpers/origin.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import type { StaticSite } from '../../scripts/lib/static-server.ts';

let site: StaticSite | undefined;
let origin = '';
let results: LinkResult[] = [];
const pagesStarted = new Set<string>();

const isLocal = (link: string) => {
  try {
    return new URL(link).origin === origin;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built site in ${DIST}: run the build first.`);
  site = await serveStatic(DIST);
  origin = site.url;
  const checker = new LinkChecker();
  checker.on('pagestart', (url) => pagesStarted.add(new URL(url).pathname));
  // Start from every page, so a page that nothing links to is still checked.
  const starts = builtPages(DIST).map((p) => `${origin}${p.path}`);
  const result = await checker.check({
    path: starts,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 20_000,
    linksToSkip: async (link) => !isLocal(link),
  });
  results = result.links;
});

afterAll(async () => {
  await site?.close();
});

const describeResult = (r: LinkResult) =>
  `${r.url} (status ${r.status ?? '-'}) on ${r.parent ?? '(start)'}${r.failureDetails?.length ? `: ${r.failureDetails.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ')}` : ''}`;

describe('links in the built site', () => {
  it('crawled the site: every built page was fetched, and internal links were followed', () => {
    const pagePaths = builtPages(DIST).map((p) => p.path);
    expect(pagePaths.filter((p) => !pagesStarted.has(p))).toEqual([]);
    expect(results.filter((r) => isLocal(r.url) && r.state === 'OK').length).toBeGreaterThan(pagePaths.length);
  });

  it('has no broken internal link, asset or #fragment', () => {
    expect(results.filter((r) => r.state === 'BROKEN').map(describeResult)).toEqual([]);
  });

  it('has every #fragment link pointing at an id on its target page (checked from the parsed HTML too)', () => {
    // linkinator checks a fragment only on a page it has not fetched yet; this covers every link.
    const pages = builtPages(DIST);
    const ids = new Map(
      pages.map((p) => [p.path, new Set(findAll(p.document, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')!))]),
    );
    const missing: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const a of findAll(
        page.document,
        (el) => (el.tagName === 'a' || el.tagName === 'area') && (attr(el, 'href') ?? '').includes('#'),
      )) {
        const target = new URL(attr(a, 'href')!, `http://site.invalid${page.path}`);
        if (target.origin !== 'http://site.invalid' || target.hash.length < 2) continue;
        const targetIds = ids.get(target.pathname);
        if (!targetIds) continue; // not a page: the broken-link check above reports it
        checked++;
        const id = decodeURIComponent(target.hash.slice(1));
        if (!targetIds.has(id)) missing.push(`${page.path}: ${attr(a, 'href')} (no id="${id}" on ${target.pathname})`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(0); // the skip link and the profile's table of contents at least
  });

  it('has only well-formed external URLs (checked for syntax, never fetched)', () => {
    const external = results.filter((r) => r.state === 'SKIPPED');
    const malformed = external.filter((r) => {
      try {
        const url = new URL(r.url);
        if (url.protocol === 'mailto:') return !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname));
        if (url.protocol !== 'http:' && url.protocol !== 'https:') return true;
        const host = url.hostname;
        const wellFormedHost =
          /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)$/i.test(host) ||
          /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ||
          /^\[[0-9a-f:.]+\]$/i.test(host);
        return !wellFormedHost || url.username !== '' || url.password !== '';
      } catch {
        return true;
      }
    });
    expect(malformed.map(describeResult)).toEqual([]);
    // The Almaty response alone links to a dozen external sites: the crawl must have seen them.
    expect(external.length).toBeGreaterThan(0);
  });

  it('has a sitemap that lists every page and only existing pages (the 404 page excepted), or none without LGQ_SITE', () => {
    const origin = builtOrigin(DIST);
    if (!origin) {
      expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(false);
      return;
    }
    const pages = builtPages(DIST)
      .map((p) => p.path)
      .filter((p) => p !== '/404.html');
    const listed = sitemapPaths(DIST, origin);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...pages].sort());
    // Every listed address was fetched by the crawl above.
    expect(listed.filter((p) => !pagesStarted.has(p))).toEqual([]);
  });
});
