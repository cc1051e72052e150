import type { APIRoute } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { buildDownloads } from '../../lib/export/index.ts';

/** The data dictionary, generated from the questionnaire definition. */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildDownloads(await getResponses(), site).dictionaryCsv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
