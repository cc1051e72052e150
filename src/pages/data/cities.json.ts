import type { APIRoute } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { buildDownloads } from '../../lib/export/index.ts';

/** The small city list the compare page loads: slug, name, country and latest edition of each city. */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildDownloads(await getResponses(), site).citiesJson, { headers: { 'content-type': 'application/json; charset=utf-8' } });
