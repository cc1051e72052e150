import { absoluteUrl } from '../site/origin.ts';
import { SITEMAP_PATH, SOURCE_DOWNLOADS_PREFIX } from '../urls.ts';

/**
 * robots.txt. Its `Sitemap:` line must be an absolute URL, and the sitemap itself is written only
 * when the build knows its origin (LGQ_SITE): without one the file says why there is none.
 */
export function robotsTxt(site: string | URL | undefined): string {
  const sitemap = absoluteUrl(SITEMAP_PATH, site);
  return [
    'User-agent: *',
    'Allow: /',
    // The documents as received carry officials' e-mail addresses and phones; the source pages show them spelled out.
    `Disallow: ${SOURCE_DOWNLOADS_PREFIX}`,
    '',
    sitemap ? `Sitemap: ${sitemap}` : '# No sitemap: this copy was built without LGQ_SITE, its public address (see docs/deploy.md).',
    '',
  ].join('\n');
}
