import { spawnSync } from 'node:child_process';
import type { PackageResource } from './data-package.ts';

export interface PandasResult {
  readonly advised: Readonly<Record<string, string>>;
  readonly plain: Readonly<Record<string, string>>;
  readonly rows: number;
}

/** Run tests/helpers/pandas_dtypes.py on a folder with datapackage.json and its CSVs. Throws if python3 or pandas is missing. */
export function pandasDtypes(folder: string): Record<string, PandasResult> {
  // Debian's python3, where python3-pandas installs (a pyenv or venv python3 earlier on PATH may lack it); LGQ_PYTHON overrides.
  const python = process.env['LGQ_PYTHON'] ?? '/usr/bin/python3';
  const run = spawnSync(python, ['tests/helpers/pandas_dtypes.py', folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0)
    throw new Error(`pandas could not load the CSVs (is python3-pandas installed?): ${run.stderr || String(run.error)}`);
  return JSON.parse(run.stdout) as Record<string, PandasResult>;
}

/** The dtypes pandas may give a Table Schema type: numbers numeric, booleans bool, texts object. */
const DTYPES: Readonly<Record<string, readonly string[]>> = {
  number: ['float64', 'int64'],
  integer: ['int64'],
  boolean: ['bool'],
  string: ['object'],
  date: ['object'],
};

/** Columns whose dtype differs from their field's type: with the advised read (every column) and a bare one (number and boolean columns). */
export function pandasExpectations(resource: PackageResource, result: PandasResult | undefined) {
  const check = (dtypes: Readonly<Record<string, string>>, only?: readonly string[]) => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const f of resource.schema.fields) {
      if (only && !only.includes(f.type)) continue;
      checked++;
      const got = dtypes[f.name];
      if (!got || !(DTYPES[f.type] ?? []).includes(got)) mismatches.push(`${f.name}: ${f.type} read as ${got ?? 'nothing'}`);
    }
    return { mismatches, checked };
  };
  return { advised: check(result?.advised ?? {}), plain: check(result?.plain ?? {}, ['number', 'integer', 'boolean']) };
}
