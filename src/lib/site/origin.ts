/*
 * The site's public origin, from LGQ_SITE. Without it the build knows no address of its own: every
 * absolute URL (canonical link, og:url, citation, sitemap, CSV profile cell) is left out rather than
 * invented, and the build warns (src/integrations/site-origin.ts).
 */

export const SITE_UNSET_WARNING =
  'LGQ_SITE is not set: this build has no public address. Canonical links, og:url, the sitemap and the URLs in citations are left out (citations give no address, the CSV profile column holds site-relative paths). Set LGQ_SITE=https://your.domain before building a site to publish (docs/deploy.md).';

/** LGQ_SITE as an origin URL, or undefined when unset or blank. Throws on a value that is not an http(s) URL. */
export function siteOrigin(env: Readonly<Record<string, string | undefined>> = process.env): URL | undefined {
  const value = env['LGQ_SITE']?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`LGQ_SITE must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`LGQ_SITE must be an http(s) URL, got "${value}"`);
  return url;
}

/** The absolute address of a site path, or undefined when the build has no origin. */
export function absoluteUrl(path: string, site: string | URL | undefined): string | undefined {
  return site === undefined ? undefined : new URL(path, site).href;
}
