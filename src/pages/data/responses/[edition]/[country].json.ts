import type { APIRoute, GetStaticPaths } from 'astro';
import { getResponses } from '../../../../lib/data/index.ts';
import { buildDownloads } from '../../../../lib/export/index.ts';

/**
 * The responses of one country to one edition at a stable address: /data/responses/<edition>/<country code>.json
 * (responseJsonPath), each profile's "Download" link.
 */
export const getStaticPaths = (async () => {
  const seen = new Map<string, { edition: number; code: string }>();
  for (const r of await getResponses()) seen.set(`${String(r.edition)}/${r.country.code}`, { edition: r.edition, code: r.country.code });
  return [...seen.values()].map(({ edition, code }) => ({
    params: { edition: String(edition), country: code.toLowerCase() },
    props: { edition, code },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { edition, code } = props as { edition: number; code: string };
  return new Response(buildDownloads(await getResponses(), site).responseJson({ edition, country: { code } }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
