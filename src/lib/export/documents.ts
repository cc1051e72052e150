import { readFileSync } from 'node:fs';
import type { CityResponse } from '../data/response.ts';
import { sourceFile } from '../data/content-dir.ts';
import { hasSourceDocument } from '../data/index.ts';
import { reproducibleZip } from './release.ts';
import { datasetRelease } from './version.ts';

/*
 * The documents the cities returned, byte for byte, one zip per edition (/sources/lgq-<edition>-documents.zip).
 * One archive rather than one file per response: at 5,000 responses a file each would take a quarter of
 * the 20,000 files a free static host allows, and the source page already shows every line. A response
 * that withholds anything is left out: its file would show what the city asked to withhold.
 */

/** Whether a response's original file goes into its edition's archive. */
export const archivable = (r: CityResponse): boolean => r.withheld.length === 0 && hasSourceDocument(r);

const archives = new WeakMap<readonly CityResponse[], Map<number, Uint8Array<ArrayBuffer>>>();

/** The zip of an edition's archivable documents, each under its own file name, dated on the release date. */
export function documentsArchive(responses: readonly CityResponse[], edition: number): Uint8Array<ArrayBuffer> {
  let byEdition = archives.get(responses);
  if (!byEdition) archives.set(responses, (byEdition = new Map()));
  let zip = byEdition.get(edition);
  if (!zip) {
    const files: Record<string, Uint8Array> = {};
    for (const r of responses)
      if (r.edition === edition && archivable(r)) files[r.source.document] = readFileSync(sourceFile(r.edition, r.source.document));
    zip = reproducibleZip(files, datasetRelease().date);
    byEdition.set(edition, zip);
  }
  return zip;
}

/** The editions with at least one archivable document. */
export function archivedEditions(responses: readonly CityResponse[]): number[] {
  return [...new Set(responses.filter(archivable).map((r) => r.edition))].sort((a, b) => b - a);
}
