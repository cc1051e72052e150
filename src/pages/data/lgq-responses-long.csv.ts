import type { APIRoute } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { buildDownloads } from '../../lib/export/index.ts';

/** One row per response × question × field: value, status, basis, source lines, quote and note. */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildDownloads(await getResponses(), site).longCsv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
