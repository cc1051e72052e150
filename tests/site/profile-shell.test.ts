// The shell around the profiles, from the built HTML: home (counts, map), the cities index (every
// response listed once, compare form), the editorial pages, the 404 page, and the size budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attr, builtPages, findAll, textOf } from '../helpers/html.ts';
import type { BuiltPage } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';
import { NAV_ITEMS } from '../../src/components/site/nav.ts';
import { getEdition, LATEST_EDITION } from '../../src/questionnaire/index.ts';

const pages = builtPages(DIST);
const page = (path: string): BuiltPage => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`No page ${path} in ${DIST}`);
  return found;
};
const profiles = pages.filter((p) => /^\/cities\/(?!page\/)[^/]+\/(\d{4}\/)?$/.test(p.path));
const cityNames = new Set(profiles.map((p) => textOf(findAll(p.document, (el) => el.tagName === 'h1')[0]!)));

describe('every page', () => {
  it.each(pages.filter((p) => p.file.endsWith('.html')).map((p) => [p.path, p] as const))(
    '%s: header and footer navigation, skip link, main',
    (_path, p) => {
      const navs = findAll(p.document, (el) => el.tagName === 'nav');
      const main = navs.find((n) => attr(n, 'aria-label') === 'Main');
      const footer = navs.find((n) => attr(n, 'aria-label') === 'Site');
      expect(main && findAll(main, (el) => el.tagName === 'a').map((a) => attr(a, 'href'))).toEqual(
        NAV_ITEMS.filter((i) => i.header).map((i) => i.href),
      );
      expect(footer && findAll(footer, (el) => el.tagName === 'a').map((a) => attr(a, 'href'))).toEqual(NAV_ITEMS.map((i) => i.href));
      const skip = findAll(p.document, (el) => el.tagName === 'a' && (attr(el, 'class') ?? '').includes('skip-link'))[0];
      expect(skip && attr(skip, 'href')).toBe('#main');
      expect(findAll(p.document, (el) => el.tagName === 'main' && attr(el, 'id') === 'main')).toHaveLength(1);
    },
  );
});

describe('home', () => {
  const home = page('/');
  it('gives the headline counts', () => {
    const stats = findAll(home.document, (el) => (attr(el, 'class') ?? '').split(' ').includes('stats'))[0];
    if (!stats) throw new Error('No stats');
    const pairs = Object.fromEntries(
      findAll(stats, (el) => el.tagName === 'div').map((d) => [
        textOf(findAll(d, (el) => el.tagName === 'dt')[0]!),
        textOf(findAll(d, (el) => el.tagName === 'dd')[0]!),
      ]),
    );
    expect(Object.keys(pairs)).toEqual(['Cities', 'Countries', 'UN regions', 'Survey editions']);
    expect(pairs['Cities']).toBe(String(cityNames.size));
    const countries = new Set(profiles.map((p) => textOf(findAll(p.document, (el) => el.tagName === 'dd')[0]!)));
    expect(pairs['Countries']).toBe(String(countries.size));
    expect(pairs['UN regions']).toMatch(/^[1-5] of 5$/);
  });
  it('maps every city as a labelled link to its profile', () => {
    const svg = findAll(home.document, (el) => el.tagName === 'svg' && findAll(el, (x) => x.tagName === 'title').length > 0)[0];
    if (!svg) throw new Error('No map');
    const points = findAll(svg, (el) => el.tagName === 'a');
    expect(points).toHaveLength(cityNames.size);
    for (const a of points) {
      expect(attr(a, 'href')).toMatch(/^\/cities\/[^/]+\/$/);
      expect(attr(a, 'aria-label')).toMatch(/^.+, .+$/);
    }
    expect(points.map((a) => attr(a, 'aria-label')?.split(',')[0]).sort()).toEqual([...cityNames].sort());
  });
});

describe('cities index', () => {
  const indexPages = pages.filter((p) => p.path === '/cities/' || p.path.startsWith('/cities/page/'));
  const rows = indexPages.flatMap((p) => findAll(p.document, (el) => el.tagName === 'tr' && attr(el, 'data-row') !== undefined));

  it('lists every response exactly once, linked to its profile', () => {
    const hrefs = rows.map((r) => attr(findAll(r, (el) => el.tagName === 'a')[0]!, 'href'));
    expect(hrefs.sort()).toEqual(profiles.map((p) => p.path).sort());
  });

  it('has tick boxes named "cities" with slugs, in a GET form to /compare/ with a submit button', () => {
    for (const p of indexPages) {
      const form = findAll(p.document, (el) => el.tagName === 'form' && attr(el, 'action') === '/compare/')[0];
      if (!form) throw new Error(`No compare form on ${p.path}`);
      expect(attr(form, 'method')).toBe('get');
      const checkboxes = findAll(form, (el) => el.tagName === 'input' && attr(el, 'type') === 'checkbox');
      // "Group by UN region" is a view option: no name, so it is never submitted as a city.
      const toggles = checkboxes.filter((el) => attr(el, 'data-group-toggle') !== undefined);
      expect(toggles).toHaveLength(1);
      expect(attr(toggles[0]!, 'name')).toBeUndefined();
      const boxes = checkboxes.filter((el) => !toggles.includes(el));
      expect(boxes.length).toBeGreaterThan(0);
      for (const b of boxes) {
        expect(attr(b, 'name')).toBe('cities');
        expect(attr(b, 'value')).toMatch(/^[a-z0-9-]+$/);
      }
      expect(findAll(form, (el) => el.tagName === 'button' && attr(el, 'type') === 'submit').map(textOf)).toEqual(['Compare selected']);
    }
  });

  it('groups rows by UN region, each group headed', () => {
    const table = findAll(page('/cities/').document, (el) => el.tagName === 'table')[0]!;
    const groups = findAll(table, (el) => el.tagName === 'tbody');
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(findAll(g, (el) => el.tagName === 'th' && attr(el, 'scope') === 'colgroup')).toHaveLength(1);
  });
});

describe('editorial pages', () => {
  it.each(['/about/', '/methodology/'])('%s is built from MDX, with external links marked and safe', (path) => {
    const p = page(path);
    expect(findAll(p.document, (el) => el.tagName === 'h1')).toHaveLength(1);
    const external = findAll(p.document, (el) => el.tagName === 'a' && /^https?:/.test(attr(el, 'href') ?? ''));
    for (const a of external) {
      expect(attr(a, 'rel')).toContain('noopener');
      expect(attr(a, 'rel')).toContain('noreferrer');
      expect(textOf(a)).toContain(`(${new URL(attr(a, 'href')!).host.replace(/^www\./, '')})`);
    }
  });
  it('about explains how to cite and privacy, with anchors the footer links to', () => {
    const ids = findAll(page('/about/').document, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id'));
    expect(ids).toEqual(expect.arrayContaining(['how-to-cite', 'privacy', 'how-to-add-a-city']));
  });
});

describe('404', () => {
  it('has a search box that asks /search/ with q', () => {
    const p = page('/404.html');
    const form = findAll(p.document, (el) => el.tagName === 'form' && attr(el, 'action') === '/search/')[0];
    if (!form) throw new Error('No search form');
    expect(attr(form, 'method')).toBe('get');
    expect(findAll(form, (el) => el.tagName === 'input' && attr(el, 'name') === 'q')).toHaveLength(1);
  });
});

describe('page weight', () => {
  const mine = pages.filter(
    (p) => p.path === '/' || p.path.startsWith('/cities/') || ['/about/', '/methodology/', '/404.html'].includes(p.path),
  );
  it.each(mine.map((p) => [p.path, p] as const))('%s is under 100 KB gzipped', (_path, p) => {
    expect(gzipSync(readFileSync(join(DIST, p.file))).length).toBeLessThan(100_000);
  });

  // The header search is on every page: its script must not carry the questionnaire (only the compare
  // page, which lines questions up across editions, needs edition data in the browser).
  const scriptsOf = (p: BuiltPage): string[] => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(DIST, file), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(join(dirname(file), m[1]!));
    };
    for (const el of findAll(p.document, (e) => e.tagName === 'script')) {
      const src = attr(el, 'src');
      if (src?.startsWith('/_astro/')) visit(src.slice(1));
    }
    return [...seen];
  };
  const wording = getEdition(LATEST_EDITION).questions[0]!.wording;
  it.each(mine.map((p) => [p.path, p] as const))('%s loads no script that carries the questionnaire', (_path, p) => {
    const scripts = scriptsOf(p);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((f) => readFileSync(join(DIST, f), 'utf8').includes(wording))).toEqual([]);
  });
});
