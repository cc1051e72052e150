// Checks every HTML page of the built site (DIST) from its parsed HTML: the head every page needs
// (lang, title, description, canonical, Open Graph, CSP), one h1, headings in order, and nothing that
// would break the CSP or run content as code (inline handlers, inline styles, javascript: URLs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, builtPages, byTag, findAll, HTML_NAMESPACE, metaContent, textOf } from '../helpers/html.ts';
import type { BuiltPage } from '../helpers/html.ts';
import { cspDirectives, headersFor, parseHeadersFile } from '../../scripts/lib/headers.ts';
import { DIST } from '../helpers/paths.ts';
import { builtOrigin } from '../helpers/origin.ts';

let pages: BuiltPage[] = [];

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built site in ${DIST}: run the build first.`);
  pages = builtPages(DIST);
});

/** Runs a check on every page and returns `path: problem` for each failure, so one run lists them all. */
function problems(check: (page: BuiltPage) => string[]): string[] {
  return pages.flatMap((page) => check(page).map((p) => `${page.path}: ${p}`));
}

const site = (page: BuiltPage) => {
  const canonical = findAll(page.document, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
  return canonical[0] ? attr(canonical[0], 'href') : undefined;
};

describe('every built page', () => {
  it('exists: the build has pages, including the home page and the 404 page', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/404.html');
    expect(pages.length).toBeGreaterThan(2);
  });

  it('declares its language on <html lang>', () => {
    expect(
      problems((page) => {
        const html = findAll(page.document, byTag('html'))[0];
        const lang = html ? attr(html, 'lang') : undefined;
        return lang && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang) ? [] : [`<html lang> is ${JSON.stringify(lang)}`];
      }),
    ).toEqual([]);
  });

  it('has exactly one non-empty <title> and a meta description', () => {
    expect(
      problems((page) => {
        const out: string[] = [];
        // The document's own title: an SVG chart's <title> is not one.
        const titles = findAll(page.document, (el) => el.tagName === 'title' && el.namespaceURI === HTML_NAMESPACE);
        if (titles.length !== 1) out.push(`${titles.length} <title> elements`);
        else if (!textOf(titles[0]!)) out.push('empty <title>');
        const description = metaContent(page.document, 'description');
        if (!description?.trim()) out.push('no meta description');
        return out;
      }),
    ).toEqual([]);
  });

  // A build with LGQ_SITE (npm test makes one) has absolute canonical URLs; one without has none, rather than an invented one.
  it('has an absolute canonical URL that is the page’s own address (the 404 page excepted), or none without LGQ_SITE', () => {
    const origin = builtOrigin(DIST);
    expect(
      problems((page) => {
        const href = site(page);
        if (!origin) return href ? [`canonical "${href}" in a build without LGQ_SITE`] : [];
        if (!href) return ['no <link rel="canonical">'];
        let url: URL;
        try {
          url = new URL(href);
        } catch {
          return [`canonical "${href}" is not an absolute URL`];
        }
        if (url.protocol !== 'https:') return [`canonical "${href}" is not https`];
        if (url.origin !== origin) return [`canonical "${href}" is not on ${origin}`];
        if (page.path !== '/404.html' && url.pathname !== page.path) return [`canonical path ${url.pathname} is not the page's path`];
        return [];
      }),
    ).toEqual([]);
  });

  it('has Open Graph title, description, url (the canonical; none without LGQ_SITE) and type, and a Twitter card', () => {
    const origin = builtOrigin(DIST);
    expect(
      problems((page) => {
        const out: string[] = [];
        for (const key of ['og:title', 'og:description', 'og:type', 'twitter:card', 'twitter:title', 'twitter:description']) {
          if (!metaContent(page.document, key)?.trim()) out.push(`no ${key}`);
        }
        if (origin && !metaContent(page.document, 'og:url')) out.push('no og:url');
        if (!origin && metaContent(page.document, 'og:url')) out.push('og:url in a build without LGQ_SITE');
        const ogUrl = metaContent(page.document, 'og:url');
        if (ogUrl && ogUrl !== site(page)) out.push(`og:url ${ogUrl} differs from the canonical ${site(page)}`);
        return out;
      }),
    ).toEqual([]);
  });

  it('has exactly one h1, with text', () => {
    expect(
      problems((page) => {
        const h1 = findAll(page.document, byTag('h1'));
        if (h1.length !== 1) return [`${h1.length} h1 elements`];
        return textOf(h1[0]!) ? [] : ['the h1 is empty'];
      }),
    ).toEqual([]);
  });

  it('has headings in order: no level skipped on the way down', () => {
    expect(
      problems((page) => {
        const out: string[] = [];
        let previous = 1;
        for (const h of findAll(page.document, byTag('h1', 'h2', 'h3', 'h4', 'h5', 'h6'))) {
          const level = Number(h.tagName.slice(1));
          if (level > previous + 1) out.push(`h${level} "${textOf(h).slice(0, 60)}" follows h${previous}`);
          previous = level;
        }
        return out;
      }),
    ).toEqual([]);
  });

  it("carries a Content-Security-Policy with default-src 'self' and object-src 'none'", () => {
    expect(
      problems((page) => {
        const metas = findAll(
          page.document,
          (el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
        );
        if (metas.length !== 1) return [`${metas.length} CSP meta elements`];
        const directives = cspDirectives(attr(metas[0]!, 'content') ?? '');
        const out: string[] = [];
        if (directives.get('default-src')?.join(' ') !== "'self'") out.push(`default-src is ${directives.get('default-src')?.join(' ')}`);
        if (directives.get('object-src')?.join(' ') !== "'none'") out.push(`object-src is ${directives.get('object-src')?.join(' ')}`);
        for (const [name, values] of directives) {
          if (values.some((v) => v === "'unsafe-inline'" || v === "'unsafe-eval'" || v === '*' || v === 'http:' || v === 'https:')) {
            out.push(`${name} allows ${values.join(' ')}`);
          }
        }
        // The meta governs only what comes after it.
        const governed = findAll(page.document, byTag('script', 'style', 'link')).filter(
          (el) => el.tagName !== 'link' || attr(el, 'rel') === 'stylesheet',
        );
        const order = findAll(page.document, () => true);
        if (governed.some((el) => order.indexOf(el) < order.indexOf(metas[0]!)))
          out.push('a script or stylesheet comes before the CSP meta');
        return out;
      }),
    ).toEqual([]);
  });

  it('has no inline event handlers, inline style attributes or javascript: URLs (the CSP would block them)', () => {
    expect(
      problems((page) =>
        findAll(page.document, () => true).flatMap((el) =>
          el.attrs.flatMap((a) => {
            if (/^on[a-z]+$/i.test(a.name)) return [`<${el.tagName} ${a.name}>`];
            if (a.name === 'style') return [`<${el.tagName} style="${a.value.slice(0, 40)}">`];
            if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) && /^\s*javascript:/i.test(a.value))
              return [`<${el.tagName} ${a.name}="${a.value.slice(0, 40)}">`];
            return [];
          }),
        ),
      ),
    ).toEqual([]);
  });

  it('opens external links safely (rel="noopener" or "noreferrer" wherever target="_blank")', () => {
    expect(
      problems((page) =>
        findAll(page.document, (el) => el.tagName === 'a' && attr(el, 'target') === '_blank')
          .filter((a) => !/\bno(opener|referrer)\b/.test(attr(a, 'rel') ?? ''))
          .map((a) => `<a href="${attr(a, 'href')}" target="_blank"> without rel=noopener`),
      ),
    ).toEqual([]);
  });
});

describe('the deployment headers file', () => {
  const rules = () => parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

  it('ships as _headers in the build output, with frame-ancestors and long caching for hashed assets only', () => {
    const file = join(DIST, '_headers');
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const all = rules().get('/*');
    // Framing: refused everywhere but the embed pages (the policy is set per top-level path, see below).
    expect(headersFor(rules(), '/cities/almaty/').get('content-security-policy')).toMatch(/(^|;\s*)frame-ancestors 'none'(;|$)/);
    // No default-src/script-src/style-src: without the page's hashes they would block its inline scripts.
    for (const path of ['/cities/almaty/', '/embed/a/b/'])
      for (const directive of ['default-src', 'script-src', 'style-src'])
        expect(cspDirectives(headersFor(rules(), path).get('content-security-policy') ?? '').has(directive), `${path} ${directive}`).toBe(
          false,
        );
    expect(all?.get('x-content-type-options')).toBe('nosniff');
    // HTML must revalidate: no cache rule on /* (hosts would join it with the asset rules' values).
    expect(all?.has('cache-control')).toBe(false);
    // Every content-hashed chunk folder of every Pagefind index in the build gets the long rule.
    const pagefindDirs = readdirSync(DIST).filter((d) => d.startsWith('pagefind') && existsSync(join(DIST, d, 'pagefind-entry.json')));
    expect(pagefindDirs.length).toBeGreaterThan(0);
    const hashed = pagefindDirs.flatMap((d) => ['fragment', 'index'].map((sub) => `/${d}/${sub}/*`));
    for (const dir of ['/_astro/*', ...hashed]) {
      expect(rules().get(dir)?.get('cache-control'), dir).toBe('public, max-age=31536000, immutable');
    }
    expect(headersFor(rules(), '/cities/almaty/').get('cache-control')).toBeUndefined();
  });

  it('has a CSP that agrees with every page’s own: every directive that needs no hash is the same', () => {
    const header = cspDirectives(headersFor(rules(), '/cities/almaty/').get('content-security-policy') ?? '');
    expect(
      problems((page) => {
        const meta = cspDirectives(metaContent(page.document, 'content-security-policy') ?? '');
        const out: string[] = [];
        for (const name of new Set([...meta.keys(), ...header.keys()])) {
          if (['frame-ancestors', 'default-src', 'script-src', 'style-src'].includes(name)) continue;
          const fromPage = (meta.get(name) ?? []).join(' ');
          const fromHeader = (header.get(name) ?? []).join(' ');
          if (fromPage !== fromHeader) out.push(`${name}: page "${fromPage}", _headers "${fromHeader}"`);
        }
        return out;
      }),
    ).toEqual([]);
  });
  it('lets other sites frame the embed pages only: every other file of the build refuses, the two policies differ in that alone', () => {
    const files = (dir: string, prefix = ''): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name), `${prefix}/${e.name}`) : [`${prefix}/${e.name}`],
      );
    const paths = [...files(DIST).filter((f) => f !== '/_headers'), '/', '/cities/almaty/', '/embed/v-3/satisfaction-ranked/'];
    const frameAncestors = (path: string) =>
      cspDirectives(headersFor(rules(), path).get('content-security-policy') ?? '').get('frame-ancestors');
    const wrong = paths.filter((p) => (frameAncestors(p) ?? []).join(' ') !== (p.startsWith('/embed/') ? '*' : "'none'"));
    expect(wrong).toEqual([]);
    const without = (path: string) =>
      (headersFor(rules(), path).get('content-security-policy') ?? '').replace(/;?\s*frame-ancestors [^;]*/, '');
    expect(without('/embed/v-3/satisfaction-ranked/')).toBe(without('/cities/almaty/'));
  });

  it('sets no header in two rules that can match the same path (hosts join or override them differently)', () => {
    const all = [...rules()];
    const sample = (pattern: string) => pattern.replace(/\*/g, 'x/y');
    const overlaps: string[] = [];
    for (const [a, ha] of all)
      for (const [b, hb] of all) {
        if (a >= b) continue;
        const overlap = headersFor(new Map([[a, ha]]), sample(b)).size > 0 || headersFor(new Map([[b, hb]]), sample(a)).size > 0;
        const shared = [...ha.keys()].filter((k) => hb.has(k));
        if (overlap && shared.length > 0) overlaps.push(`${a} and ${b}: ${shared.join(', ')}`);
      }
    expect(overlaps).toEqual([]);
    expect([...rules().keys()].some((p) => p.startsWith('@'))).toBe(false);
  });
});
