import { questionAnchor } from '../../questionnaire/anchors.ts';
import type { LineRange } from '../../schemas/evidence.ts';

/*
 * The site's addresses that need no questionnaire data: pages, profiles, downloads, schemas, search
 * bundles. Client scripts import this part directly (src/lib/urls.ts re-exports it with the question
 * routes), so their bundles carry no edition data.
 */

/** The top-level pages, each with the trailing slash the build uses (`trailingSlash: 'always'`). */
export const PAGES = {
  home: '/',
  cities: '/cities/',
  questions: '/questions/',
  compare: '/compare/',
  data: '/data/',
  search: '/search/',
} as const;

/** An editorial page (content/pages/<name>.mdx), e.g. `/about/`, or a heading on it (`/about/#how-to-cite`). */
export function editorialPath(name: string, heading?: string): string {
  return heading ? `/${name}/#${heading}` : `/${name}/`;
}

interface ResponseRef {
  readonly slug: string;
  readonly edition: number;
}

/** The cities index: page 1 is `/cities/`, later pages `/cities/page/<n>/`. */
export function citiesIndexPath(page = 1): string {
  return page <= 1 ? PAGES.cities : `${PAGES.cities}page/${page}/`;
}

/**
 * A city's profile: its latest edition at `/cities/<slug>/`; another edition at `/cities/<slug>/<edition>/`.
 * Pass `newestOfCity` when `edition` may be the city's newest (then the plain path is its address).
 */
export function profilePath(slug: string, edition?: number, newestOfCity?: number): string {
  return edition === undefined || edition === newestOfCity ? `${PAGES.cities}${slug}/` : `${PAGES.cities}${slug}/${edition}/`;
}

/**
 * The profile of one response: the plain city path when it is the city's latest edition (or when
 * `latestEdition` does not know the city), otherwise the edition path.
 */
export function responseProfilePath(response: ResponseRef, latestEdition?: ReadonlyMap<string, number>): string {
  const latest = latestEdition?.get(response.slug);
  return latest === undefined || latest === response.edition ? profilePath(response.slug) : profilePath(response.slug, response.edition);
}

/** One question's answer on a city's profile (its latest, unless `edition` says otherwise; see `profilePath`). */
export function profileQuestionPath(slug: string, questionId: string, edition?: number, newestOfCity?: number): string {
  return `${profilePath(slug, edition, newestOfCity)}#${questionAnchor(questionId)}`;
}

/**
 * The source document of a city's response, line-numbered: beside its profile (`/cities/<slug>/source/`
 * for the latest edition, `/cities/<slug>/<edition>/source/` for another), with the same `newestOfCity` rule.
 */
export function sourcePath(slug: string, edition?: number, newestOfCity?: number): string {
  return `${profilePath(slug, edition, newestOfCity)}source/`;
}

/** Lines of a source document: `#L194` for one line, `#L194-L202` for a range (the page gives each its anchor). */
export function sourceLineAnchor(range: LineRange): string {
  return range.from === range.to ? `L${String(range.from)}` : `L${String(range.from)}-L${String(range.to)}`;
}

/** A range of lines on a source page: the page's URL and `#L<from>` or `#L<from>-L<to>`. */
export function sourceLinesPath(slug: string, range: LineRange, edition?: number, newestOfCity?: number): string {
  return `${sourcePath(slug, edition, newestOfCity)}#${sourceLineAnchor(range)}`;
}

/** Where the original files cities returned are served from (robots.txt keeps crawlers out). */
export const SOURCE_DOWNLOADS_PREFIX = '/sources/';

/** The archive's file name without `.zip`: the route parameter of src/pages/sources/[archive].zip.ts. */
export function sourceArchiveName(edition: number): string {
  return `lgq-${String(edition)}-documents`;
}

/** The zip of an edition's original files, as received: `/sources/lgq-<edition>-documents.zip`. */
export function sourceArchivePath(edition: number): string {
  return `${SOURCE_DOWNLOADS_PREFIX}${sourceArchiveName(edition)}.zip`;
}

/** One answer on the profile of a given edition of a city's response (the plain profile when it is the city's newest). */
export function responseQuestionPath(slug: string, questionId: string, edition?: number, newestOfCity?: number): string {
  return `${profilePath(slug, edition, newestOfCity)}#${questionAnchor(questionId)}`;
}

export type DownloadFormat = 'csv' | 'json';

/** The Atom feed of responses added and corrected (src/pages/feed.xml.ts). */
export const FEED_PATH = '/feed.xml';

/** The sitemap index @astrojs/sitemap writes when the build has an origin; it lists `sitemap-0.xml`…. */
export const SITEMAP_PATH = '/sitemap-index.xml';

/** Route shapes, for pages that explain the site's addresses to readers. */
export const ROUTE_PATTERNS = {
  profile: `${PAGES.cities}<city-name>/`,
  responseJson: `${PAGES.data}responses/<edition>/<country-code>.json`,
} as const;

/** Where each bulk download lives. */
export const DOWNLOAD_PATHS = {
  responsesJson: `${PAGES.data}lgq-responses.json`,
  responsesCsv: `${PAGES.data}lgq-responses.csv`,
  dictionaryCsv: `${PAGES.data}data-dictionary.csv`,
  dictionaryJson: `${PAGES.data}data-dictionary.json`,
  cities: `${PAGES.data}cities.json`,
  citiesCsv: `${PAGES.data}cities.csv`,
  longCsv: `${PAGES.data}lgq-responses-long.csv`,
  datapackage: `${PAGES.data}datapackage.json`,
  workbook: `${PAGES.data}lgq-knowledgebase.xlsx`,
} as const;

/** The zip's file name without `.zip`: the route parameter of src/pages/data/[release].zip.ts. */
export function releaseZipName(version: string): string {
  return `lgq-knowledgebase-${version}`;
}

/** The zip of every download of one release of the data set, named by its version. */
export function releaseZipPath(version: string): string {
  return `${PAGES.data}${releaseZipName(version)}.zip`;
}

/**
 * Stable URL of the JSON holding one response: the responses of its country to its edition (the LGQ
 * asks one city per country, so mostly one response; at 5,000 responses a file each would take a
 * quarter of a free host's 20,000 files).
 */
export function responseJsonPath(response: { readonly edition: number; readonly country: { readonly code: string } }): string {
  return countryResponsesPath(response.edition, response.country.code);
}

/** `/data/responses/<edition>/<country code, lower case>.json`. */
export function countryResponsesPath(edition: number, countryCode: string): string {
  return `${PAGES.data}responses/${String(edition)}/${countryCode.toLowerCase()}.json`;
}

/** File name of an edition's JSON Schema (in public/schemas/). */
export function jsonSchemaFileName(edition: number): string {
  return `lgq-${edition}.schema.json`;
}

export function schemaPath(edition: number): string {
  return `/schemas/${jsonSchemaFileName(edition)}`;
}

/** The words of the search index, with how often each occurs: for "Did you mean …?" (written by the build). */
export const SEARCH_VOCABULARY_PATH = '/search-vocabulary.json';

/** The search page, optionally with the words to search for. */
export function searchPath(query = ''): string {
  return query ? `${PAGES.search}?q=${encodeURIComponent(query)}` : PAGES.search;
}

/** Query parameters of the compare page's selection. */
export const COMPARE_PARAMS = { cities: 'cities', onlyDiffer: 'differ' } as const;

/** The compare page's query string: `?cities=a,b` (commas kept readable), `&differ=1` to show only differences. */
export function compareSearch(slugs: readonly string[], onlyDiffer = false): string {
  const parts: string[] = [];
  if (slugs.length) parts.push(`${COMPARE_PARAMS.cities}=${slugs.map(encodeURIComponent).join(',')}`);
  if (onlyDiffer) parts.push(`${COMPARE_PARAMS.onlyDiffer}=1`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export function comparePath(slugs: readonly string[] = [], onlyDiffer = false): string {
  return `${PAGES.compare}${compareSearch(slugs, onlyDiffer)}`;
}

/**
 * Folder (under the build's output) of the Pagefind index: one index of profiles, question and
 * editorial pages (src/lib/search/records.ts). Keyed, so callers name the bundle they load.
 */
export const PAGEFIND_DIRS = { main: 'pagefind' } as const;
export type SearchIndex = keyof typeof PAGEFIND_DIRS;

/** URL of the Pagefind bundle (`/pagefind/`), or of one of its files. */
export function pagefindPath(index: SearchIndex, file = ''): string {
  return `/${PAGEFIND_DIRS[index]}/${file}`;
}
