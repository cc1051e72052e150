import { i18n } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';
import { EDITION_YEARS } from '../../questionnaire/index.ts';
import type { CityResponse } from '../data/response.ts';
import { DOWNLOAD_PATHS, responseJsonPath, schemaPath } from '../urls.ts';
import { dataDictionary, tokenMeanings } from './columns.ts';
import { dictionaryCsv, responsesCsv } from './csv.ts';
import { exportResponses } from './json.ts';
import type { ExportedResponse, ResponsesDocument } from './json.ts';

export * from './cells.ts';
export * from './columns.ts';
export * from './csv.ts';
export * from './json.ts';

export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const DATASET_TITLE =
  'LGQ Knowledgebase: city responses to the Local Government Questionnaire of the United Nations E-Government Survey';

/** Every download's text, from one list of responses. Endpoints serve these; the /data/ page measures them. */
export interface Downloads {
  readonly exported: readonly ExportedResponse[];
  readonly responsesJson: string;
  readonly responsesCsv: string;
  readonly dictionaryCsv: string;
  readonly dictionaryJson: string;
  readonly citiesJson: string;
  readonly responseJson: (r: { readonly slug: string; readonly edition: number }) => string;
}

export function responsesDocument(exported: readonly ExportedResponse[], site?: string | URL): ResponsesDocument {
  const abs = (p: string) => (site ? new URL(p, site).href : p);
  return {
    title: DATASET_TITLE,
    description:
      'Every response, in the shape of the content files (see the JSON Schema), plus derived country facts and the profile address. ' +
      "Officials' e-mail addresses and phone numbers, and fields a city asked to withhold, are not included.",
    licence: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    schema: EDITION_YEARS.map((e) => abs(schemaPath(e))),
    dictionary: abs(DOWNLOAD_PATHS.dictionaryJson),
    count: exported.length,
    responses: exported,
  };
}

/** The city list the compare page loads: the latest edition of each city, nothing else. */
export interface CityListEntry {
  readonly slug: string;
  readonly name: string;
  readonly country: string;
  readonly edition: number;
}

export function cityList(
  responses: readonly {
    readonly slug: string;
    readonly edition: number;
    readonly city: { readonly name: string };
    readonly country: { readonly name: string };
  }[],
): CityListEntry[] {
  const latest = new Map<string, CityListEntry>();
  for (const r of responses) {
    const current = latest.get(r.slug);
    if (!current || r.edition > current.edition)
      latest.set(r.slug, { slug: r.slug, name: r.city.name, country: r.country.name, edition: r.edition });
  }
  return [...latest.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.country.localeCompare(b.country, 'en'));
}

const memo = new WeakMap<readonly CityResponse[], Map<string, Downloads>>();

/** All downloads for a list of responses (memoised per list and site: endpoints and the /data/ page share them). */
export function buildDownloads(responses: readonly CityResponse[], site?: string | URL): Downloads {
  const key = site ? String(site) : '';
  const bySite = memo.get(responses) ?? new Map<string, Downloads>();
  memo.set(responses, bySite);
  const cached = bySite.get(key);
  if (cached) return cached;
  const exported = exportResponses(responses, { site });
  const byPath = new Map(exported.map((r) => [responseJsonPath(r), r]));
  const downloads: Downloads = {
    exported,
    responsesJson: `${JSON.stringify(responsesDocument(exported, site))}\n`,
    responsesCsv: responsesCsv(exported),
    dictionaryCsv: dictionaryCsv(),
    dictionaryJson: `${JSON.stringify({ tokens: tokenMeanings(), columns: dataDictionary() }, null, 2)}\n`,
    citiesJson: `${JSON.stringify(cityList(responses))}\n`,
    responseJson: (r) => {
      const found = byPath.get(responseJsonPath(r));
      if (!found) throw new Error(`No response ${r.edition}/${r.slug}`);
      return `${JSON.stringify(found, null, 2)}\n`;
    },
  };
  bySite.set(key, downloads);
  return downloads;
}

/** Size of a text file in UTF-8, in bytes. */
export function byteSize(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** `1234` -> `1.2 kB` (decimal units, as file managers on most systems show them). */
export function formatBytes(bytes: number, text: Pick<I18n, 't' | 'number'> = i18n): string {
  const size = (value: number) => text.number(value, { maximumFractionDigits: 1 });
  if (bytes < 1000) return text.t('export.size.bytes', { count: bytes });
  if (bytes < 1_000_000) return text.t('export.size.kB', { value: size(bytes / 1000) });
  return text.t('export.size.MB', { value: size(bytes / 1_000_000) });
}
