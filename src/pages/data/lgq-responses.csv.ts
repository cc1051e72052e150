import type { APIRoute } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { buildDownloads } from '../../lib/export/index.ts';

/** One row per response, one column per question field (see /data/ for the data dictionary). */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildDownloads(await getResponses(), site).responsesCsv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
