// Citation, search-engine and catalogue metadata on the built sites: JSON-LD (Google's Dataset
// guidelines) on /data/ and the profiles, the Atom feed, robots.txt and the feed link in every head;
// and a build without LGQ_SITE: it warns, and no file in it carries an invented or local address.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { EMBED_ROOT } from '../../src/lib/urls.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, builtPages, filesUnder, findAll, parseHtmlDocument, textOf } from '../helpers/html.ts';
import type { HtmlDocument } from '../helpers/html.ts';
import { DEMO_DIST, DIST } from '../helpers/paths.ts';
import { builtOrigin } from '../helpers/origin.ts';
import { atomProblems } from '../helpers/atom.ts';
import { datasetProblems } from '../helpers/dataset-jsonld.ts';
import { buildSite } from '../helpers/build.ts';
import type { BuildResult } from '../helpers/build.ts';

const PLACEHOLDER = 'lgq-knowledgebase.example.org';

const page = (dir: string, path: string) => parseHtmlDocument(readFileSync(join(dir, path, 'index.html'), 'utf8'));
function jsonLd(doc: HtmlDocument): Record<string, unknown>[] {
  return findAll(doc, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json').map(
    (el) => JSON.parse(textOf(el)) as Record<string, unknown>,
  );
}
const builds = [DIST, ...(existsSync(join(DEMO_DIST, 'index.html')) ? [DEMO_DIST] : [])];

describe.each(builds)('discovery metadata in %s', (dir) => {
  const origin = builtOrigin(dir);
  const absolute = origin !== undefined;

  it("has a Dataset on /data/ that meets Google's guidelines, with every download as a distribution", () => {
    const [data, ...more] = jsonLd(page(dir, 'data'));
    expect(more).toEqual([]);
    expect(data && datasetProblems(data, { absolute }).filter((p) => absolute || !p.startsWith('no identifier'))).toEqual([]);
    const downloads = (data?.['distribution'] as { contentUrl: string; contentSize: string }[]).map((d) => ({
      path: absolute ? new URL(d.contentUrl).pathname : d.contentUrl,
      bytes: Number(d.contentSize.replace(/ B$/, '')),
    }));
    expect(downloads.length).toBeGreaterThanOrEqual(5);
    for (const d of downloads) expect(readFileSync(join(dir, d.path)).length, d.path).toBe(d.bytes);
  });

  it("has a Dataset on each profile that meets Google's guidelines, about that city", () => {
    const profiles = builtPages(dir).filter((p) => /^\/cities\/[^/]+\/$/.test(p.path) && !p.path.startsWith('/cities/page/'));
    expect(profiles.length).toBeGreaterThan(0);
    for (const profile of profiles.slice(0, 20)) {
      const [data] = jsonLd(profile.document);
      expect(data && datasetProblems(data, { absolute }), profile.path).toEqual([]);
      const h1 = textOf(findAll(profile.document, (el) => el.tagName === 'h1')[0]!);
      const place = data?.['spatialCoverage'] as { name: string };
      expect(h1).toContain(place.name.split(',')[0]);
      expect((data?.['isBasedOn'] as { url: string }).url).toMatch(new RegExp(`${profile.path}source/$`));
    }
  });

  it('has a valid Atom feed with an entry for every response, linked from every page', () => {
    const xml = readFileSync(join(dir, 'feed.xml'), 'utf8');
    expect(atomProblems(xml)).toEqual([]);
    const responses = (JSON.parse(readFileSync(join(dir, 'data/lgq-responses.json'), 'utf8')) as { count: number }).count;
    expect((xml.match(/<title>[^<]* response added<\/title>/g) ?? []).length).toBe(responses);
    // Embed pages are a chart alone, meant for other sites' frames: not pages of this site, so no feed link.
    const unlinked = builtPages(dir).filter(
      (p) =>
        !p.path.startsWith(EMBED_ROOT) &&
        !findAll(
          p.document,
          (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') === 'application/atom+xml',
        )
          .map((el) => attr(el, 'href'))
          .includes('/feed.xml'),
    );
    expect(unlinked.map((p) => p.path)).toEqual([]);
  });

  it('cites with the permalink when it has an origin, and with no address when it has none', () => {
    const profile = builtPages(dir).find((p) => /^\/cities\/[^/]+\/$/.test(p.path) && !p.path.startsWith('/cities/page/'))!;
    const text = textOf(findAll(profile.document, (el) => attr(el, 'data-citation') === 'text')[0]!);
    expect(text).toMatch(/dataset version \S+\./);
    if (origin) expect(text).toContain(`${origin}${profile.path} (accessed `);
    else expect(text).not.toMatch(/https?:\/\//);
    for (const format of ['bibtex', 'ris', 'csl'])
      expect(findAll(profile.document, (el) => attr(el, 'data-citation') === format)).toHaveLength(1);
  });

  it('never carries the old placeholder address', () => {
    const carrying = filesUnder(dir).filter(
      (f) => !/\.(wasm|pf_\w+|png|woff2?)$/.test(f) && readFileSync(join(dir, f), 'utf8').includes(PLACEHOLDER),
    );
    expect(carrying).toEqual([]);
  });
});

describe('a build without LGQ_SITE', () => {
  let build: BuildResult;
  const saved = process.env['LGQ_SITE'];
  beforeAll(async () => {
    delete process.env['LGQ_SITE'];
    try {
      build = await buildSite();
    } finally {
      if (saved !== undefined) process.env['LGQ_SITE'] = saved;
    }
  });
  afterAll(() => {
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('warns that it has no public address', () => {
    expect(build.output).toMatch(/LGQ_SITE is not set: this build has no public address/);
  });

  it('writes no absolute address of its own anywhere: no placeholder, no localhost', () => {
    const files = filesUnder(build.outDir).filter((f) => !/\.(wasm|pf_\w+|png|woff2?)$/.test(f));
    const offending = files.filter((f) =>
      /lgq-knowledgebase\.example\.org|https?:\/\/(?:localhost|127\.0\.0\.1)/.test(readFileSync(join(build.outDir, f), 'utf8')),
    );
    expect(offending).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });

  it('has no canonical link, og:url or sitemap, and robots.txt says why', () => {
    const pages = builtPages(build.outDir);
    const withAddress = pages.filter(
      (p) =>
        findAll(
          p.document,
          (el) =>
            (el.tagName === 'link' && attr(el, 'rel') === 'canonical') || (el.tagName === 'meta' && attr(el, 'property') === 'og:url'),
        ).length > 0,
    );
    expect(withAddress.map((p) => p.path)).toEqual([]);
    expect(existsSync(join(build.outDir, 'sitemap-index.xml'))).toBe(false);
    expect(builtOrigin(build.outDir)).toBeUndefined();
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).toMatch(/^# No sitemap: .*LGQ_SITE/m);
  });

  it('gives site-relative profile addresses in the CSV, and a valid feed', () => {
    const csv = readFileSync(join(build.outDir, 'data/lgq-responses.csv'), 'utf8');
    expect(csv).toContain(',/cities/almaty/');
    expect(atomProblems(readFileSync(join(build.outDir, 'feed.xml'), 'utf8'))).toEqual([]);
  });
});
