import type { APIRoute } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { buildDownloads } from '../../lib/export/index.ts';

/** Every response as one JSON document (no officials' e-mails or phones, no withheld fields). */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildDownloads(await getResponses(), site).responsesJson, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
