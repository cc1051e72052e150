import type { CityResponse } from '../data/response.ts';
import { getIndicator, HEADLINE_INDICATOR_IDS, indicatorValue, summarize } from '../indicators/index.ts';
import type { Summary } from '../indicators/index.ts';
import { profilePath } from '../urls.ts';

/** Headline-indicator summaries per edition, computed once for all profile pages of a build. */
export function headlineSummaries(responses: readonly CityResponse[]): Map<number, Map<string, Summary>> {
  const byEdition = new Map<number, CityResponse[]>();
  for (const r of responses) byEdition.set(r.edition, [...(byEdition.get(r.edition) ?? []), r]);
  const out = new Map<number, Map<string, Summary>>();
  for (const [edition, list] of byEdition) {
    out.set(
      edition,
      new Map(HEADLINE_INDICATOR_IDS.map((id) => [id, summarize(list.map((r) => indicatorValue(r, getIndicator(id, edition))))])),
    );
  }
  return out;
}

export interface EditionLink {
  readonly edition: number;
  readonly href: string;
}

/**
 * Every profile page of the build: the latest edition of each city at `/cities/<slug>/`, and each
 * older edition at `/cities/<slug>/<edition>/` (only cities with more than one edition have those).
 */
export function profilePages(responses: readonly CityResponse[]) {
  const bySlug = new Map<string, CityResponse[]>();
  for (const r of responses) bySlug.set(r.slug, [...(bySlug.get(r.slug) ?? []), r]);
  const summaries = headlineSummaries(responses);
  const pages: { slug: string; edition?: number; response: CityResponse; editions: EditionLink[]; summaries: Map<string, Summary> }[] = [];
  for (const [slug, list] of bySlug) {
    const sorted = [...list].sort((a, b) => b.edition - a.edition);
    const newest = sorted[0]?.edition ?? 0;
    const editions = sorted.map((r) => ({ edition: r.edition, href: profilePath(slug, r.edition, newest) }));
    sorted.forEach((response, i) => {
      const s = summaries.get(response.edition);
      if (!s) throw new Error(`No summaries for edition ${response.edition}`);
      pages.push({ slug, ...(i === 0 ? {} : { edition: response.edition }), response, editions, summaries: s });
    });
  }
  return pages;
}
