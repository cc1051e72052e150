/*
 * How many distinct sites a list of URLs names. Cities list one portal in each of its languages
 * (`?lang=en`, `?lang=ru`) and pages inside a site they already listed (a data catalogue's dataset
 * page): neither is another portal.
 */

/** Query parameters that choose a language version of the same page. */
const LANGUAGE_PARAMS = new Set(['lang', 'language', 'locale', 'hl']);

interface Site {
  readonly host: string;
  /** Path segments, without empty ones (so `/a/` and `/a` are one path). */
  readonly path: readonly string[];
  /** The query without language parameters, sorted; '' when none. */
  readonly query: string;
}

function siteOf(url: string): Site {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { host: url.toLowerCase(), path: [], query: '' };
  }
  const params = [...parsed.searchParams].filter(([name]) => !LANGUAGE_PARAMS.has(name.toLowerCase()));
  return {
    // `www.` is the same site as the bare host: cities write both.
    host: parsed.hostname.toLowerCase().replace(/^www\./, ''),
    path: parsed.pathname
      .split('/')
      .filter(Boolean)
      .map((s) => s.toLowerCase()),
    query: new URLSearchParams(params.sort(([a], [b]) => a.localeCompare(b))).toString(),
  };
}

/** True when `page` is `site` itself or a page inside it (same host, same or deeper path). */
function within(page: Site, site: Site): boolean {
  return (
    page.host === site.host &&
    site.path.length <= page.path.length &&
    site.path.every((s, i) => page.path[i] === s) &&
    (site.query === '' || site.query === page.query)
  );
}

/** The number of distinct sites: language versions of one page count once, pages inside a listed site not at all. */
export function distinctSiteCount(urls: Iterable<string>): number {
  const sites = [...urls].map(siteOf);
  const key = (s: Site) => `${s.host}/${s.path.join('/')}?${s.query}`;
  const unique = [...new Map(sites.map((s) => [key(s), s])).values()];
  return unique.filter((s) => !unique.some((other) => other !== s && within(s, other))).length;
}
