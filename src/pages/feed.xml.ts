import type { APIRoute } from 'astro';
import { getResponses } from '../lib/data/index.ts';
import { contentDir } from '../lib/data/content-dir.ts';
import { atomXml } from '../lib/feed/atom.ts';
import { responseFileHistory } from '../lib/feed/history.ts';
import { responsesFeed } from '../lib/feed/responses.ts';

/** The Atom feed of responses added and corrected (linked from every page's head). */
export const GET: APIRoute = async ({ site }) =>
  new Response(atomXml(responsesFeed(await getResponses(), responseFileHistory(contentDir()), site)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
