// City profiles, from the built HTML: every content file has its page, the Almaty profile carries
// every question of the 2022 form with its answer (or its honest absence), every URL of the source
// document is a real link, anchors resolve, and no e-mail address is harvestable.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseHtml } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, findAll, textOf } from '../helpers/html.ts';
import type { BuiltPage, Element } from '../helpers/html.ts';
import { ALMATY_SOURCE, DIST } from '../helpers/paths.ts';
import { contentDir } from '../../src/lib/data/content-dir.ts';
import { getEdition, questionAnchor, sectionAnchor } from '../../src/questionnaire/index.ts';
import { linksOf } from '../../src/lib/data/response.ts';
import { formatPercent, paragraphs, spokenEmail } from '../../src/lib/format/text.ts';

type Doc = BuiltPage['document'];
const load = (path: string): { html: string; doc: Doc } => {
  const html = readFileSync(join(DIST, path), 'utf8');
  return { html, doc: parseHtml(html) as Doc };
};
const byId = (doc: Doc, id: string) => findAll(doc, (el) => attr(el, 'id') === id);
/** Text as a sighted reader sees it: without visually hidden helper text. */
function visibleText(el: Element): string {
  let text = '';
  const visit = (node: Element | { nodeName: string; value?: string; childNodes?: unknown[] }) => {
    if ('attrs' in node && (attr(node as Element, 'class') ?? '').split(/\s+/).includes('visually-hidden')) return;
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    if ('childNodes' in node && node.childNodes) for (const c of node.childNodes) visit(c as Element);
  };
  visit(el);
  return text.replace(/\s+/g, ' ').trim();
}
const dataField = (root: Doc | Element, path: string) => findAll(root, (el) => attr(el, 'data-field') === path);

/** Every response file: edition, slug and its city's name. */
const files = readdirSync(contentDir(), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.yaml') && !e.name.startsWith('.'))
  .map((e) => {
    const data = parseYaml(readFileSync(join(e.parentPath, e.name), 'utf8')) as { edition: number; city: { name: string } };
    return { slug: e.name.replace(/\.yaml$/, ''), edition: data.edition, city: data.city.name };
  });

describe('every content file has a profile page', () => {
  it('finds content files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files.map((f) => [`${f.edition}/${f.slug}`, f] as const))('%s', (_id, f) => {
    const latest = Math.max(...files.filter((g) => g.slug === f.slug).map((g) => g.edition));
    const path = f.edition === latest ? `cities/${f.slug}/index.html` : `cities/${f.slug}/${f.edition}/index.html`;
    expect(existsSync(join(DIST, path)), path).toBe(true);
    const { doc } = load(path);
    const h1 = findAll(doc, (el) => el.tagName === 'h1');
    expect(h1.map(textOf)).toEqual([f.city]);
    // The answers are inside the one search body; sections carry their anchors.
    expect(findAll(doc, (el) => attr(el, 'data-pagefind-body') !== undefined)).toHaveLength(1);
    expect(byId(doc, sectionAnchor('I'))).toHaveLength(1);
  });
});

describe('the Almaty profile', () => {
  const edition = getEdition(2022);
  let html = '';
  let doc: Doc;
  let article: Element;
  const yaml = parseYaml(readFileSync(join(contentDir(), '2022/almaty.yaml'), 'utf8')) as {
    answers: Record<string, Record<string, unknown>>;
  };

  beforeAll(() => {
    ({ html, doc } = load('cities/almaty/index.html'));
    const found = findAll(doc, (el) => attr(el, 'data-pagefind-body') !== undefined)[0];
    if (!found) throw new Error('No response article');
    article = found;
  });

  it('has every section in questionnaire order, each with its anchor', () => {
    const ids = findAll(article, (el) => el.tagName === 'section' && (attr(el, 'id') ?? '').startsWith('section-')).map((el) =>
      attr(el, 'id'),
    );
    expect(ids).toEqual(edition.sections.map((s) => sectionAnchor(s.id)));
  });

  it.each(edition.questions.map((q) => [q.id, q] as const))('question %s: number, wording and answer', (_id, q) => {
    const [section] = byId(doc, questionAnchor(q.id));
    if (!section) throw new Error(`No element with id ${questionAnchor(q.id)}`);
    const heading = findAll(section, (el) => el.tagName === 'h3')[0];
    expect(heading && textOf(heading)).toBe(`${q.id} ${q.wording}`.replace(/\s+/g, ' '));
    const given = yaml.answers[q.id] ?? {};
    for (const field of q.fields) {
      const value = given[field.key];
      const [cell] = dataField(section, `${q.id}.${field.key}`);
      if (field.kind === 'closed' || field.kind === 'choice' || field.kind === 'percent') {
        // Structured parts always show, given or not.
        expect(cell, `${q.id}.${field.key}`).toBeDefined();
      }
      if (value === undefined) {
        if (cell && field.kind === 'percent') expect(textOf(cell)).toMatch(/No percentage given/);
        continue;
      }
      if (!cell) throw new Error(`${q.id}.${field.key} is in the content but not on the page`);
      const text = textOf(cell);
      switch (field.kind) {
        case 'closed': {
          const state = findAll(cell, (el) => attr(el, 'data-state') !== undefined)[0];
          expect(state && attr(state, 'data-state')).toBe(value);
          break;
        }
        case 'choice':
          expect(findAll(cell, (el) => attr(el, 'data-state') === value).length + (text.includes(String(value)) ? 1 : 0)).toBeGreaterThan(
            0,
          );
          break;
        case 'percent':
          expect(text).toContain(formatPercent(value as number));
          break;
        case 'text': {
          // Paragraphs stay paragraphs: each one of the content is one <p> on the page.
          const shown = findAll(cell, (el) => el.tagName === 'p').map(visibleText);
          expect(shown).toEqual(paragraphs(value as string).map((p) => p.replace(/\s+/g, ' ')));
          break;
        }
        case 'links':
          for (const l of linksOf(value)) expect(findAll(cell, (el) => el.tagName === 'a' && attr(el, 'href') === l.url)).toHaveLength(1);
          break;
        case 'accounts':
          for (const a of value as { url: string; platform: string }[]) {
            expect(text).toContain(a.platform);
            expect(findAll(cell, (el) => el.tagName === 'a' && attr(el, 'href') === a.url)).toHaveLength(1);
          }
          break;
        case 'figures':
          expect(findAll(cell, (el) => el.tagName === 'li')).toHaveLength((value as unknown[]).length);
          break;
        case 'person':
          for (const [part, v] of Object.entries(value as Record<string, string>))
            expect(text).toContain(part === 'email' ? spokenEmail(v) : v);
          break;
      }
    }
  });

  it('says "not legible in source" visibly, and differently from "No"', () => {
    const [iv3] = dataField(article, 'IV.3.answer');
    if (!iv3) throw new Error('IV.3 missing');
    expect(textOf(iv3)).toMatch(/Not legible in source/);
    expect(textOf(iv3)).not.toMatch(/\bNo\b/);
  });

  it("links every URL of the source document (except the form's own footnote) with a real <a href>", () => {
    const source = readFileSync(ALMATY_SOURCE, 'utf8');
    const footnote = /unstats\.un\.org/;
    const urls = [...new Set([...source.matchAll(/https?:\/\/[^\s<>()"]+/g)].map((m) => m[0].replace(/[.,;:]+$/, '')))].filter(
      (u) => !footnote.test(u),
    );
    expect(urls.length).toBeGreaterThan(25);
    const anchors = findAll(article, (el) => el.tagName === 'a');
    for (const url of urls) {
      const links = anchors.filter((a) => attr(a, 'href') === url);
      expect(links.length, url).toBeGreaterThan(0);
      for (const a of links) expect(attr(a, 'rel')?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });

  it('resolves every in-page anchor, and ids are unique', () => {
    const ids = findAll(doc, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    const fragments = findAll(doc, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('#')).map((a) =>
      (attr(a, 'href') ?? '').slice(1),
    );
    expect(fragments.length).toBeGreaterThan(60);
    for (const f of fragments) expect(ids, `#${f}`).toContain(decodeURIComponent(f));
  });

  it('shows e-mail addresses only in spoken form: no mailto, no address, not indexed', () => {
    expect(html).not.toMatch(/mailto:/i);
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
    expect(html).not.toContain('@a-a.kz');
    const spoken = findAll(doc, (el) => attr(el, 'data-email-spoken') !== undefined);
    expect(spoken.map(textOf)).toEqual(['b.konirbayev at a-a dot kz', 'o.zhanabek at a-a dot kz']);
    // Each sits inside an element Pagefind ignores.
    for (const el of findAll(doc, (e) => e.tagName === 'dd' && findAll(e, (x) => attr(x, 'data-email-spoken') !== undefined).length > 0)) {
      expect(attr(el, 'data-pagefind-ignore')).toBeDefined();
    }
  });

  it('compares figures with the median and n, and says when this is the only response', () => {
    const glance = byId(doc, 'at-a-glance')[0];
    if (!glance) throw new Error('No at-a-glance section');
    const items = findAll(glance, (el) => attr(el, 'data-indicator') !== undefined);
    expect(items.map((el) => attr(el, 'data-indicator'))).toEqual(['services-online', 'services-mobile', 'satisfaction', 'digital-budget']);
    const text = Object.fromEntries(items.map((el) => [attr(el, 'data-indicator'), textOf(el)]));
    expect(text['services-online']).toMatch(/93\.3%/);
    expect(text['services-mobile']).toMatch(/Not given/);
    expect(text['satisfaction']).toMatch(/85\.13%/);
    expect(text['digital-budget']).toMatch(/0\.71%/);
    const n = files.filter((f) => f.edition === 2022).length;
    if (n === 1) expect(text['services-online']).toMatch(/Only response so far.*n = 1/);
    else expect(text['services-online']).toMatch(/Median of 2022 responses: .*\(n = \d+\)/);
  });

  it('offers download, compare and citation with the permalink', () => {
    const hrefs = findAll(doc, (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain('/data/responses/2022/kz.json');
    expect(hrefs).toContain('/compare/?cities=almaty');
    const text = findAll(doc, (el) => attr(el, 'data-citation') === 'text')[0];
    const bib = findAll(doc, (el) => attr(el, 'data-citation') === 'bibtex')[0];
    // With LGQ_SITE the permalink; without it, no address at all (tests/site/discover.test.ts checks both builds).
    expect(text && textOf(text)).toMatch(
      /^Almaty city government \(Kazakhstan\) \(2023\)\. .* LGQ Knowledgebase, dataset version \S+\. (?:https:\/\/\S+\/cities\/almaty\/ \(accessed|Accessed) \d{1,2} \w+ \d{4}\)?\.$/,
    );
    expect(bib && textOf(bib)).toMatch(
      /^@misc\{lgq2022almaty, .*version += \{\S+\},(?: url += \{https:\/\/\S+\/cities\/almaty\/\},)? urldate += \{\d{4}-\d{2}-\d{2}\}/,
    );
  });

  it('offers each questionnaire definition where its term is used, as a disclosure, and lists them all', () => {
    const details = findAll(article, (el) => el.tagName === 'details' && (attr(el, 'class') ?? '').includes('definition'));
    const terms = details.map((d) => textOf(findAll(d, (el) => el.tagName === 'summary')[0] as Element));
    // The form's own terms as they are; a heading the site added (the form names no term) says so.
    for (const term of ['E-government', 'E-Participation', 'Open Government Data', 'CIO', 'Vulnerable groups (heading added by this site)'])
      expect(terms).toContain(`Definition: ${term}`);
    // E-participation's footnote is attached at I.2.b only, as on the form: III.2 does not repeat it.
    const strategy = byId(doc, questionAnchor('III.2'))[0];
    if (!strategy) throw new Error('no III.2');
    const strategyTerms = findAll(strategy, (el) => el.tagName === 'summary').map(textOf);
    expect(strategyTerms).toEqual(['Definition: Vulnerable groups (heading added by this site)']);
    for (const d of edition.definitions) expect(byId(doc, `def-${d.id}`)).toHaveLength(1);
  });

  it('says where Almaty stands in a sentence per indicator: no image, table or download of a one-city distribution', () => {
    const section = byId(doc, 'distributions')[0];
    if (!section) throw new Error('No distributions section');
    const strips = findAll(section, (el) => (attr(el, 'class') ?? '').split(/\s+/).includes('profile-strip'));
    expect(strips.length).toBeGreaterThan(3);
    const n = files.filter((f) => f.edition === 2022).length;
    for (const strip of strips) {
      expect(textOf(strip)).toContain('Almaty');
      if (n === 1) expect(findAll(strip, (el) => ['img', 'picture', 'svg'].includes(el.tagName))).toEqual([]);
      expect(findAll(strip, (el) => el.tagName === 'table' || attr(el, 'download') !== undefined)).toEqual([]);
      expect(findAll(strip, (el) => el.tagName === 'a' && textOf(el) === 'See all cities')).toHaveLength(1);
    }
    // The section is a few sentences and links, not one chart of every city per indicator.
    const raw = /<section class="profile-distributions"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.length).toBeLessThan(1500 * strips.length);
  });

  it('stays within the page-weight budget (100 KB gzip)', () => {
    expect(gzipSync(html).length).toBeLessThan(100_000);
  });
});
