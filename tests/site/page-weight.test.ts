// Page weights of the built sites (issue 13): no page is over 100 KB gzip of HTML + its stylesheets, and a
// profile is at most 30 KB gzip of HTML + CSS. Each file is compressed on its own, as a host sends it.
// Profiles met the budget once their strips became shared images (a profile adds only its own marker).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { filesUnder, urlPathOf } from '../helpers/html.ts';
import { DEMO_DIST, DIST } from '../helpers/paths.ts';
import { PAGES } from '../../src/lib/urls.ts';

const PROFILE_BUDGET = 30 * 1024;
const PAGE_BUDGET = 100 * 1024;

/** The site-absolute stylesheets a page links (`<link rel="stylesheet" href="/_astro/….css">`). */
function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel="?stylesheet"?/.test(tag))
    .flatMap((tag) => /\bhref="?(\/[^"\s>]+)"?/.exec(tag)?.[1] ?? []);
}

interface Weight {
  readonly path: string;
  readonly html: number;
  readonly css: number;
  readonly total: number;
}

function weightsOf(dir: string): Weight[] {
  const gzipOf = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
  const cssCache = new Map<string, number>();
  const cssOf = (href: string) => cssCache.get(href) ?? cssCache.set(href, gzipOf(href.slice(1))).get(href) ?? 0;
  return filesUnder(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = gzipOf(file);
      const css = stylesheetsOf(readFileSync(join(dir, file), 'utf8')).reduce((sum, href) => sum + cssOf(href), 0);
      return { path: urlPathOf(file), html, css, total: html + css };
    });
}

/** A latest-edition profile: `/cities/<slug>/` (not the index pages `/cities/page/<n>/`). */
const isProfile = (path: string) => new RegExp(`^${PAGES.cities}(?!page/)[^/]+/$`).test(path);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('stylesheetsOf', () => {
  it.each([
    ['<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">', ['/_astro/a.css']],
    ['<link href="/_astro/b.css" rel=stylesheet>', ['/_astro/b.css']],
    ['<link rel="preload" href="/x.woff2"><style>p{}</style>', []],
  ])('finds the stylesheets of %j', (html, expected) => {
    expect(stylesheetsOf(html)).toEqual(expected);
  });
});

const builds = [
  ['site', DIST],
  ['demo', DEMO_DIST],
].filter(([, dir]) => existsSync(join(dir ?? '', 'index.html')));

describe.each(builds)('page weights (%s build)', (name, dir) => {
  const weights = weightsOf(dir ?? '');
  const heaviest = weights.toSorted((a, b) => b.total - a.total).slice(0, 3);
  const profiles = weights.filter((w) => isProfile(w.path));
  const heaviestProfile = profiles.toSorted((a, b) => b.total - a.total)[0];

  it('has pages and profiles to weigh', () => {
    expect(weights.length).toBeGreaterThan(10);
    expect(profiles.length).toBeGreaterThan(0);
  });

  it('keeps every page under 100 KB gzip of HTML + CSS', () => {
    console.info(`heaviest pages (${name}): ${heaviest.map((w) => `${w.path} ${kb(w.html)} + ${kb(w.css)} CSS`).join('; ')}`);
    expect(weights.filter((w) => w.total > PAGE_BUDGET).map((w) => `${w.path} ${kb(w.total)}`)).toEqual([]);
  });

  it('keeps every profile within 30 KB gzip of HTML + CSS', () => {
    if (heaviestProfile) {
      console.info(`heaviest profile (${name}): ${heaviestProfile.path} ${kb(heaviestProfile.html)} + ${kb(heaviestProfile.css)} CSS`);
    }
    expect(profiles.filter((w) => w.total > PROFILE_BUDGET).map((w) => `${w.path} ${kb(w.html)} + ${kb(w.css)} CSS`)).toEqual([]);
  });
});
