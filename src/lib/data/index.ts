import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { sourceFile } from './content-dir.ts';
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

/** Whether the build has the document a response was transcribed from. */
export function hasSourceDocument(response: Pick<CityResponse, 'edition' | 'source'>): boolean {
  return existsSync(sourceFile(response.edition, response.source.document));
}

/**
 * The document a response was transcribed from (content/sources/<edition>/<document>), as text; null
 * when the build has no copy of it. Read per page that needs it, never held for every response.
 */
export function getSourceText(response: Pick<CityResponse, 'edition' | 'source'>): string | null {
  return hasSourceDocument(response) ? readFileSync(sourceFile(response.edition, response.source.document), 'utf8') : null;
}

export type { CityResponse } from './response.ts';
