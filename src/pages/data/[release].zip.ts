import type { APIRoute, GetStaticPaths } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { buildDownloads, datasetVersion } from '../../lib/export/index.ts';
import { releaseZipName } from '../../lib/urls.ts';

/** Every download of this release in one zip, named by the dataset version. */
export const getStaticPaths = (() => [{ params: { release: releaseZipName(datasetVersion()) } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  new Response(await buildDownloads(await getResponses(), site).zip(), { headers: { 'content-type': 'application/zip' } });
