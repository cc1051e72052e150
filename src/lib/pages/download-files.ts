import type { Downloads } from '../export/index.ts';
import { byteSize } from '../export/index.ts';
import { DOWNLOAD_PATHS, schemaPath } from '../urls.ts';
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
  /** Size in bytes, measured from the same text the endpoint serves. */
  readonly bytes: number;
}

/** Every bulk download, in the order the /data/ page lists them. */
export function downloadFiles(downloads: Downloads, text: I18n = i18n): DownloadFile[] {
  const file = (href: string, key: 'responsesCsv' | 'responsesJson' | 'dictionaryCsv' | 'dictionaryJson', body: string) => ({
    href,
    name: text.t(`pages.data.files.${key}`),
    what: text.t(`pages.data.files.${key}What`),
    encodingFormat: href.endsWith('.csv') ? 'text/csv' : 'application/json',
    bytes: byteSize(body),
  });
  return [
    file(DOWNLOAD_PATHS.responsesCsv, 'responsesCsv', downloads.responsesCsv),
    file(DOWNLOAD_PATHS.responsesJson, 'responsesJson', downloads.responsesJson),
    file(DOWNLOAD_PATHS.dictionaryCsv, 'dictionaryCsv', downloads.dictionaryCsv),
    file(DOWNLOAD_PATHS.dictionaryJson, 'dictionaryJson', downloads.dictionaryJson),
    ...EDITION_YEARS.map((e) => ({
      href: schemaPath(e),
      name: text.t('pages.data.files.schema', { edition: String(e) }),
      what: text.t('pages.data.files.schemaWhat'),
      encodingFormat: 'application/schema+json',
      bytes: byteSize(`${JSON.stringify(responseJsonSchema(e), null, 2)}\n`),
    })),
  ];
}
