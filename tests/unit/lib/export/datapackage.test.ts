import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDownloads, dataDictionary, datasetVersion, wideTable } from '../../../../src/lib/export/index.ts';
import { DOWNLOAD_PATHS, PAGES, releaseZipPath } from '../../../../src/lib/urls.ts';
import { cellError, packageErrors, tableErrors } from '../../../helpers/data-package.ts';
import type { DataPackageDescriptor, PackageField } from '../../../helpers/data-package.ts';
import { almaty, awkward } from '../../../helpers/export-fixtures.ts';
import { fictionalResponse } from '../../../helpers/responses.ts';

const responses = [almaty(), awkward(), fictionalResponse('blankton')];
const downloads = buildDownloads(responses, 'https://kb.example.org');
const descriptor = JSON.parse(downloads.datapackageJson) as DataPackageDescriptor;
const fileName = (path: string) => path.slice(PAGES.data.length);
const csvByPath: Record<string, string> = {
  [fileName(DOWNLOAD_PATHS.responsesCsv)]: downloads.responsesCsv,
  [fileName(DOWNLOAD_PATHS.longCsv)]: downloads.longCsv,
  [fileName(DOWNLOAD_PATHS.citiesCsv)]: downloads.citiesCsv,
  [fileName(DOWNLOAD_PATHS.dictionaryCsv)]: downloads.dictionaryCsv,
};

describe('the data package', () => {
  it('validates against the Tabular Data Package and Table Schema profiles', () => {
    expect(packageErrors(descriptor)).toEqual([]);
  });

  it('a descriptor with a wrong type, no resources, a bad name or a resource without a path fails the profiles', () => {
    const badType = JSON.parse(downloads.datapackageJson) as { resources: { schema: { fields: { type: string }[] } }[] };
    badType.resources[0]!.schema.fields[0]!.type = 'text';
    expect(packageErrors(badType).length).toBeGreaterThan(0);
    expect(packageErrors({ ...descriptor, resources: [] }).length).toBeGreaterThan(0);
    expect(packageErrors({ ...descriptor, name: 'LGQ Knowledgebase' }).length).toBeGreaterThan(0);
    const noPath = JSON.parse(downloads.datapackageJson) as { resources: { path?: string }[] };
    delete noPath.resources[1]!.path;
    expect(packageErrors(noPath).length).toBeGreaterThan(0);
  });

  it('describes every CSV, and names the version', () => {
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(Object.keys(csvByPath).sort());
    expect(descriptor.version).toBe(datasetVersion());
    expect(descriptor.version).toMatch(/^\d{4}\.\d{2}/);
  });

  it.each(Object.keys(csvByPath))('every cell of %s has its field type and constraints, keys are unique', (path) => {
    const resource = descriptor.resources.find((r) => r.path === path);
    expect(resource).toBeDefined();
    if (resource) expect(tableErrors(resource, csvByPath[path] ?? '')).toEqual([]);
  });

  it('types each wide column as the data dictionary does', () => {
    const fields = new Map(descriptor.resources.find((r) => r.name === 'lgq-responses')?.schema.fields.map((f) => [f.name, f]));
    for (const entry of dataDictionary()) {
      if (entry.value_type) expect(fields.get(entry.column)?.type, entry.column).toBe(entry.value_type);
      for (const name of entry.wide_columns.split(' ')) expect(fields.has(name), name).toBe(true);
    }
    expect(fields.get('IV.1.percent')).toMatchObject({ type: 'number', constraints: { minimum: 0, maximum: 100 } });
    expect(fields.get('edition')?.type).toBe('integer');
    expect(fields.size).toBe(wideTable().columns.length);
  });
});

describe('cell checks (they must catch what a loader would trip on)', () => {
  const number: PackageField = { name: 'IV.1.percent', type: 'number', constraints: { minimum: 0, maximum: 100 } };
  const closed: PackageField = { name: 'III.1.answer', type: 'string', constraints: { required: true, enum: ['yes', 'no'] } };
  it.each([
    [number, '0.71', null],
    [number, '', null],
    [number, 'not_given', 'not a number'],
    [number, '101', 'above'],
    [closed, 'yes', null],
    [closed, 'maybe', 'not one of'],
    [closed, '', 'required'],
    [{ name: 'submitted', type: 'date' }, '2023-02-30', 'not a date'],
    [{ name: 'edition', type: 'integer' }, '2022.5', 'not an integer'],
    [{ name: 'fictional', type: 'boolean' }, 'yes', 'not a boolean'],
  ] as const)('%o: %j', (field, cell, problem) => {
    const error = cellError(field, cell, ['']);
    if (problem === null) expect(error).toBeNull();
    else expect(error).toContain(problem);
  });
});

describe('the version in every download', () => {
  const version = datasetVersion();

  it('is in the JSON files and the citation', () => {
    expect((JSON.parse(downloads.responsesJson) as { version: string }).version).toBe(version);
    expect((JSON.parse(downloads.dictionaryJson) as { version: string }).version).toBe(version);
  });

  it('names the zip, which holds every download and the changelog, the same bytes on every build', async () => {
    expect(releaseZipPath(version)).toBe(`/data/lgq-knowledgebase-${version}.zip`);
    const zip = await downloads.zip();
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      [
        'DATA-CHANGELOG.md',
        'cities.csv',
        'cities.json',
        'data-dictionary.csv',
        'data-dictionary.json',
        'datapackage.json',
        'lgq-knowledgebase.xlsx',
        'lgq-responses-long.csv',
        'lgq-responses.csv',
        'lgq-responses.json',
      ].sort(),
    );
    expect(Buffer.from(files['lgq-responses.csv']!).toString('utf8')).toBe(downloads.responsesCsv);
    expect(strFromU8(files['DATA-CHANGELOG.md']!)).toContain(`## ${version} (`);
    const again = await buildDownloads([...responses], 'https://kb.example.org').zip();
    expect(Buffer.from(again).equals(Buffer.from(zip))).toBe(true);
  });

  it('is on the workbook README sheet, and the sheets hold typed cells', async () => {
    const wb = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type, an ArrayBuffer.
    await wb.xlsx.load((await downloads.workbook()).buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['README', 'responses', 'long', 'cities', 'data dictionary']);
    const readme = wb.getWorksheet('README');
    const lines = new Map<string, string>();
    readme?.eachRow((row) => lines.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(lines.get('Version')).toBe(version);
    expect(lines.get('Licence')).toContain('CC BY 4.0');
    expect(lines.get('Cite as')).toContain(`version ${version}`);
    const sheet = wb.getWorksheet('responses');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const percent = header.indexOf('III.3.percent') + 1;
    const edition = header.indexOf('edition') + 1;
    expect(sheet?.getRow(2).getCell(percent).value).toBe(0.71);
    expect(sheet?.getRow(2).getCell(edition).value).toBe(2022);
    expect(sheet?.getRow(4).getCell(percent).value).toBeNull();
    expect(sheet?.rowCount).toBe(1 + responses.length);
  });
});
