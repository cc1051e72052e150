import type { APIRoute } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { buildDownloads } from '../../lib/export/index.ts';

/** The Frictionless Data Package describing every CSV. */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildDownloads(await getResponses(), site).datapackageJson, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
