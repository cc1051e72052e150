// Question pages on the built sites (real and demo): one answers table with every response, regions
// never split across pages (none is larger than a page at 193 responses; larger ones are divided at
// their sub-regions, tests/unit/lib/pages/question-table.test.ts), the page weight, question pages in
// the search index and the vocabulary.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attr, builtPages, findAll, textOf } from '../helpers/html.ts';
import type { BuiltPage } from '../helpers/html.ts';
import { DEMO_DIST, DIST } from '../helpers/paths.ts';
import { getEdition, LATEST_EDITION, questionAnchor } from '../../src/questionnaire/index.ts';

const edition = getEdition(LATEST_EDITION);
const rowsOf = (page: BuiltPage) => findAll(page.document, (el) => el.tagName === 'tr' && attr(el, 'data-row') !== undefined);
const regionsOf = (page: BuiltPage) =>
  findAll(page.document, (el) => el.tagName === 'tbody' && attr(el, 'data-group') !== undefined).map((el) => attr(el, 'data-group'));

for (const [name, dir] of [
  ['real build', DIST],
  ['demo build', DEMO_DIST],
] as const) {
  describe(`question pages (${name})`, () => {
    if (!existsSync(join(dir, 'index.html'))) {
      it('has a build to check', () => {
        throw new Error(`No build in ${dir}: run ${dir === DIST ? '`npm run build`' : '`npm run demo:build`'} first.`);
      });
      return;
    }
    const pages = builtPages(dir);
    const profiles = pages.filter((p) => /^\/cities\/[a-z0-9-]+\/$/.test(p.path));
    const pagesOf = (id: string) =>
      pages.filter(
        (p) => p.path === `/questions/${questionAnchor(id)}/` || new RegExp(`^/questions/${questionAnchor(id)}/\\d+/$`).test(p.path),
      );

    it('list every answer in one table per page, each region on one page only', () => {
      for (const q of edition.questions) {
        const qPages = pagesOf(q.id);
        expect(qPages.length, q.id).toBeGreaterThan(0);
        expect(qPages.flatMap(rowsOf).length, q.id).toBe(profiles.length);
        for (const p of qPages)
          expect(
            findAll(p.document, (el) => el.tagName === 'table' && (attr(el, 'class') ?? '').includes('answer-table__table')),
            p.path,
          ).toHaveLength(rowsOf(p).length > 0 ? 1 : 0);
        const regions = qPages.flatMap(regionsOf);
        expect(new Set(regions).size, `${q.id}: a region on two pages`).toBe(regions.length);
      }
    });

    it('show I.3 as whether the city has a CIO', () => {
      const [page] = pagesOf('I.3');
      const has = edition.questions.find((q) => q.id === 'I.3')?.fields.find((f) => f.key === 'has_cio');
      expect(has).toBeDefined();
      expect(
        findAll(page!.document, (el) => el.tagName === 'h3')
          .map(textOf)
          .join('\n'),
      ).toContain('how cities answered');
      expect(page!.html).toContain(has!.label);
      // Each row gives the has_cio state.
      for (const row of rowsOf(page!))
        expect(['yes', 'no', 'not_answered', 'not_legible_in_source', 'withheld']).toContain(attr(row, 'data-state'));
    });

    it('stay under 100 KB of gzip HTML each', () => {
      const weights = pages
        .filter((p) => p.path.startsWith('/questions/') && p.path !== '/questions/')
        .map((p) => ({ path: p.path, gzip: gzipSync(p.html).length }));
      const heaviest = weights.toSorted((a, b) => b.gzip - a.gzip)[0];
      console.info(`heaviest question page (${name}): ${heaviest?.path} ${heaviest?.gzip} bytes gzip`);
      const iii2 = pages.find((p) => p.path === '/questions/iii-2/');
      if (iii2) console.info(`/questions/iii-2/ (${name}): ${iii2.html.length} bytes, ${gzipSync(iii2.html).length} gzip`);
      expect(weights.filter((w) => w.gzip > 100_000)).toEqual([]);
    });

    it('mark the wording (not the table) for search, once per question', () => {
      for (const q of edition.questions) {
        const [first, ...rest] = pagesOf(q.id);
        const bodies = findAll(first!.document, (el) => attr(el, 'data-pagefind-body') !== undefined);
        expect(bodies, q.id).toHaveLength(1);
        expect(findAll(bodies[0]!, (el) => el.tagName === 'table')).toHaveLength(0);
        expect(textOf(bodies[0]!)).toContain(q.wording.slice(0, 40));
        for (const p of rest) expect(findAll(p.document, (el) => attr(el, 'data-pagefind-body') !== undefined)).toHaveLength(0);
      }
    });

    it('write one vocabulary for "Did you mean …?", with the question words in it', () => {
      const words = JSON.parse(readFileSync(join(dir, 'search-vocabulary.json'), 'utf8')) as string[];
      expect(words).toEqual(expect.arrayContaining(['transport', 'blockchain', 'satisfaction']));
      expect(new Set(words).size).toBe(words.length);
      expect(JSON.stringify(words).length).toBeLessThan(80_000);
    });
  });
}
