import { absoluteUrl } from '../site/origin.ts';
import { FEED_PATH, PAGES, responseProfilePath } from '../urls.ts';
import { i18n } from '../../i18n/index.ts';
import type { I18n } from '../../i18n/index.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';
import type { FileHistory } from './history.ts';

/** A response as the feed needs it. */
export interface FeedResponse {
  readonly slug: string;
  readonly edition: number;
  readonly city: { readonly name: string };
  readonly country: { readonly name: string };
  readonly submitted: string;
}

/** A permanent id: the profile's address when the site has one, else a URN that names the response. */
function entryId(r: FeedResponse, event: string, profile: string | undefined): string {
  return profile ? `${profile}#${event}` : `urn:lgq-knowledgebase:response:${r.edition}:${r.slug}:${event}`;
}

/**
 * The feed of responses: an entry when each was added and, if it changed since, one for its latest
 * correction, newest first. Dates come from the history; a response without one counts as added on
 * its submission date.
 */
export function responsesFeed(
  responses: readonly FeedResponse[],
  history: FileHistory,
  site: string | URL | undefined,
  text: I18n = i18n,
): AtomFeed {
  const latest = new Map<string, number>();
  for (const r of responses) latest.set(r.slug, Math.max(latest.get(r.slug) ?? 0, r.edition));
  const entries: AtomEntry[] = responses.flatMap((r) => {
    const path = responseProfilePath(r, latest);
    const profile = absoluteUrl(path, site);
    const href = profile ?? path;
    const params = { city: r.city.name, country: r.country.name, edition: String(r.edition) };
    const summary = text.t('meta.entrySummary', { ...params, submitted: text.date(r.submitted) });
    const dates = history.get(`${r.edition}/${r.slug}`) ?? [];
    const added = dates[0] ?? r.submitted;
    const corrected = dates.length > 1 ? dates.at(-1) : undefined;
    const addedEntry: AtomEntry = {
      id: entryId(r, 'added', profile),
      title: text.t('meta.entryAdded', params),
      updated: added,
      published: added,
      link: { href, rel: 'alternate', type: 'text/html' },
      summary,
    };
    if (!corrected || corrected === added) return [addedEntry];
    return [
      addedEntry,
      {
        id: entryId(r, `corrected-${corrected}`, profile),
        title: text.t('meta.entryCorrected', params),
        updated: corrected,
        link: { href, rel: 'alternate', type: 'text/html' },
        summary,
      },
    ];
  });
  entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  const home = absoluteUrl(PAGES.home, site);
  return {
    id: home ?? 'urn:lgq-knowledgebase:responses',
    title: text.t('meta.feedTitle', { site: text.t('site.name') }),
    subtitle: text.t('meta.feedSubtitle'),
    // The newest entry's date, so the feed changes only when its content does (reproducible builds).
    updated: entries[0]?.updated ?? '1970-01-01',
    author: text.t('cite.datasetAuthor'),
    links: [
      { href: absoluteUrl(FEED_PATH, site) ?? FEED_PATH, rel: 'self', type: 'application/atom+xml' },
      { href: home ?? PAGES.home, rel: 'alternate', type: 'text/html' },
    ],
    entries,
  };
}
