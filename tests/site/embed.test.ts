// The embed pages on the demo build (193 fictional cities): one per drawn chart of the latest
// edition's question pages (the same list as the chart images), each the chart alone with its title,
// source line and a link back to its question page; the question page offers the <iframe> snippet.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, filesUnder, findAll, metaContent, parseHtmlDocument, textOf } from '../helpers/html.ts';
import { DEMO_DIST } from '../helpers/paths.ts';

const files = filesUnder(DEMO_DIST);
// Every take-away SVG of a question chart (`questions/<id>/<chart>.svg`), as `<id>/<chart>`.
const drawn = files.flatMap((f) => /^questions\/([^/]+)\/([^/]+)\.svg$/.exec(f)?.slice(1, 3).join('/') ?? []);
const embeds = files.flatMap((f) => /^embed\/([^/]+\/[^/]+)\/index\.html$/.exec(f)?.[1] ?? []);
const page = (file: string) => parseHtmlDocument(readFileSync(join(DEMO_DIST, file), 'utf8'));

describe('embed pages', () => {
  it('exist for every drawn chart of the question pages, and for nothing else', () => {
    expect(drawn.length).toBeGreaterThan(10);
    expect(embeds).toEqual(drawn);
  });

  it.each(embeds.slice(0, 5))('%s: the chart, its title, source line and a link back, no site navigation, not indexed', (id) => {
    const [question] = id.split('/');
    const doc = page(`embed/${id}/index.html`);
    const h1 = findAll(doc, (el) => el.tagName === 'h1');
    expect(h1).toHaveLength(1);
    expect(textOf(findAll(doc, (el) => el.tagName === 'title')[0]!)).toContain(textOf(h1[0]!));
    expect(findAll(doc, (el) => el.tagName === 'svg' && /\bchart-svg\b/.test(attr(el, 'class') ?? '')).length).toBeGreaterThan(0);
    const source = textOf(findAll(doc, (el) => attr(el, 'class') === 'embed__source')[0]!);
    expect(source).toContain(`LGQ Knowledgebase · self-reported by cities · CC BY 4.0 · /questions/${question}/`);
    const back = findAll(doc, (el) => el.tagName === 'a' && attr(el, 'href') === `/questions/${question}/`);
    expect(back.map((a) => attr(a, 'target'))).toEqual(['_top']);
    expect(findAll(doc, (el) => ['nav', 'header', 'footer'].includes(el.tagName))).toEqual([]);
    expect(findAll(doc, (el) => attr(el, 'data-pagefind-body') !== undefined)).toEqual([]);
    expect(metaContent(doc, 'robots')).toBe('noindex');
    // Astro's CSP <meta> is on this page too.
    expect(findAll(doc, (el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy')).toHaveLength(
      1,
    );
    // The demo says it is fictional, framed or not.
    expect(findAll(doc, (el) => attr(el, 'class') === 'fictional-banner')).toHaveLength(1);
    // No downloads or snippet of its own: the question page has them.
    expect(findAll(doc, (el) => /chart__(downloads|embed)\b/.test(attr(el, 'class') ?? ''))).toEqual([]);
  });

  it('are offered on their question page as an <iframe> snippet pointing at them', () => {
    for (const id of embeds) {
      const [question, chart] = id.split('/');
      const doc = page(`questions/${question}/index.html`);
      const figure = findAll(doc, (el) => el.tagName === 'lgq-chart' && attr(el, 'id') === chart)[0];
      expect(figure, id).toBeDefined();
      const code = findAll(figure!, (el) => el.tagName === 'code');
      const snippet = code.map(textOf).find((t) => t.startsWith('<iframe'));
      expect(snippet, id).toMatch(
        new RegExp(`^<iframe src="/embed/${id}/" title="[^"]+" width="100%" height="\\d+" loading="lazy"></iframe>$`),
      );
    }
  });

  it('are left out of the sitemap', () => {
    const sitemaps = files.filter((f) => /^sitemap.*\.xml$/.test(f));
    for (const f of sitemaps) expect(readFileSync(join(DEMO_DIST, f), 'utf8'), f).not.toContain('/embed/');
    // The demo build has no address (LGQ_SITE unset), so no sitemap: then nothing to check beyond this.
    expect(existsSync(join(DEMO_DIST, 'sitemap-index.xml'))).toBe(sitemaps.length > 0);
  });
});
