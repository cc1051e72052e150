// The built site's data package and downloads load cleanly: the descriptor passes the Frictionless
// profiles, every CSV cell has its field's type, pandas reads them with those types, and the dated
// zip holds the very files the site serves (real build, and the demo build when there is one).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { datasetVersion } from '../../src/lib/export/index.ts';
import { releaseZipPath } from '../../src/lib/urls.ts';
import { packageErrors, parseCsvRows, tableErrors } from '../helpers/data-package.ts';
import type { DataPackageDescriptor } from '../helpers/data-package.ts';
import { filesUnder } from '../helpers/html.ts';
import { pandasDtypes, pandasExpectations } from '../helpers/pandas.ts';
import { DEMO_DIST, DIST } from '../helpers/paths.ts';

const builds = [DIST, ...(existsSync(join(DEMO_DIST, 'index.html')) ? [DEMO_DIST] : [])];

describe.each(builds)('the data package of %s', (dist) => {
  const folder = join(dist, 'data');
  const descriptor = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8')) as DataPackageDescriptor;

  it('passes the Tabular Data Package and Table Schema profiles, and names the version', () => {
    expect(packageErrors(descriptor)).toEqual([]);
    expect(descriptor.version).toBe(datasetVersion());
  });

  it('describes CSVs whose every cell has its field type and constraints', () => {
    expect(descriptor.resources.length).toBe(4);
    for (const resource of descriptor.resources)
      expect(tableErrors(resource, readFileSync(join(folder, resource.path), 'utf8'))).toEqual([]);
  });

  it('loads in pandas with those types', () => {
    const loaded = pandasDtypes(folder);
    for (const resource of descriptor.resources) {
      const { advised, plain } = pandasExpectations(resource, loaded[resource.name]);
      expect(advised.mismatches, resource.name).toEqual([]);
      expect(plain.mismatches, resource.name).toEqual([]);
    }
    expect(loaded['lgq-responses']?.plain['IV.1.percent']).toBe('float64');
  });

  it('is in the dated zip, with every file as the site serves it', () => {
    const zip = unzipSync(readFileSync(join(dist, releaseZipPath(datasetVersion()))));
    const names = Object.keys(zip).filter((n) => n !== 'DATA-CHANGELOG.md');
    expect(names).toContain('datapackage.json');
    expect(names).toContain('lgq-knowledgebase.xlsx');
    for (const name of names) expect(Buffer.from(zip[name]!).equals(readFileSync(join(folder, name))), name).toBe(true);
  });
});

describe.each(builds)('the per-question downloads of %s', (dist) => {
  it('hold numbers or blanks in a column that has numbers: no words mixed in (reasons have a column of their own)', () => {
    const csvs = filesUnder(dist).filter((f) => f.endsWith('.csv') && !f.startsWith('data/'));
    expect(csvs.length).toBeGreaterThan(3);
    const mixed: string[] = [];
    const isNumber = (cell: string) => /^-?\d+(\.\d+)?$/.test(cell);
    for (const file of csvs) {
      const [header = [], ...rows] = parseCsvRows(readFileSync(join(dist, file), 'utf8'));
      for (const [j, name] of header.entries()) {
        const cells = rows.map((r) => r[j] ?? '').filter((c) => c !== '');
        if (cells.some(isNumber) && !cells.every(isNumber)) mixed.push(`${file}: ${name}`);
      }
    }
    expect(mixed).toEqual([]);
  });
});
