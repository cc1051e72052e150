import type { APIRoute } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { buildDownloads } from '../../lib/export/index.ts';

/** What the cities index lists, one row per response. */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildDownloads(await getResponses(), site).citiesCsv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
