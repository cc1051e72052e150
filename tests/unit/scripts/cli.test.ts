import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/* The two maintainer commands as a maintainer runs them (node scripts/….ts, as `npm run` does). */

const run = promisify(execFile);

async function cli(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [`scripts/${script}`, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run new-city', () => {
  it('writes <edition>/<slug>.yaml under LGQ_CONTENT_DIR and refuses to overwrite it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lgq-new-city-'));
    const args = ['--name', 'Zürich', '--country', 'CH', '--edition', '2022', '--lat', '47.37', '--lon', '8.54'];
    const first = await cli('new-city.ts', args, { LGQ_CONTENT_DIR: dir });
    expect(first.code).toBe(0);
    const file = join(dir, '2022', 'zurich.yaml');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('name: Zürich');
    expect(text).toContain('coordinates: { lat: 47.37, lon: 8.54 }');
    await writeFile(file, `${text}# edited by hand\n`);
    const second = await cli('new-city.ts', args, { LGQ_CONTENT_DIR: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already exists/);
    expect(await readFile(file, 'utf8')).toContain('# edited by hand');
  });

  it("rejects an invalid country code with the schema's message", async () => {
    const result = await cli('new-city.ts', ['--name', 'Atlantis', '--country', 'QQ', '--edition', '2022'], {
      LGQ_CONTENT_DIR: await mkdtemp(join(tmpdir(), 'lgq-new-city-')),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/QQ.*not an assigned ISO 3166-1 alpha-2 country code/);
  });
});

describe('npm run import', () => {
  it('writes the draft for the Almaty export under its slug and prints the summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lgq-import-'));
    const result = await cli('import.ts', ['content/sources/2022/almaty.txt'], { LGQ_CONTENT_DIR: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Questions found: 25 of 25');
    expect(result.stderr).toMatch(/URLs placed: 30 /);
    expect(result.stderr).toContain('Lines not placed: 0');
    const text = await readFile(join(dir, '2022', 'almaty.yaml'), 'utf8');
    expect(text).toContain('- https://egov.kz/cms/en/information/about/stat');
    // No --lat/--lon: the coordinates come from GeoNames, which has one Almaty in KZ.
    expect(text).toContain('coordinates: { lat: 43.2567, lon: 76.9286 }');
    expect(result.stderr).toContain('Coordinates from GeoNames: id 1526384');
    // A second import does not overwrite the maintainer's work.
    const again = await cli('import.ts', ['content/sources/2022/almaty.txt'], { LGQ_CONTENT_DIR: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('writes to stdout with --out - and rejects a file type it cannot read', async () => {
    const out = await cli('import.ts', ['content/sources/2022/almaty.txt', '--out', '-', '--country', 'KZ']);
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    const pdfFile = join(await mkdtemp(join(tmpdir(), 'lgq-import-')), 'response.pdf');
    await writeFile(pdfFile, '%PDF-1.4');
    const pdf = await cli('import.ts', [pdfFile, '--out', '-']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/cannot read \.pdf files/);
  });
});
