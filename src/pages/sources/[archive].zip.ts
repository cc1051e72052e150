import type { APIRoute, GetStaticPaths } from 'astro';
import { getResponses } from '../../lib/data/index.ts';
import { archivedEditions, documentsArchive } from '../../lib/export/documents.ts';
import { sourceArchiveName } from '../../lib/urls.ts';

/** Each edition's original files, byte for byte, in one zip (see src/lib/export/documents.ts). */
export const getStaticPaths = (async () =>
  archivedEditions(await getResponses()).map((edition) => ({
    params: { archive: sourceArchiveName(edition) },
    props: { edition },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { edition } = props as { edition: number };
  return new Response(documentsArchive(await getResponses(), edition), { headers: { 'content-type': 'application/zip' } });
};
