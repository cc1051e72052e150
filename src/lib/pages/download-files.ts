import type { Downloads } from '../export/index.ts';
import { byteSize, datasetVersion } from '../export/index.ts';
import { DOWNLOAD_PATHS, releaseZipPath, schemaPath, sourceArchivePath } from '../urls.ts';
import type { CityResponse } from '../data/response.ts';
import { archivedEditions, documentsArchive } from '../export/documents.ts';
import { responseJsonSchema } from '../../schemas/json-schema.ts';
import { EDITION_YEARS } from '../../questionnaire/index.ts';
import { i18n } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';

/** One bulk download as the /data/ page lists it and its JSON-LD `distribution` describes it. */
export interface DownloadFile {
  readonly href: string;
  readonly name: string;
  readonly what: string;
  /** Media type (schema.org `encodingFormat`). */
  readonly encodingFormat: string;
  /** Size in bytes, measured from the same bytes the endpoint serves. */
  readonly bytes: number;
}

const CSV = 'text/csv';
const JSON_TYPE = 'application/json';

/** Every bulk download, in the order the /data/ page lists them. */
export async function downloadFiles(downloads: Downloads, responses: readonly CityResponse[], text: I18n = i18n): Promise<DownloadFile[]> {
  const version = datasetVersion();
  return [
    {
      href: releaseZipPath(version),
      name: text.t('data.files.zip', { version }),
      what: text.t('data.files.zipWhat'),
      encodingFormat: 'application/zip',
      bytes: (await downloads.zip()).byteLength,
    },
    {
      href: DOWNLOAD_PATHS.workbook,
      name: text.t('data.files.workbook'),
      what: text.t('data.files.workbookWhat'),
      encodingFormat: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: (await downloads.workbook()).byteLength,
    },
    {
      href: DOWNLOAD_PATHS.responsesCsv,
      name: text.t('data.files.responsesCsv'),
      what: text.t('data.files.responsesCsvWhat'),
      encodingFormat: CSV,
      bytes: byteSize(downloads.responsesCsv),
    },
    {
      href: DOWNLOAD_PATHS.longCsv,
      name: text.t('data.files.longCsv'),
      what: text.t('data.files.longCsvWhat'),
      encodingFormat: CSV,
      bytes: byteSize(downloads.longCsv),
    },
    {
      href: DOWNLOAD_PATHS.citiesCsv,
      name: text.t('data.files.citiesCsv'),
      what: text.t('data.files.citiesCsvWhat'),
      encodingFormat: CSV,
      bytes: byteSize(downloads.citiesCsv),
    },
    {
      href: DOWNLOAD_PATHS.datapackage,
      name: text.t('data.files.datapackage'),
      what: text.t('data.files.datapackageWhat'),
      encodingFormat: JSON_TYPE,
      bytes: byteSize(downloads.datapackageJson),
    },
    {
      href: DOWNLOAD_PATHS.responsesJson,
      name: text.t('pages.data.files.responsesJson'),
      what: text.t('pages.data.files.responsesJsonWhat'),
      encodingFormat: JSON_TYPE,
      bytes: byteSize(downloads.responsesJson),
    },
    {
      href: DOWNLOAD_PATHS.dictionaryCsv,
      name: text.t('pages.data.files.dictionaryCsv'),
      what: text.t('pages.data.files.dictionaryCsvWhat'),
      encodingFormat: CSV,
      bytes: byteSize(downloads.dictionaryCsv),
    },
    {
      href: DOWNLOAD_PATHS.dictionaryJson,
      name: text.t('pages.data.files.dictionaryJson'),
      what: text.t('pages.data.files.dictionaryJsonWhat'),
      encodingFormat: JSON_TYPE,
      bytes: byteSize(downloads.dictionaryJson),
    },
    ...EDITION_YEARS.map((e) => ({
      href: schemaPath(e),
      name: text.t('pages.data.files.schema', { edition: String(e) }),
      what: text.t('pages.data.files.schemaWhat'),
      encodingFormat: 'application/schema+json',
      bytes: byteSize(`${JSON.stringify(responseJsonSchema(e), null, 2)}\n`),
    })),
    ...archivedEditions(responses).map((e) => ({
      href: sourceArchivePath(e),
      name: text.t('pages.data.files.documents', { edition: String(e) }),
      what: text.t('pages.data.files.documentsWhat'),
      encodingFormat: 'application/zip',
      bytes: documentsArchive(responses, e).byteLength,
    })),
  ];
}
