import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartEmbedPath,
  chartShareImagePath,
  citiesIndexPath,
  closedOverviewPath,
  comparePath,
  compareSearch,
  DOWNLOAD_PATHS,
  editorialPath,
  jsonSchemaFileName,
  pagefindPath,
  PAGES,
  profilePath,
  profileQuestionPath,
  questionChartImagePath,
  questionChartAnchorPath,
  questionChartPath,
  questionPath,
  questionSectionPath,
  questionsIndexPath,
  releaseZipPath,
  responseJsonPath,
  responseProfilePath,
  schemaPath,
  searchPath,
  sourceArchivePath,
  sourceLinesPath,
  sourcePath,
  responseQuestionPath,
  SEARCH_VOCABULARY_PATH,
  stripImagePath,
} from '../../../src/lib/urls.ts';
import { LATEST_EDITION } from '../../../src/questionnaire/index.ts';

const almaty = { slug: 'almaty', edition: 2022, country: { code: 'KZ' } };
const latest = new Map([
  ['almaty', 2025],
  ['bravo', 2022],
]);

describe('URL builders', () => {
  it.each([
    ['home', PAGES.home, '/'],
    ['cities index', citiesIndexPath(), '/cities/'],
    ['cities index, page 1', citiesIndexPath(1), '/cities/'],
    ['cities index, page 3', citiesIndexPath(3), '/cities/page/3/'],
    ['latest profile', profilePath('almaty'), '/cities/almaty/'],
    ['edition profile', profilePath('almaty', 2022), '/cities/almaty/2022/'],
    ['response, city unknown to the map', responseProfilePath(almaty), '/cities/almaty/'],
    ['response, older edition', responseProfilePath(almaty, latest), '/cities/almaty/2022/'],
    ['response, latest edition', responseProfilePath({ slug: 'bravo', edition: 2022 }, latest), '/cities/bravo/'],
    ['answer on a profile', profileQuestionPath('almaty', 'III.2'), '/cities/almaty/#iii-2'],
    ['source document', sourcePath('almaty'), '/cities/almaty/source/'],
    ['source line', sourceLinesPath('almaty', { from: 194, to: 194 }), '/cities/almaty/source/#L194'],
    ['source lines', sourceLinesPath('almaty', { from: 194, to: 202 }), '/cities/almaty/source/#L194-L202'],
    ['source lines, newest edition', sourceLinesPath('almaty', { from: 5, to: 6 }, 2022, 2022), '/cities/almaty/source/#L5-L6'],
    ['source lines, older edition', sourceLinesPath('almaty', { from: 5, to: 6 }, 2022, 2025), '/cities/almaty/2022/source/#L5-L6'],
    ['answer of an older edition', responseQuestionPath('almaty', 'III.2', 2022, 2025), '/cities/almaty/2022/#iii-2'],
    ['answer of the newest edition', responseQuestionPath('almaty', 'III.2', 2022, 2022), '/cities/almaty/#iii-2'],
    ['search vocabulary', SEARCH_VOCABULARY_PATH, '/search-vocabulary.json'],
    ['source document, newest edition', sourcePath('almaty', 2022, 2022), '/cities/almaty/source/'],
    ['source document, older edition', sourcePath('almaty', 2019, 2022), '/cities/almaty/2019/source/'],
    ['source line', sourceLinesPath('almaty', { from: 194, to: 194 }), '/cities/almaty/source/#L194'],
    ['source range', sourceLinesPath('almaty', { from: 194, to: 202 }), '/cities/almaty/source/#L194-L202'],
    ['source range, older edition', sourceLinesPath('almaty', { from: 9, to: 11 }, 2019, 2022), '/cities/almaty/2019/source/#L9-L11'],
    ['source documents archive', sourceArchivePath(2022), '/sources/lgq-2022-documents.zip'],
    ['question', questionPath(LATEST_EDITION, 'III.2'), '/questions/iii-2/'],
    ['question, page 1', questionPath(LATEST_EDITION, 'III.2', 1), '/questions/iii-2/'],
    ['question, page 2', questionPath(LATEST_EDITION, 'III.2', 2), '/questions/iii-2/2/'],
    ['questionnaire section', questionSectionPath('III'), '/questions/#section-iii'],
    ['chart CSV', questionChartPath(LATEST_EDITION, 'IV.1', 'portal-ranked', 'csv'), '/questions/iv-1/portal-ranked.csv'],
    ['chart JSON', questionChartPath(LATEST_EDITION, 'IV.1', 'portal-ranked', 'json'), '/questions/iv-1/portal-ranked.json'],
    ['chart SVG', questionChartImagePath(LATEST_EDITION, 'V.3', 'satisfaction-ranked', 'svg'), '/questions/v-3/satisfaction-ranked.svg'],
    ['chart PNG', questionChartImagePath(LATEST_EDITION, 'V.3', 'satisfaction-ranked', 'png'), '/questions/v-3/satisfaction-ranked.png'],
    [
      'chart share image',
      chartShareImagePath(LATEST_EDITION, 'V.3', 'satisfaction-ranked'),
      '/questions/v-3/share/satisfaction-ranked.png',
    ],
    [
      'chart on its question page',
      questionChartAnchorPath(LATEST_EDITION, 'IV.1', 'services-online-distribution'),
      '/questions/iv-1/#services-online-distribution',
    ],
    [
      'shared strip image, wide',
      stripImagePath(LATEST_EDITION, 'IV.1', 'services-online', 'wide'),
      '/questions/iv-1/strips/services-online-wide.svg',
    ],
    [
      'shared strip image, narrow, older edition',
      stripImagePath(2019, 'IV.1', 'portals', 'narrow'),
      '/editions/2019/questions/iv-1/strips/portals-narrow.svg',
    ],
    ['chart embed page', chartEmbedPath(LATEST_EDITION, 'V.3', 'satisfaction-ranked'), '/embed/v-3/satisfaction-ranked/'],
    ['chart embed page, older edition', chartEmbedPath(2019, 'V.3', 'satisfaction-ranked'), '/embed/2019/v-3/satisfaction-ranked/'],
    ['closed overview CSV', closedOverviewPath(LATEST_EDITION, 'csv'), '/questions/closed-overview.csv'],
    ['responses CSV', DOWNLOAD_PATHS.responsesCsv, '/data/lgq-responses.csv'],
    ['responses JSON', DOWNLOAD_PATHS.responsesJson, '/data/lgq-responses.json'],
    ['city list', DOWNLOAD_PATHS.cities, '/data/cities.json'],
    ['dictionary CSV', DOWNLOAD_PATHS.dictionaryCsv, '/data/data-dictionary.csv'],
    ['dictionary JSON', DOWNLOAD_PATHS.dictionaryJson, '/data/data-dictionary.json'],
    ['cities CSV', DOWNLOAD_PATHS.citiesCsv, '/data/cities.csv'],
    ['long CSV', DOWNLOAD_PATHS.longCsv, '/data/lgq-responses-long.csv'],
    ['data package', DOWNLOAD_PATHS.datapackage, '/data/datapackage.json'],
    ['workbook', DOWNLOAD_PATHS.workbook, '/data/lgq-knowledgebase.xlsx'],
    ['release zip', releaseZipPath('2026.12'), '/data/lgq-knowledgebase-2026.12.zip'],
    ['one response: its country’s file', responseJsonPath(almaty), '/data/responses/2022/kz.json'],
    ['schema file', jsonSchemaFileName(2022), 'lgq-2022.schema.json'],
    ['schema', schemaPath(2022), '/schemas/lgq-2022.schema.json'],
    ['search', searchPath(), '/search/'],
    ['search with words', searchPath('open data & more'), '/search/?q=open%20data%20%26%20more'],
    ['compare, empty', comparePath(), '/compare/'],
    ['compare one city', comparePath(['almaty']), '/compare/?cities=almaty'],
    ['compare, differences only', comparePath(['almaty', 'bravo'], true), '/compare/?cities=almaty,bravo&differ=1'],
    ['compare query, only the toggle', compareSearch([], true), '?differ=1'],
    ['editorial page', editorialPath('about'), '/about/'],
    ['editorial heading', editorialPath('about', 'how-to-cite'), '/about/#how-to-cite'],
    ['search bundle', pagefindPath('main'), '/pagefind/'],
    ['search bundle file', pagefindPath('main', 'pagefind.js'), '/pagefind/pagefind.js'],
  ])('%s', (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each(Object.entries(PAGES))('%s is a page route of src/pages', (_name, path) => {
    const base = join('src/pages', path);
    const candidates = [join(base, 'index.astro'), `${base.replace(/\/$/, '')}.astro`];
    expect(
      candidates.some((f) => existsSync(f)),
      `${path}: none of ${candidates.join(', ')}`,
    ).toBe(true);
  });
});

/*
 * The scan: a quote, backtick or `}` directly followed by a route's first segment is a path built by
 * hand. Comment lines are skipped (they may describe a route). src/lib/urls.ts is the one exception.
 */
const ROUTE_SEGMENTS = [
  'cities',
  'questions',
  'data',
  'compare',
  'editions',
  'search',
  'schemas',
  'pagefind',
  'sources',
  'about',
  'methodology',
];
const HAND_BUILT = new RegExp(`[\`'"}]/(?:${ROUTE_SEGMENTS.join('|')})(?:[/?#'"\`.]|$)`);
const COMMENT_LINE = /^\s*(?:\*|\/\/|\/\*|<!--)/;
const URL_MODULES = ['src/lib/urls.ts', 'src/lib/urls/site.ts', 'src/lib/urls/questions.ts'];
const SCANNED = ['src', 'scripts'];
const EXTENSIONS = /\.(?:ts|astro|mjs|js)$/;

function handBuiltRoutes(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (!COMMENT_LINE.test(line) && HAND_BUILT.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

function sourceFiles(): string[] {
  return SCANNED.flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && EXTENSIONS.test(e.name))
      .map((e) => join(e.parentPath, e.name)),
  ).filter((f) => !URL_MODULES.includes(f));
}

describe('hand-built routes', () => {
  it.each([
    ['single quotes', "const a = '/cities/';", true],
    ['template', 'const a = `/cities/${slug}/`;', true],
    ['after an interpolation', 'const a = `${origin}/questions/${id}/`;', true],
    ['attribute', '<a href="/data/">Data</a>', true],
    ['download file', "fetch('/data/cities.json')", true],
    ['query string', "'/compare/?cities=' + slug", true],
    ['search bundle', "import('/pagefind/pagefind.js')", true],
    ['bare segment', "const a = '/search';", true],
    ['edition pages', 'const a = `/editions/${edition}/questions/`;', true],
    ['comment line', ' * Profiles live at `/cities/<slug>/`.', false],
    ['line comment', '  // `/cities/almaty/` is in Cities', false],
    ['from the module', 'href={profilePath(r.slug)}', false],
    ['relative folder', "join(dir, 'data', 'cities.json')", false],
    ['other word', "const a = '/citiesque/';", false],
  ])('%s', (_what, line, found) => {
    expect(handBuiltRoutes('x.ts', line).length > 0).toBe(found);
  });

  it('finds none in src/ and scripts/ outside src/lib/urls.ts', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => handBuiltRoutes(f, readFileSync(f, 'utf8')));
    expect(found, `build these with src/lib/urls.ts:\n${found.join('\n')}`).toEqual([]);
  });
});

const OLDER = 2019;

describe('question routes', () => {
  it.each([
    [questionsIndexPath(LATEST_EDITION), '/questions/'],
    [questionsIndexPath(OLDER), '/editions/2019/questions/'],
    [questionPath(LATEST_EDITION, 'III.2'), '/questions/iii-2/'],
    [questionPath(LATEST_EDITION, 'III.2', 1), '/questions/iii-2/'],
    [questionPath(LATEST_EDITION, 'III.2', 3), '/questions/iii-2/3/'],
    [questionPath(OLDER, 'VIII.2'), '/editions/2019/questions/viii-2/'],
    [questionPath(OLDER, 'VIII.2', 2), '/editions/2019/questions/viii-2/2/'],
    [questionChartPath(LATEST_EDITION, 'IV.1', 'closed-answers', 'csv'), '/questions/iv-1/closed-answers.csv'],
    [questionChartPath(OLDER, 'IV.1', 'closed-answers', 'json'), '/editions/2019/questions/iv-1/closed-answers.json'],
    [closedOverviewPath(LATEST_EDITION, 'csv'), '/questions/closed-overview.csv'],
    [closedOverviewPath(OLDER, 'json'), '/editions/2019/questions/closed-overview.json'],
  ])('%s is %s', (path, expected) => {
    expect(path).toBe(expected);
  });
});

describe('profile routes', () => {
  it.each([
    [profilePath('testville', 2099, 2099), '/cities/testville/'],
    [profilePath('testville', 2022, 2099), '/cities/testville/2022/'],
    [profilePath('almaty', 2022, 2022), '/cities/almaty/'],
  ])('%s is %s', (path, expected) => {
    expect(path).toBe(expected);
  });
});
