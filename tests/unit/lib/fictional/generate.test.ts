import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateResponses, responseYaml } from '../../../../src/lib/fictional/generate.ts';
import { sourcesDirFor } from '../../../../src/lib/data/content-dir.ts';
import { validateContentDir } from '../../../../src/lib/validate/index.ts';
import { toCityResponse } from '../../../../src/lib/data/response.ts';
import type { ResponseData } from '../../../../src/schemas/response.ts';
import { UN_REGIONS } from '../../../../src/lib/data/countries.ts';
import { fictionalCountries } from '../../../../src/lib/fictional/countries.ts';
import { geoContains, geoDistance } from 'd3-geo';

const set = generateResponses(400, 7);
const cities = set.map((r) => toCityResponse(r.slug, r.data as unknown as ResponseData));

function walk(v: unknown, visit: (s: string) => void): void {
  if (typeof v === 'string') visit(v);
  else if (Array.isArray(v)) v.forEach((x) => walk(x, visit));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => walk(x, visit));
}

describe('fictional generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateResponses(20, 7)).toEqual(set.slice(0, 20));
    expect(generateResponses(20, 8).map((r) => r.slug)).not.toEqual(set.slice(0, 20).map((r) => r.slug));
  });

  it('gives unique slugs, every record flagged fictional', () => {
    expect(new Set(set.map((r) => r.slug)).size).toBe(set.length);
    expect(set.every((r) => r.data['fictional'] === true)).toBe(true);
  });

  it('spreads cities over all five UN regions, even in the first five', () => {
    expect(new Set(cities.slice(0, 5).map((c) => c.country.region))).toEqual(new Set(UN_REGIONS));
    for (const region of UN_REGIONS) expect(cities.filter((c) => c.country.region === region).length).toBeGreaterThan(10);
  });

  it('places each city inside or near its country', () => {
    const lands = new Map(fictionalCountries().map((c) => [c.code, c]));
    let inside = 0;
    for (const c of cities) {
      const land = lands.get(c.country.code)!;
      if (geoContains(land.land, [c.city.lon, c.city.lat])) inside++;
      // Never further than ~1,100 km from the centroid of its country's largest landmass.
      else expect(geoDistance([c.city.lon, c.city.lat], land.centroid as [number, number])).toBeLessThan(0.18);
    }
    expect(inside / cities.length).toBeGreaterThan(0.9);
  });

  it('puts every URL and e-mail on the reserved .example domain', () => {
    let urls = 0;
    for (const r of set)
      walk(r.data, (s) => {
        for (const url of s.match(/https?:\/\/[^\s)]+/g) ?? []) {
          urls++;
          expect(new URL(url).hostname).toMatch(/(^|\.)[a-z0-9-]+\.example$/);
        }
        if (/^[^\s@]+@[^\s@]+$/.test(s)) expect(s).toMatch(/@[a-z0-9-]+\.example$/);
      });
    expect(urls).toBeGreaterThan(1000);
  });

  it('mixes yes, no, not answered and not legible, with missing percentages, withheld fields and notes', () => {
    const states = new Map<string, number>();
    for (const r of set) walk(r.data['answers'], (s) => states.set(s, (states.get(s) ?? 0) + 1));
    const total =
      (states.get('yes') ?? 0) + (states.get('no') ?? 0) + (states.get('not_answered') ?? 0) + (states.get('not_legible_in_source') ?? 0);
    expect((states.get('yes') ?? 0) / total).toBeGreaterThan(0.3);
    expect((states.get('no') ?? 0) / total).toBeGreaterThan(0.15);
    expect((states.get('not_answered') ?? 0) / total).toBeGreaterThan(0.03);
    expect((states.get('not_legible_in_source') ?? 0) / total).toBeGreaterThan(0.03);
    const withPercent = cities.filter((c) => c.answers['IV.1']?.['percent'] !== undefined).length;
    expect(withPercent / cities.length).toBeGreaterThan(0.5);
    expect(withPercent / cities.length).toBeLessThan(0.95);
    expect(cities.some((c) => c.withheld.length > 0)).toBe(true);
    expect(cities.some((c) => Object.keys(c.notes).length > 0)).toBe(true);
    // Withheld values are not in the file at all.
    for (const c of cities)
      for (const path of c.withheld) {
        const [s, n, f, part] = path.split('.');
        const v = (set.find((r) => r.slug === c.slug)!.data['answers'] as Record<string, Record<string, Record<string, unknown>>>)[
          `${s}.${n}`
        ]?.[f!];
        expect(part ? v?.[part] : v).toBeUndefined();
      }
  });

  it('writes text with paragraphs, accents and Cyrillic', () => {
    const texts: string[] = [];
    for (const r of set) walk(r.data['answers'], (s) => texts.push(s));
    expect(texts.some((t) => t.includes('\n\n'))).toBe(true);
    expect(texts.some((t) => /[а-я]/.test(t))).toBe(true);
    expect(texts.some((t) => /[éçãô]/.test(t))).toBe(true);
    expect(cities.some((c) => c.city.localName && /[А-Я]/.test(c.city.localName))).toBe(true);
  });

  it('writes files that pass the validator, YAML round-tripping to the same data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lgq-fictional-'));
    await mkdir(join(dir, '2022'));
    await mkdir(join(sourcesDirFor(dir), '2022'), { recursive: true });
    const few = set.slice(0, 60);
    await Promise.all(
      few.flatMap((r) => [
        writeFile(join(dir, '2022', `${r.slug}.yaml`), responseYaml(r, 7)),
        writeFile(join(sourcesDirFor(dir), '2022', r.source.document), r.source.text),
      ]),
    );
    const { problems, responses } = await validateContentDir(dir);
    expect(problems).toEqual([]);
    expect(responses).toHaveLength(few.length);
    expect(parse(responseYaml(few[0]!, 7))).toEqual(few[0]!.data);
  });
});
