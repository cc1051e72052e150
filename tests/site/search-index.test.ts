// The built Pagefind index, queried in Node with Pagefind's own search API (the built
// pagefind.js), fetching the index over loopback exactly as a browser would.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import sirv from 'sirv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths.ts';
import { contentDir } from '../../src/lib/data/content-dir.ts';
import { countryInfo } from '../../src/lib/data/countries.ts';
import { getEdition } from '../../src/questionnaire/index.ts';
import { sectionLabel, sectionsOfAnchors } from '../../src/lib/search/records.ts';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
interface PagefindInstance {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<ResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Pagefind extends PagefindInstance {
  createInstance(o: { basePath: string }): PagefindInstance;
}

const BUNDLE = join(DIST, 'pagefind');
let server: Server;
let origin = '';
let pagefind: Pagefind;

/** Every result's data for a query. */
async function find(term: string | null, options: Record<string, unknown> = {}): Promise<ResultData[]> {
  const search = await pagefind.search(term, options);
  return Promise.all(search.results.map((r) => r.data()));
}
/** A result URL as path + hash (Pagefind prefixes the loopback origin). */
const local = (url: string) => {
  const u = new URL(url, origin);
  return `${u.pathname}${u.hash}`;
};

interface ResponseFile {
  slug: string;
  edition: number;
  city: { name: string; local_name?: string; country: string };
  answers: Record<string, Record<string, unknown>>;
}
const responses = readdirSync(contentDir(), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
  .map((e) => ({
    ...(parse(readFileSync(join(e.parentPath, e.name), 'utf8')) as Omit<ResponseFile, 'slug'>),
    slug: e.name.replace(/\.yaml$/, ''),
  }));

beforeAll(async () => {
  if (!existsSync(join(BUNDLE, 'pagefind.js'))) throw new Error(`No Pagefind bundle in ${BUNDLE}: build the site first`);
  const assets = sirv(DIST, { dev: false });
  server = createServer((req, res) =>
    assets(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  pagefind = (await import(pathToFileURL(join(BUNDLE, 'pagefind.js')).href)) as Pagefind;
  await pagefind.options({ basePath: `${origin}/pagefind/` });
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('search index', () => {
  it('finds "air quality" in Almaty with a sub-result on the III.5 answer', async () => {
    const results = await find('air quality');
    const almaty = results.find((r) => r.meta['city'] === 'Almaty');
    expect(almaty, 'Almaty among the results').toBeDefined();
    expect(almaty?.meta).toMatchObject({ country: 'Kazakhstan', edition: '2022' });
    const sub = almaty?.sub_results.find((s) => local(s.url) === '/cities/almaty/#iii-5');
    expect(sub?.title).toMatch(/^III\.5 /);
    expect(sub?.excerpt).toMatch(/<mark>air<\/mark> <mark>quality<\/mark>/i);
  });

  it('finds "Darmen" in the VII.1 crisis answer', async () => {
    const results = await find('Darmen');
    const subs = results.flatMap((r) => r.sub_results.map((s) => local(s.url)));
    expect(subs).toContain('/cities/almaty/#vii-1');
    expect(results.every((r) => r.meta['city'] === 'Almaty')).toBe(true);
  });

  it('finds a city by its name in Cyrillic', async () => {
    const results = await find('Алматы');
    expect(results.map((r) => local(r.url))).toContain('/cities/almaty/');
  });

  it('a region filter returns exactly the responses of that region', async () => {
    const available = Object.keys((await pagefind.filters())['region'] ?? {});
    expect(available).toContain('Asia');
    for (const region of ['Asia', 'Europe']) {
      const expected = new Set(responses.filter((r) => countryInfo(r.city.country).region === region).map((r) => r.city.name));
      const results = await find(null, { filters: { region, type: 'Response' } });
      expect(results.every((r) => r.filters['region']?.length === 1 && r.filters['region'][0] === region)).toBe(true);
      expect(new Set(results.map((r) => r.meta['city']))).toEqual(expected);
    }
  });

  it('every response is indexed: one profile record each, in the one index', async () => {
    const profiles = await find(null, { filters: { type: 'Response' } });
    expect(profiles.map((r) => local(r.url)).sort()).toEqual(
      [...new Set(responses.map((r) => r.slug))].map((slug) => `/cities/${slug}/`).sort(),
    );
    expect(existsSync(join(DIST, 'pagefind-sections'))).toBe(false);
  });

  it("gives the browser's section filter what it reads: sub-results on questionnaire anchors, question pages' section", async () => {
    const map = sectionsOfAnchors();
    const third = getEdition(2022).sections.find((s) => s.id === 'III');
    const label = third ? sectionLabel(third) : '';
    const results = await find('transport');
    const profiles = results.filter((r) => r.meta['type'] === 'Response');
    expect(profiles.length).toBeGreaterThan(0);
    // Every sub-result of a profile (but the record's own URL) is a section or question anchor of its edition.
    for (const r of profiles) {
      const anchors = map[r.meta['edition'] ?? ''] ?? {};
      for (const sub of r.sub_results.filter((s) => s.url !== r.url))
        expect(anchors[new URL(sub.url).hash.slice(1)], sub.url).toBeDefined();
    }
    const almaty = profiles.find((r) => r.meta['city'] === 'Almaty');
    const inThird = almaty?.sub_results.filter((s) => map['2022']?.[new URL(s.url).hash.slice(1)] === label).map((s) => local(s.url));
    expect(inThird).toContain('/cities/almaty/#iii-6');
    // Question pages say their section.
    const questions = await find('blockchain', { filters: { type: 'Question' } });
    const iii2 = questions.find((r) => local(r.url) === '/questions/iii-2/');
    expect(iii2?.meta['section']).toBe(label);
  });

  it('indexes every editorial page, typed Editorial', async () => {
    const pages = existsSync('content/pages') ? readdirSync('content/pages').filter((f) => f.endsWith('.mdx')) : [];
    expect(pages.length).toBeGreaterThan(0);
    for (const file of pages) {
      const title = /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(readFileSync(join('content/pages', file), 'utf8'))?.[1] ?? '';
      const results = await find(title);
      const page = results.find((r) => local(r.url) === `/${file.replace(/\.mdx$/, '')}/`);
      expect(page?.meta['type'], file).toBe('Editorial');
    }
  });

  it("never indexes officials' e-mail addresses or phone numbers", async () => {
    const people = responses.flatMap((r) =>
      Object.values(r.answers ?? {}).flatMap((fields) =>
        Object.values(fields ?? {}).filter(
          (v): v is { email?: string; phone?: string } => typeof v === 'object' && v !== null && ('email' in v || 'phone' in v),
        ),
      ),
    );
    const emails = people.flatMap((p) => (p.email ? [p.email] : []));
    const phones = people.flatMap((p) => (p.phone ? [p.phone] : []));
    expect(emails).toContain('b.konirbayev@a-a.kz');
    expect(phones.length).toBeGreaterThan(0);
    for (const email of emails) {
      // Question pages hold only the questionnaire's words ("b. E-participation" matches the "b."): not a leak.
      expect(await find(email, { filters: { type: { any: ['Response', 'Editorial'] } } }), email).toEqual([]);
    }
    // Everything Pagefind can show lives in its fragments: none holds an address or a number.
    const fragments = readdirSync(join(BUNDLE, 'fragment')).map((f) =>
      gunzipSync(readFileSync(join(BUNDLE, 'fragment', f))).toString('utf8'),
    );
    expect(fragments.length).toBeGreaterThan(0);
    // A phone number in any punctuation: its digit groups with up to three other characters between them.
    const phonePatterns = phones.map((p) => new RegExp((p.match(/\d+/g) ?? []).join('\\D{0,3}')));
    for (const fragment of fragments) {
      for (const email of emails) expect(fragment).not.toContain(email.split('@')[0]);
      for (const pattern of phonePatterns) expect(fragment).not.toMatch(pattern);
    }
  });

  it('indexes the profile answers, not the question wording repeated on every profile', async () => {
    // "Sendai" is only in the questionnaire's own words (the III.2 checklist item), never in Almaty's answers.
    const item = getEdition(2022)
      .questions.find((q) => q.id === 'III.2')
      ?.fields.find((f) => f.key === 'sendai');
    expect(`${item?.wording ?? ''} ${item?.label ?? ''}`).toMatch(/Sendai/);
    expect(responses.some((r) => JSON.stringify(r.answers).includes('Sendai'))).toBe(false);
    expect(await find('Sendai', { filters: { type: 'Response' } })).toEqual([]);
  });

  it.each([
    ['blockchain', ['/questions/viii-1/', '/questions/iii-2/']],
    ['CIO', ['/questions/i-3/']],
    ['satisfaction', ['/questions/v-1/', '/questions/v-2/', '/questions/v-3/']],
    // A word only the questionnaire uses: its question page, and no profile.
    ['Sendai', ['/questions/iii-2/']],
  ])('offers the question pages for "%s", typed Question, once each', async (term, paths) => {
    const questions = await find(term, { filters: { type: 'Question' } });
    const urls = questions.map((r) => local(r.url));
    expect(urls).toEqual(expect.arrayContaining(paths));
    expect(new Set(urls).size).toBe(urls.length);
    for (const r of questions) expect(r.meta['type']).toBe('Question');
    // Question pages are in the main index, among all results.
    expect((await find(term)).map((r) => local(r.url))).toEqual(expect.arrayContaining(paths));
  });
});
