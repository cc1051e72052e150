import { getCollection } from 'astro:content';
import { compareResponses, toCityResponse } from './response.ts';
import type { CityResponse } from './response.ts';

/*
 * The one module that reads the content collection. It runs once per build
 * (memoised) and hands plain objects to everything else.
 */

let cached: Promise<readonly CityResponse[]> | undefined;

export function getResponses(): Promise<readonly CityResponse[]> {
  cached ??= (async () => {
    const entries = await getCollection('responses');
    return entries
      .map((e) => {
        const slug = e.id.split('/').at(-1) ?? e.id;
        return toCityResponse(slug, e.data);
      })
      .sort(compareResponses);
  })();
  return cached;
}

/** The latest edition's response of each city, by slug. */
export async function getLatestBySlug(): Promise<Map<string, CityResponse>> {
  const latest = new Map<string, CityResponse>();
  for (const r of await getResponses()) {
    const current = latest.get(r.slug);
    if (!current || r.edition > current.edition) latest.set(r.slug, r);
  }
  return latest;
}

export type { CityResponse } from './response.ts';
