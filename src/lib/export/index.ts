import { i18n, t } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';
import { EDITION_YEARS } from '../../questionnaire/index.ts';
import type { CityResponse } from '../data/response.ts';
import { DOWNLOAD_PATHS, PAGES, responseJsonPath, schemaPath } from '../urls.ts';
import { tokenMeanings } from './columns.ts';
import { dictionaryCsv, longCsv, responsesCsv, tableCsv, DICTIONARY_HEADER } from './csv.ts';
import { dataPackage, DICTIONARY_TABLE } from './datapackage.ts';
import { dataDictionary } from './dictionary.ts';
import { citationText, datasetCitation } from '../cite/index.ts';
import { exportResponses } from './json.ts';
import type { ExportedResponse, ResponsesDocument } from './json.ts';
import { reproducibleZip, tableSheet, utf8, workbook } from './release.ts';
import { citiesTable, cityRows, longRows, longTable, wideTable } from './tables.ts';
import type { TableResponse } from './tables.ts';
import { CHANGELOG_FILE, datasetChangelogText, datasetRelease } from './version.ts';

export * from './cells.ts';
export * from './columns.ts';
export * from './csv.ts';
export * from './dictionary.ts';
export * from './json.ts';
export * from './tables.ts';
export * from './version.ts';

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
  readonly longCsv: string;
  readonly citiesCsv: string;
  readonly dictionaryCsv: string;
  readonly datapackageJson: string;
  /** The .xlsx workbook (README, responses, long table, cities, data dictionary). */
  readonly workbook: () => Promise<Uint8Array<ArrayBuffer>>;
  /** Every download above in one zip, named by the version (`releaseZipPath`). */
  readonly zip: () => Promise<Uint8Array<ArrayBuffer>>;
  readonly dictionaryJson: string;
  readonly citiesJson: string;
  /** The JSON file holding a response: its country's responses to its edition (`responseJsonPath`). */
  readonly responseJson: (r: { readonly edition: number; readonly country: { readonly code: string } }) => string;
}

const abs = (path: string, site?: string | URL) => (site ? new URL(path, site).href : path);

/** What the bulk file holds, or (`of`) what one country's file holds. */
export function responsesDocument(
  exported: readonly ExportedResponse[],
  site?: string | URL,
  of?: { readonly country: string; readonly edition: number },
): ResponsesDocument {
  return {
    title: DATASET_TITLE,
    version: datasetRelease().version,
    description:
      (of ? `The responses from ${of.country} to the LGQ ${String(of.edition)}` : 'Every response') +
      ', in the shape of the content files (see the JSON Schema), plus derived country facts and the profile address. ' +
      "Officials' e-mail addresses and phone numbers, and fields a city asked to withhold, are not included.",
    licence: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    schema: EDITION_YEARS.map((e) => abs(schemaPath(e), site)),
    dictionary: abs(DOWNLOAD_PATHS.dictionaryJson, site),
    count: exported.length,
    responses: exported,
  };
}

/** The data package: every CSV with its table schema. */
function packageOf(site?: string | URL) {
  const release = datasetRelease();
  const name = (path: string) => path.slice(PAGES.data.length);
  return dataPackage(
    {
      name: 'lgq-knowledgebase',
      title: DATASET_TITLE,
      version: release.version,
      released: release.date,
      licence: { id: 'CC-BY-4.0', url: DATA_LICENCE.url, name: DATA_LICENCE.name },
      homepage: abs(PAGES.data, site),
      sources: [{ title: t('export.package.source'), path: abs(PAGES.cities, site) }],
    },
    [
      { path: name(DOWNLOAD_PATHS.responsesCsv), title: t('export.package.responses'), table: wideTable() },
      { path: name(DOWNLOAD_PATHS.longCsv), title: t('export.package.long'), table: longTable() },
      { path: name(DOWNLOAD_PATHS.citiesCsv), title: t('export.package.cities'), table: citiesTable() },
      { path: name(DOWNLOAD_PATHS.dictionaryCsv), title: t('export.package.dictionary'), table: DICTIONARY_TABLE },
    ],
  );
}

/** The workbook's README sheet: what it is, version, licence, how to cite. */
function readmeLines(site?: string | URL): [string, string][] {
  const release = datasetRelease();
  return [
    [t('export.readme.title'), DATASET_TITLE],
    [t('export.readme.version'), release.version],
    [t('export.readme.released'), release.date],
    [t('export.readme.licence'), `${DATA_LICENCE.name} ${DATA_LICENCE.url}`],
    [t('export.readme.cite'), citationText(datasetCitation({ site, accessed: release.date, year: Number(release.date.slice(0, 4)) }))],
    [t('export.readme.sheets'), t('export.readme.sheetsText')],
    [t('export.readme.home'), abs(PAGES.data, site)],
  ];
}

/** The city list the compare page loads: the latest edition of each city, nothing else. */
export interface CityListEntry {
  readonly slug: string;
  readonly name: string;
  readonly country: string;
  /** ISO 3166-1 alpha-2: names the file of the city's answers (`responseJsonPath`). */
  readonly countryCode: string;
  readonly edition: number;
}

export function cityList(
  responses: readonly {
    readonly slug: string;
    readonly edition: number;
    readonly city: { readonly name: string };
    readonly country: { readonly name: string; readonly code: string };
  }[],
): CityListEntry[] {
  const latest = new Map<string, CityListEntry>();
  for (const r of responses) {
    const current = latest.get(r.slug);
    if (!current || r.edition > current.edition)
      latest.set(r.slug, { slug: r.slug, name: r.city.name, country: r.country.name, countryCode: r.country.code, edition: r.edition });
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
  const byPath = new Map<string, ExportedResponse[]>();
  for (const r of exported) {
    const path = responseJsonPath(r);
    const group = byPath.get(path);
    if (group) group.push(r);
    else byPath.set(path, [r]);
  }
  const tableResponses: TableResponse[] = responses.map((r, i) => {
    const e = exported[i];
    if (!e) throw new Error(`No exported record for ${r.id}`);
    return { exported: e, evidence: r.evidence };
  });
  const cities = cityRows(responses, exported);
  const release = datasetRelease();
  const files = {
    responsesJson: `${JSON.stringify(responsesDocument(exported, site))}\n`,
    responsesCsv: responsesCsv(tableResponses),
    longCsv: longCsv(tableResponses),
    citiesCsv: tableCsv(citiesTable(), cities),
    dictionaryCsv: dictionaryCsv(),
    dictionaryJson: `${JSON.stringify({ version: release.version, tokens: tokenMeanings(), columns: dataDictionary() }, null, 2)}\n`,
    citiesJson: `${JSON.stringify(cityList(responses))}\n`,
  };
  const datapackageJson = `${JSON.stringify(packageOf(site), null, 2)}\n`;
  let workbookBytes: Promise<Uint8Array<ArrayBuffer>> | undefined;
  const book = () =>
    (workbookBytes ??= workbook(
      { lines: readmeLines(site) },
      [
        tableSheet('responses', wideTable(), tableResponses),
        tableSheet('long', longTable(), longRows(tableResponses)),
        tableSheet('cities', citiesTable(), cities),
        {
          name: 'data dictionary',
          columns: DICTIONARY_TABLE.columns,
          cells: dataDictionary().map((row) => DICTIONARY_HEADER.map((k) => row[k])),
        },
      ],
      release.date,
    ));
  let zipBytes: Promise<Uint8Array<ArrayBuffer>> | undefined;
  const name = (path: string) => path.slice(PAGES.data.length);
  const zip = () =>
    (zipBytes ??= book().then((xlsx) =>
      reproducibleZip(
        {
          [name(DOWNLOAD_PATHS.responsesCsv)]: utf8(files.responsesCsv),
          [name(DOWNLOAD_PATHS.longCsv)]: utf8(files.longCsv),
          [name(DOWNLOAD_PATHS.citiesCsv)]: utf8(files.citiesCsv),
          [name(DOWNLOAD_PATHS.dictionaryCsv)]: utf8(files.dictionaryCsv),
          [name(DOWNLOAD_PATHS.dictionaryJson)]: utf8(files.dictionaryJson),
          [name(DOWNLOAD_PATHS.responsesJson)]: utf8(files.responsesJson),
          [name(DOWNLOAD_PATHS.cities)]: utf8(files.citiesJson),
          [name(DOWNLOAD_PATHS.datapackage)]: utf8(datapackageJson),
          [name(DOWNLOAD_PATHS.workbook)]: xlsx,
          [CHANGELOG_FILE]: utf8(datasetChangelogText()),
        },
        release.date,
      ),
    ));
  const downloads: Downloads = {
    exported,
    ...files,
    datapackageJson,
    workbook: book,
    zip,
    responseJson: (r) => {
      const found = byPath.get(responseJsonPath(r));
      if (!found?.[0]) throw new Error(`No response from ${r.country.code} to ${String(r.edition)}`);
      const of = { country: found[0].country.name, edition: r.edition };
      return `${JSON.stringify(responsesDocument(found, site, of), null, 2)}\n`;
    },
  };
  bySite.set(key, downloads);
  return downloads;
}

const fileCounts = new WeakMap<readonly object[], Map<string, number>>();

/** How many responses each per-country JSON file holds (`responseJsonPath`), memoised per list. */
export function responsesPerFile(
  responses: readonly { readonly edition: number; readonly country: { readonly code: string } }[],
): ReadonlyMap<string, number> {
  let counts = fileCounts.get(responses);
  if (!counts) {
    counts = new Map();
    for (const r of responses) counts.set(responseJsonPath(r), (counts.get(responseJsonPath(r)) ?? 0) + 1);
    fileCounts.set(responses, counts);
  }
  return counts;
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
