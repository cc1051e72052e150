import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDownloads } from '../../../../src/lib/export/index.ts';
import { DOWNLOAD_PATHS, PAGES } from '../../../../src/lib/urls.ts';
import { pandasDtypes, pandasExpectations } from '../../../helpers/pandas.ts';
import type { DataPackageDescriptor } from '../../../helpers/data-package.ts';
import { almaty, awkward } from '../../../helpers/export-fixtures.ts';
import { fictionalResponse } from '../../../helpers/responses.ts';

// pandas (Debian python3-pandas, installed by .ci/run) loads the CSVs as the data package types them.
const downloads = buildDownloads([almaty(), awkward(), fictionalResponse('blankton')]);
const folder = mkdtempSync(join(tmpdir(), 'lgq-pandas-'));
const name = (path: string) => join(folder, path.slice(PAGES.data.length));
writeFileSync(name(DOWNLOAD_PATHS.responsesCsv), downloads.responsesCsv);
writeFileSync(name(DOWNLOAD_PATHS.longCsv), downloads.longCsv);
writeFileSync(name(DOWNLOAD_PATHS.citiesCsv), downloads.citiesCsv);
writeFileSync(name(DOWNLOAD_PATHS.dictionaryCsv), downloads.dictionaryCsv);
writeFileSync(name(DOWNLOAD_PATHS.datapackage), downloads.datapackageJson);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('pandas reads every CSV with the types of the data package', () => {
  const loaded = pandasDtypes(folder);
  const descriptor = JSON.parse(downloads.datapackageJson) as DataPackageDescriptor;

  it.each(descriptor.resources.map((r) => [r.name, r] as const))('%s', (resourceName, resource) => {
    const result = loaded[resourceName];
    expect(result?.rows).toBeGreaterThan(0);
    const { advised, plain } = pandasExpectations(resource, result);
    expect(advised.mismatches).toEqual([]);
    expect(plain.mismatches).toEqual([]);
    expect(advised.checked).toBe(resource.schema.fields.length);
  });

  it('finds the number columns of the wide CSV numeric even with a bare read_csv', () => {
    const plain = loaded['lgq-responses']?.plain ?? {};
    expect(plain['IV.1.percent']).toBe('float64');
    expect(plain['III.3.percent']).toBe('float64');
    expect(plain['edition']).toBe('int64');
    expect(plain['lat']).toBe('float64');
  });
});
