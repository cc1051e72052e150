import type { APIRoute, GetStaticPaths } from 'astro';
import { getResponses } from '../../../../lib/data/index.ts';
import { buildDownloads } from '../../../../lib/export/index.ts';

/** One response at a stable address: /data/responses/<edition>/<slug>.json. */
export const getStaticPaths = (async () =>
  (await getResponses()).map((r) => ({ params: { edition: String(r.edition), slug: r.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const edition = Number(params['edition']);
  const slug = params['slug'] ?? '';
  return new Response(buildDownloads(await getResponses(), site).responseJson({ slug, edition }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
