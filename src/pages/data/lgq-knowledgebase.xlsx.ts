import type { APIRoute } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { buildDownloads } from '../../lib/export/index.ts';

/** The workbook: README (version, licence, citation), responses, long table, cities, data dictionary. */
export const GET: APIRoute = async ({ site }) =>
  new Response(await buildDownloads(await getResponses(), site).workbook(), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
