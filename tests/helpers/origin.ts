import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The public origin a built site was made for (LGQ_SITE), read from its robots.txt `Sitemap:` line;
 * undefined for a build without one (then the site has no sitemap and no absolute address).
 */
export function builtOrigin(dir: string): string | undefined {
  const robots = join(dir, 'robots.txt');
  if (!existsSync(robots)) throw new Error(`No robots.txt in ${dir}: run the build first.`);
  const line = /^Sitemap: (\S+)$/m.exec(readFileSync(robots, 'utf8'));
  return line?.[1] ? new URL(line[1]).origin : undefined;
}

/** The page paths a sitemap lists (`sitemap-index.xml` and the sitemaps it names), as site paths. */
export function sitemapPaths(dir: string, origin: string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  return locs(index).flatMap((sitemap) => {
    const url = new URL(sitemap);
    if (url.origin !== origin) throw new Error(`Sitemap ${sitemap} is not on ${origin}`);
    return locs(readFileSync(join(dir, url.pathname), 'utf8')).map((page) => {
      const pageUrl = new URL(page);
      if (pageUrl.origin !== origin) throw new Error(`Sitemap entry ${page} is not on ${origin}`);
      return pageUrl.pathname;
    });
  });
}
