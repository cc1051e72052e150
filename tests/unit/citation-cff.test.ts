import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DATA_LICENCE, DATASET_TITLE } from '../../src/lib/export/index.ts';
import { DATASET_VERSION } from '../../src/lib/export/version.ts';

/*
 * CITATION.cff (CFF 1.2.0): it parses as YAML, has the keys the format requires, only values its
 * schema allows for `type` and licences, and agrees with package.json and the dataset version.
 */
const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; license: string };
// The CFF schema's reference types that apply here, and the SPDX ids of the two licences.
const REFERENCE_TYPES = new Set(['data', 'database', 'software', 'website', 'report']);
const SPDX = new Set(['MIT', 'CC-BY-4.0']);

function authorProblems(authors: unknown, where: string): string[] {
  if (!Array.isArray(authors) || authors.length === 0) return [`${where}: authors is not a non-empty list`];
  return authors.flatMap((a: Record<string, unknown>, i) =>
    typeof a['name'] === 'string' || typeof a['family-names'] === 'string' ? [] : [`${where}: author ${i + 1} has no name or family-names`],
  );
}

describe('CITATION.cff', () => {
  it('has the keys CFF 1.2.0 requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff['message']).toBe('string');
    expect(typeof cff['title']).toBe('string');
    expect(authorProblems(cff['authors'], 'root')).toEqual([]);
    expect(['software', 'dataset']).toContain(cff['type']);
  });

  it('describes the software as package.json does', () => {
    expect(cff['type']).toBe('software');
    expect(cff['version']).toBe(pkg.version);
    expect(cff['license']).toBe(pkg.license);
    expect(SPDX.has(String(cff['license']))).toBe(true);
  });

  it('prefers a citation of the data set, in its current version and licence', () => {
    const data = cff['preferred-citation'] as Record<string, unknown>;
    expect(REFERENCE_TYPES.has(String(data['type']))).toBe(true);
    expect(data['type']).toBe('data');
    expect(data['title']).toBe(DATASET_TITLE);
    expect(authorProblems(data['authors'], 'preferred-citation')).toEqual([]);
    expect(data['version']).toBe(DATASET_VERSION);
    expect(data['license']).toBe(DATA_LICENCE.short.replace(/ /g, '-'));
  });

  it('invents no address: any url it gives is not the old placeholder', () => {
    expect(JSON.stringify(cff)).not.toContain('example.org');
  });
});
