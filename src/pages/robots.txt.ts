import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/meta/robots.ts';

/** robots.txt: everything may be crawled; the sitemap is named when the build has an origin. */
export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
