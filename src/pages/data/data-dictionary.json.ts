import type { APIRoute } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { buildDownloads } from '../../lib/export/index.ts';

/** The data dictionary and the meaning of the CSV's tokens, generated from the questionnaire definition. */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildDownloads(await getResponses(), site).dictionaryJson, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
