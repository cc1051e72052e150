import { DATA_LICENCE, DATASET_TITLE } from '../export/index.ts';
import { DATASET_VERSION } from '../export/version.ts';
import type { DownloadFile } from '../pages/download-files.ts';
import { absoluteUrl } from '../site/origin.ts';
import { PAGES, profilePath, responseJsonPath, sourcePath } from '../urls.ts';
import { citationAuthor } from '../cite/index.ts';
import { i18n } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';

/*
 * schema.org JSON-LD for dataset search (Google's Dataset structured data): the whole data set on
 * /data/, and each response as a Dataset about its city. Pure: the caller passes the origin; without
 * one (LGQ_SITE unset) addresses are site-relative, never invented.
 */

export type JsonLd = Record<string, unknown>;

/** A response as the JSON-LD needs it (a CityResponse has all of it). */
export interface JsonLdResponse {
  readonly id: string;
  readonly slug: string;
  readonly edition: number;
  readonly city: { readonly name: string; readonly lat: number; readonly lon: number };
  readonly country: { readonly code: string; readonly name: string };
  readonly submitted: string;
  readonly source: { readonly document: string; readonly format: string };
}

export interface JsonLdOptions {
  readonly site: string | URL | undefined;
  readonly version?: string;
}

/** An address: absolute when the build has an origin, else the site path. */
const address = (path: string, site: string | URL | undefined) => absoluteUrl(path, site) ?? path;

/** The compilers of the knowledgebase, as creator and publisher. */
function knowledgebase(site: string | URL | undefined, text: I18n): JsonLd {
  const url = absoluteUrl(PAGES.home, site);
  return { '@type': 'Organization', name: text.t('cite.datasetAuthor'), ...(url ? { url } : {}) };
}

function place(response: JsonLdResponse): JsonLd {
  return {
    '@type': 'Place',
    name: `${response.city.name}, ${response.country.name}`,
    geo: { '@type': 'GeoCoordinates', latitude: response.city.lat, longitude: response.city.lon },
    address: { '@type': 'PostalAddress', addressLocality: response.city.name, addressCountry: response.country.code },
  };
}

/** ISO 8601: one date, or the interval from the first to the last. */
export function temporalCoverage(dates: readonly string[]): string | undefined {
  const sorted = [...dates].sort();
  const [first, last] = [sorted[0], sorted.at(-1)];
  if (!first || !last) return undefined;
  return first === last ? first : `${first}/${last}`;
}

/**
 * Up to this many cities, the data set's coverage lists each city (with its coordinates); above, its
 * countries: at 5,000 responses a place per city made /data/ 140 KB gzip, for a list no reader sees.
 */
export const CITIES_LISTED = 250;

/** Where the data set's responses come from: each city, or (past CITIES_LISTED) each country. */
export function datasetCoverage(responses: readonly JsonLdResponse[]): JsonLd[] {
  const cities = new Map(responses.map((r) => [r.slug, r]));
  if (cities.size <= CITIES_LISTED) return [...cities.values()].map(place);
  const countries = new Map(responses.map((r) => [r.country.code, r.country.name]));
  return [...countries]
    .sort((a, b) => a[1].localeCompare(b[1], 'en'))
    .map(([code, name]) => ({ '@type': 'Country', name, identifier: code }));
}

/** The whole data set, with every download as a `distribution`. */
export function datasetJsonLd(
  responses: readonly JsonLdResponse[],
  files: readonly DownloadFile[],
  options: JsonLdOptions,
  text: I18n = i18n,
): JsonLd {
  const url = absoluteUrl(PAGES.data, options.site);
  const cities = new Set(responses.map((r) => r.slug)).size;
  const coverage = temporalCoverage(responses.map((r) => r.submitted));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: DATASET_TITLE,
    description: text.t('meta.datasetDescription', {
      responses: text.t('common.responseCount', { count: responses.length }),
      cities: text.t('common.cityCount', { count: cities }),
    }),
    ...(url ? { url, identifier: url } : {}),
    version: options.version ?? DATASET_VERSION,
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
    keywords: text.t('meta.keywords'),
    creator: knowledgebase(options.site, text),
    publisher: knowledgebase(options.site, text),
    ...(coverage ? { temporalCoverage: coverage } : {}),
    spatialCoverage: datasetCoverage(responses),
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      description: f.what,
      contentUrl: address(f.href, options.site),
      encodingFormat: f.encodingFormat,
      contentSize: `${f.bytes} B`,
    })),
  };
}

/**
 * One response as a Dataset about its city: who answered (the city government), where (a Place
 * with coordinates), when (the edition, the submission date), and what it is based on (the
 * returned form, shown on the source page of the city's latest response).
 */
export function profileJsonLd(response: JsonLdResponse, options: JsonLdOptions & { readonly latest: boolean }, text: I18n = i18n): JsonLd {
  const params = { city: response.city.name, country: response.country.name, edition: String(response.edition) };
  const url = absoluteUrl(profilePath(response.slug, options.latest ? undefined : response.edition), options.site);
  const dataset = absoluteUrl(PAGES.data, options.site);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: text.t('meta.profileDataset', params),
    description: text.t('meta.profileDatasetDescription', params),
    ...(url ? { url } : {}),
    identifier: response.id,
    version: options.version ?? DATASET_VERSION,
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
    creator: { '@type': 'GovernmentOrganization', name: citationAuthor(response, text) },
    publisher: knowledgebase(options.site, text),
    dateCreated: response.submitted,
    temporalCoverage: String(response.edition),
    spatialCoverage: place(response),
    isBasedOn: {
      '@type': 'CreativeWork',
      name: text.t('meta.sourceDocument', params),
      description: response.source.format,
      // The source page shows the latest response's document; an older edition's is named only.
      ...(options.latest ? { url: address(sourcePath(response.slug), options.site) } : {}),
    },
    isPartOf: { '@type': 'Dataset', name: DATASET_TITLE, ...(dataset ? { url: dataset } : {}) },
    distribution: [
      {
        '@type': 'DataDownload',
        contentUrl: address(responseJsonPath(response), options.site),
        encodingFormat: 'application/json',
      },
    ],
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text in it can close the element. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
