import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { getEdition, isKnownEdition, EDITION_YEARS } from '../../questionnaire/index.ts';
import { countryCode, isSlug, RESERVED_SLUGS, SLUG_RULE } from '../../schemas/response.ts';
import { renderDraft } from './draft.ts';
import type { Draft } from './draft.ts';
import { citySlug } from './slug.ts';

export { citySlug } from './slug.ts';
export { renderDraft, schemaPath } from './draft.ts';
export type { Draft, DraftLink, RenderOptions } from './draft.ts';

/** A country code checked with the content schema's own rule. */
export function parseCountry(input: string): { code: string } | { error: string } {
  const code = input.trim().toUpperCase();
  const result = countryCode.safeParse(code);
  if (!result.success) return { error: `--country "${input}" ${result.error.issues[0]?.message ?? 'is not valid'}` };
  return { code };
}

export function parseCoordinates(
  lat: string | undefined,
  lon: string | undefined,
): { lat: number; lon: number } | { error: string } | undefined {
  if (lat === undefined && lon === undefined) return undefined;
  if (lat === undefined || lon === undefined) return { error: 'give both --lat and --lon, or neither' };
  const la = Number(lat);
  const lo = Number(lon);
  if (!Number.isFinite(la) || la < -90 || la > 90) return { error: `--lat must be a number from -90 to 90 (got "${lat}")` };
  if (!Number.isFinite(lo) || lo < -180 || lo > 180) return { error: `--lon must be a number from -180 to 180 (got "${lon}")` };
  return { lat: la, lon: lo };
}

export interface ScaffoldInput {
  readonly name: string;
  readonly country: string;
  readonly edition: number;
  readonly localName?: string;
  readonly coordinates?: { readonly lat: number; readonly lon: number };
  /** Override the slug derived from the name (must obey the slug rule). */
  readonly slug?: string;
  /** File name of the document the city returned, if known. */
  readonly sourceDocument?: string;
}

export type ScaffoldResult = { readonly slug: string; readonly draft: Draft } | { readonly error: string };

/** An empty response for a city: every question, closed answers `not_answered`, TODOs for what only a human knows. */
export function scaffoldDraft(input: ScaffoldInput): ScaffoldResult {
  const name = input.name.trim();
  if (!name) return { error: '--name must not be empty' };
  if (!isKnownEdition(input.edition))
    return { error: `--edition ${input.edition} is not defined by the questionnaire (known: ${EDITION_YEARS.join(', ')})` };
  const country = parseCountry(input.country);
  if ('error' in country) return country;
  const slug = input.slug ?? citySlug(name);
  if (!isSlug(slug)) {
    return {
      error: `the slug "${slug}" ${input.slug ? 'given with --slug' : `derived from "${name}"`} breaks the slug rule (${SLUG_RULE}); give one with --slug`,
    };
  }
  if (RESERVED_SLUGS.includes(slug)) {
    return { error: `the slug "${slug}" is reserved for the site's own pages; give another with --slug (e.g. "${slug}-city")` };
  }
  const def = getEdition(input.edition);
  const draft: Draft = {
    edition: def.edition,
    city: {
      name,
      ...(input.localName?.trim() ? { local_name: input.localName.trim() } : {}),
      country: country.code,
      ...(input.coordinates ? { coordinates: input.coordinates } : {}),
    },
    source: input.sourceDocument ? { document: input.sourceDocument } : {},
    notes: {},
    answers: {},
    todos: {},
  };
  return { slug, draft };
}

/** Write a file only if it does not exist yet (the `wx` flag makes the check and the write one step). */
export async function writeNewFile(
  file: string,
  text: string,
  options: { force?: boolean } = {},
): Promise<{ ok: true } | { ok: false; error: string }> {
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, text, { flag: options.force ? 'w' : 'wx' });
    return { ok: true };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      return { ok: false, error: `${file} already exists: not overwriting it (edit it, or choose another --out)` };
    throw e;
  }
}

/** The header comment of a new, empty content file. */
export function scaffoldHeader(name: string, edition: number): string[] {
  return [
    `${name}'s response to the LGQ ${edition}, to be transcribed from the document the city returned.`,
    'Created by `npm run new-city`. Fill it in question by question against the original:',
    '- lines marked TODO must be filled before `npm run validate` passes;',
    '- closed answers start as not_answered: change each to yes, no or not_legible_in_source;',
    '- uncomment a field to fill it; leave it out when the city gave nothing (that shows as "not given").',
    'See CONTRIBUTING.md for the whole recipe.',
  ];
}

export function renderScaffold(draft: Draft, file: string, root?: string): string {
  return renderDraft(draft, {
    file,
    placeholders: true,
    header: scaffoldHeader(draft.city.name ?? 'The city', draft.edition),
    ...(root ? { root } : {}),
  });
}
