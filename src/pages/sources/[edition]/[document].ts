import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getResponses, hasSourceDocument } from '../../../lib/data/index.ts';
import { sourceFile } from '../../../lib/data/content-dir.ts';

/*
 * The original file of each response, byte for byte (see sourceDownloadPath). Not offered when part of
 * the response is withheld: the file would show what the city asked to withhold.
 */
export const getStaticPaths = (async () =>
  (await getResponses())
    .filter((r) => r.withheld.length === 0 && hasSourceDocument(r))
    .map((r) => ({
      params: { edition: String(r.edition), document: r.source.document },
      props: { edition: r.edition, document: r.source.document },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { edition, document } = props as { edition: number; document: string };
  return new Response(readFileSync(sourceFile(edition, document)));
};
