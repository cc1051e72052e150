// Charts and question pages in the built HTML: every chart is an accessible SVG with a title and a
// description, its table equals its CSV and JSON downloads, and no response is left out of any
// question's pages. Checked on the real build (one response) and on the fictional demo build.
import { existsSync, readFileSync } from 'node:fs';
import { EMBED_ROOT } from '../../src/lib/urls.ts';
import { datasetVersion } from '../../src/lib/export/version.ts';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { attr, builtPages, filesUnder, findAll, textOf } from '../helpers/html.ts';
import type { BuiltPage, Element } from '../helpers/html.ts';
import { DEMO_DIST, DIST } from '../helpers/paths.ts';
import { getEdition, questionAnchor } from '../../src/questionnaire/index.ts';
import { NUMERIC_INDICATORS } from '../../src/lib/indicators/index.ts';

const edition = getEdition(2022);
const hasClass = (el: Element, c: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(c);

function chartsOf(page: BuiltPage): Element[] {
  return findAll(page.document, (el) => el.tagName === 'lgq-chart');
}

/** The rows of a chart's table as text, header first, as a reader (or a CSV parser) sees them. */
function tableRows(chart: Element): string[][] {
  const table = findAll(chart, (el) => el.tagName === 'table')[0];
  if (!table) throw new Error(`chart ${attr(chart, 'id')} has no table`);
  return findAll(table, (el) => el.tagName === 'tr').map((tr) =>
    findAll(tr, (el) => el.tagName === 'th' || el.tagName === 'td').map(textOf),
  );
}

for (const [name, dir] of [
  ['real build', DIST],
  ['demo build', DEMO_DIST],
] as const) {
  describe(`charts and question pages (${name})`, () => {
    if (!existsSync(join(dir, 'index.html'))) {
      it('has a build to check', () => {
        throw new Error(`No build in ${dir}: run ${dir === DIST ? '`npm run build`' : '`npm run demo:build`'} first (npm test does).`);
      });
      return;
    }
    const pages = builtPages(dir);
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const profiles = pages.filter((p) => /^\/cities\/[a-z0-9-]+\/$/.test(p.path));
    // Embed pages show a chart without its downloads (tests/site/embed.test.ts checks them).
    const withCharts = pages.filter((p) => chartsOf(p).length > 0 && !p.path.startsWith(EMBED_ROOT));

    it('lists every question of the edition on /questions/, each with its own page', () => {
      const index = byPath.get('/questions/');
      expect(index).toBeDefined();
      const hrefs = findAll(index!.document, (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
      for (const q of edition.questions) {
        expect(hrefs).toContain(`/questions/${questionAnchor(q.id)}/`);
        const page = byPath.get(`/questions/${questionAnchor(q.id)}/`);
        expect(page, q.id).toBeDefined();
        expect(findAll(page!.document, (el) => el.tagName === 'h1')).toHaveLength(1);
        expect(page!.html).toContain(q.wording.replace(/&/g, '&amp;').slice(0, 40));
      }
    });

    it("puts every city's answer on exactly one page of every question, grouped by region", () => {
      for (const q of edition.questions) {
        const anchor = questionAnchor(q.id);
        const qPages = pages.filter((p) => p.path === `/questions/${anchor}/` || new RegExp(`^/questions/${anchor}/\\d+/$`).test(p.path));
        // One table row per answer; the row's city link names the profile (`/cities/<slug>/…`).
        const cities = qPages.flatMap((p) =>
          findAll(p.document, (el) => el.tagName === 'tr' && attr(el, 'data-row') !== undefined).map(
            (row) => attr(findAll(row, (el) => el.tagName === 'a')[0]!, 'href')?.split('/')[2],
          ),
        );
        expect(cities.sort(), q.id).toEqual(profiles.map((p) => p.path.split('/')[2]).sort());
        for (const p of qPages)
          expect(findAll(p.document, (el) => el.tagName === 'tbody' && attr(el, 'data-group') !== undefined).length).toBeGreaterThan(0);
        if (qPages.length > 1) {
          // Paginated: every page links to every other page.
          for (const p of qPages) {
            const links = findAll(p.document, (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
            for (const other of qPages) expect(links).toContain(other.path);
          }
        }
      }
    });

    it('scales every chart to its frame (no minimum width), draws it only from three values, and gives a drawn chart a narrow drawing', () => {
      const css = filesUnder(dir)
        .filter((f) => f.endsWith('.css'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n');
      expect(css).not.toMatch(/chart__frame--min-/);
      // As written in charts.css, or as the minifier writes it.
      expect(css).toMatch(/@container \((?:max-width:\s*|width\s*<=\s*)539\.98px\)/);
      const charts = withCharts.flatMap((p) => chartsOf(p).map((chart) => ({ page: p.path, chart })));
      expect(charts.length).toBeGreaterThan(0);
      let drawn = 0;
      for (const { page, chart } of charts) {
        const svgs = findAll(chart, (el) => el.tagName === 'svg');
        const where = `${page} ${attr(chart, 'id')}`;
        if (svgs.length === 0) {
          // Too few values: the summary says them, and the table keeps every city.
          expect(
            findAll(chart, (el) => hasClass(el, 'chart__frame')),
            where,
          ).toEqual([]);
          expect(
            findAll(chart, (el) => el.tagName === 'table'),
            where,
          ).toHaveLength(1);
          continue;
        }
        drawn++;
        expect(
          svgs.map((svg) => (attr(svg, 'class') ?? '').split(' ').at(-1)),
          where,
        ).toEqual(['chart-svg--wide', 'chart-svg--narrow']);
      }
      // The real build has one response: nothing to draw. The demo build draws its charts.
      if (dir === DEMO_DIST) expect(drawn).toBeGreaterThan(edition.questions.length);
      else expect(drawn).toBe(0);
    });

    it('never repeats an element id on a page with charts', () => {
      for (const page of withCharts) {
        const ids = findAll(page.document, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id'));
        expect(
          ids.filter((id, i) => ids.indexOf(id) !== i),
          page.path,
        ).toEqual([]);
      }
    });

    it('gives every chart an SVG with role="img", a <title> and a <desc>, and no inline styles', () => {
      expect(withCharts.length).toBeGreaterThan(edition.questions.length);
      for (const page of withCharts)
        for (const chart of chartsOf(page))
          for (const svg of findAll(chart, (el) => el.tagName === 'svg')) {
            expect(attr(svg, 'role')).toBe('img');
            const [titleId, descId] = (attr(svg, 'aria-labelledby') ?? '').split(' ');
            const title = findAll(svg, (el) => el.tagName === 'title' && attr(el, 'id') === titleId)[0];
            const desc = findAll(svg, (el) => el.tagName === 'desc' && attr(el, 'id') === descId)[0];
            expect(title && textOf(title), `${page.path} ${attr(chart, 'id')}`).toBeTruthy();
            expect(desc && textOf(desc)).toMatch(/\.$/);
            expect(findAll(chart, (el) => attr(el, 'style') !== undefined)).toEqual([]);
          }
    });

    it('gives every chart a table equal to its CSV and JSON downloads', () => {
      let checked = 0;
      for (const page of withCharts)
        for (const chart of chartsOf(page)) {
          const links = findAll(chart, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map((a) => attr(a, 'href')!);
          const csvHref = links.find((h) => h.endsWith('.csv'));
          const jsonHref = links.find((h) => h.endsWith('.json'));
          expect(csvHref && jsonHref, `${page.path} ${attr(chart, 'id')}`).toBeTruthy();
          const csv = csvParseRows(readFileSync(join(dir, csvHref!), 'utf8'));
          expect(tableRows(chart), `${page.path} ${csvHref}`).toEqual(csv);
          const json = JSON.parse(readFileSync(join(dir, jsonHref!), 'utf8')) as {
            version: string;
            columns: string[];
            rows: Record<string, string | number>[];
          };
          expect([json.columns, ...json.rows.map((r) => json.columns.map((c) => String(r[c])))]).toEqual(csv);
          // Question pages' JSON downloads name the dataset version they were made from.
          if (jsonHref!.startsWith('/questions/')) expect(json.version, jsonHref).toBe(datasetVersion());
          checked++;
        }
      expect(checked).toBeGreaterThan(edition.questions.length);
    });

    it('places each profile among all cities with one strip per numeric indicator: the city in words, the rest a shared image', () => {
      expect(profiles.length).toBeGreaterThan(0);
      const files = new Set(filesUnder(dir));
      const sources = new Set<string>();
      let marked = 0;
      let unmarked = 0;
      for (const page of profiles.slice(0, 25)) {
        const section = findAll(page.document, (el) => attr(el, 'id') === 'distributions')[0];
        expect(section, page.path).toBeDefined();
        // No chart element, table or download on the profile: the question page has them.
        expect(
          findAll(section!, (el) => el.tagName === 'lgq-chart' || el.tagName === 'table'),
          page.path,
        ).toEqual([]);
        expect(findAll(section!, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined)).toEqual([]);
        const strips = findAll(section!, (el) => hasClass(el, 'profile-strip'));
        expect(strips.map((c) => attr(c, 'id'))).toEqual(NUMERIC_INDICATORS.map((i) => `${i.id}-distribution`));
        const city = textOf(findAll(page.document, (el) => el.tagName === 'h1')[0]!);
        if (profiles.length === 1) expect(textOf(section!)).toMatch(/only response/);
        for (const [i, strip] of strips.entries()) {
          const indicator = NUMERIC_INDICATORS[i]!;
          const where = `${page.path} ${attr(strip, 'id')}`;
          const sentence = textOf(findAll(strip, (el) => hasClass(el, 'profile-strip__sentence'))[0]!);
          expect(sentence, where).toContain(city);
          // "See all cities" goes to the chart on its question page.
          const all = findAll(strip, (el) => el.tagName === 'a' && textOf(el) === 'See all cities')[0];
          const [path, hash] = (attr(all!, 'href') ?? '').split('#');
          expect(path, where).toBe(`/questions/${questionAnchor(indicator.questionId)}/`);
          expect(findAll(byPath.get(path!)!.document, (el) => attr(el, 'id') === hash)).toHaveLength(1);
          const img = findAll(strip, (el) => el.tagName === 'img')[0];
          if (!img) {
            // Too few values to draw: the sentence says them (the real build's one response).
            expect(
              findAll(strip, (el) => el.tagName === 'svg'),
              where,
            ).toEqual([]);
            continue;
          }
          const source = findAll(strip, (el) => el.tagName === 'source')[0]!;
          expect(attr(source, 'media')).toBe('(max-width: 539.98px)');
          expect(attr(img, 'loading')).toBe('lazy');
          expect(attr(img, 'decoding')).toBe('async');
          const markers = findAll(strip, (el) => hasClass(el, 'profile-strip__marker'));
          for (const [variant, el, src] of [
            ['wide', img, attr(img, 'src')!],
            ['narrow', source, attr(source, 'srcset')!],
          ] as const) {
            expect(src, where).toBe(`/questions/${questionAnchor(indicator.questionId)}/strips/${indicator.id}-${variant}.svg`);
            expect(files.has(src.slice(1)), `${where}: ${src}`).toBe(true);
            sources.add(src);
            const file = readFileSync(join(dir, src), 'utf8');
            // Its size is on the element, so nothing shifts as it loads; its description is the alt.
            const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(file) ?? [];
            expect([attr(el, 'width'), attr(el, 'height')], `${where} ${variant}`).toEqual([w, h]);
            if (variant === 'wide') expect(file).toContain(`<desc id="${indicator.id}-distribution-wide-desc">${attr(img, 'alt')}</desc>`);
            expect(file).toMatch(/@media \(prefers-color-scheme:dark\)/);
            // The city's marker is laid over the image in the image's own units.
            const marker = markers.find((m) => hasClass(m, `profile-strip__marker--${variant}`));
            if (marker) expect(attr(marker, 'viewBox')).toBe(`0 0 ${w} ${h}`);
          }
          expect(attr(img, 'alt'), where).toMatch(/^Across \d+ cities the median .*\.$/);
          expect(attr(img, 'alt')).not.toContain(city);
          if (markers.length) {
            marked++;
            expect(markers, where).toHaveLength(2);
            expect(sentence, where).toMatch(/\. (Joint )?\d+(st|nd|rd|th) highest of \d+ cities that gave a value; the median is /);
            for (const m of markers) expect(textOf(findAll(m, (el) => el.tagName === 'text')[0]!)).toMatch(new RegExp(`^${city}: `));
          } else {
            unmarked++;
            expect(sentence, where).toMatch(/ gives no value \(.+\); the median of the \d+ cities that gave one is /);
          }
        }
      }
      if (dir === DEMO_DIST) {
        expect(marked).toBeGreaterThan(0);
        expect(unmarked).toBeGreaterThan(0);
        // Every profile shows the same files: one per indicator and drawing width.
        expect(sources.size).toBe(2 * NUMERIC_INDICATORS.length);
      } else expect(sources.size).toBe(0);
    });

    it(
      profiles.length === 1 ? 'at n = 1 says so instead of drawing a distribution' : 'draws distributions with medians and quartiles',
      () => {
        const page = byPath.get(`/questions/${questionAnchor('IV.1')}/`)!;
        const strip = chartsOf(page).find((c) => attr(c, 'id') === 'services-online-distribution')!;
        const medians = findAll(strip, (el) => hasClass(el, 'median-line'));
        if (profiles.length === 1) {
          expect(textOf(strip)).toMatch(/One response so far/);
          expect(medians).toHaveLength(0);
        } else {
          // One median and one band in each drawing (wide and narrow).
          expect(medians).toHaveLength(2);
          expect(findAll(strip, (el) => hasClass(el, 'quartile-band'))).toHaveLength(2);
        }
      },
    );

    it('offers every drawn chart as SVG and PNG images that carry its title and source, and a share image per question chart', () => {
      let checked = 0;
      const files = new Set(filesUnder(dir));
      for (const page of withCharts)
        for (const chart of chartsOf(page)) {
          const links = findAll(chart, (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map((a) => attr(a, 'href')!);
          const svgHref = links.find((h) => h.endsWith('.svg'));
          const pngHref = links.find((h) => h.endsWith('.png'));
          const drawn = findAll(chart, (el) => el.tagName === 'svg').length > 0;
          const where = `${page.path} ${attr(chart, 'id')}`;
          // Images are made for the charts of question pages (the questions index's overview has its data only).
          const csvHref = links.find((h) => h.endsWith('.csv')) ?? '';
          if (!/^\/questions\/[a-z0-9-]+\/[\w-]+\.csv$/.test(csvHref)) {
            expect([svgHref, pngHref], where).toEqual([undefined, undefined]);
            continue;
          }
          if (!drawn) {
            expect([svgHref, pngHref], where).toEqual([undefined, undefined]);
            continue;
          }
          expect(svgHref && pngHref, where).toBeTruthy();
          const title = textOf(findAll(chart, (el) => hasClass(el, 'chart__title'))[0]!);
          const svg = readFileSync(join(dir, svgHref!), 'utf8');
          expect(svg, where).toContain(`<title id="take-away-title">${title.replace(/&/g, '&amp;')}</title>`);
          expect(svg).toMatch(/LGQ Knowledgebase · self-reported by cities · CC BY 4\.0 ·/);
          expect(svg).toMatch(/Data as of /);
          const width = Number(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)"/.exec(svg)?.[1]);
          const png = readFileSync(join(dir, pngHref!));
          expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), where).toBe('PNG');
          expect(png.readUInt32BE(16), where).toBe(width * 2);
          if (pngHref!.startsWith('/questions/') && page.path.startsWith('/questions/')) {
            const share = readFileSync(join(dir, pngHref!.replace(/\/([^/]+)\.png$/, '/share/$1.png')));
            expect([share.readUInt32BE(16), share.readUInt32BE(20)], where).toEqual([1200, 630]);
          }
          checked++;
        }
      // Images are made per question chart, never per profile.
      expect([...files].filter((f) => /^cities\/.*\.(svg|png)$/.test(f))).toEqual([]);
      if (dir === DEMO_DIST) expect(checked).toBeGreaterThan(edition.questions.length);
      else expect(checked).toBe(0);
    });
  });
}
