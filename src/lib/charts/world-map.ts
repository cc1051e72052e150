import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };

/*
 * A world map laid out at build time: country outlines as SVG path strings and cities as placed
 * points. Pure (data in, marks out); WorldMap.astro turns the marks into SVG.
 */

/** Up to this many points, each is a focusable link; beyond it, a map of links is unusable by keyboard. */
export const MAP_LINK_LIMIT = 400;

export interface MapPoint {
  /** Unique id, e.g. a response id `2022/almaty`. */
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  /** Accessible name of the point's link, e.g. "Almaty, Kazakhstan". */
  readonly label: string;
  readonly href: string;
  /** UN M49 code of the point's country (world-atlas ids are M49), to shade it. */
  readonly m49?: string;
}

export interface PlacedPoint extends MapPoint {
  readonly x: number;
  readonly y: number;
  /** Which side of the point its label goes, so labels near the right edge stay inside. */
  readonly labelSide: 'left' | 'right';
}

export interface CountryShape {
  /** M49 numeric code (as a 3-digit string), or '' for disputed areas without one. */
  readonly id: string;
  readonly name: string;
  readonly d: string;
  /** True when at least one point lies in this country. */
  readonly highlighted: boolean;
}

export interface WorldMapLayout {
  readonly width: number;
  readonly height: number;
  /** Outline of the globe. */
  readonly sphere: string;
  readonly graticule: string;
  readonly countries: readonly CountryShape[];
  /** Points sorted south to north, so northern labels are drawn on top. */
  readonly points: readonly PlacedPoint[];
}

export interface WorldMapOptions {
  readonly width?: number;
  /** Decimal digits in path coordinates: 1 keeps the SVG small and is sharper than a pixel. */
  readonly digits?: number;
  readonly topology?: Topology;
}

type CountryProps = { name?: string };

function countryFeatures(topology: Topology): FeatureCollection<Geometry, CountryProps> {
  const object = topology.objects['countries'];
  if (!object) throw new Error('Topology has no "countries" object');
  return feature(topology, object as GeometryCollection<CountryProps>) as FeatureCollection<Geometry, CountryProps>;
}

/** Equal Earth is the map projection the UN's own thematic maps favour: areas are true to size. */
export function worldMapLayout(points: readonly MapPoint[], options: WorldMapOptions = {}): WorldMapLayout {
  const width = options.width ?? 960;
  const digits = options.digits ?? 1;
  const topology = options.topology ?? (countries110m as unknown as Topology);
  const sphere: GeoPermissibleObjects = { type: 'Sphere' };
  const projection = geoEqualEarth();
  // Equal Earth's aspect ratio is about 2.05:1; fit the sphere exactly into the width.
  projection.fitWidth(width, sphere);
  const bounds = geoPath(projection).bounds(sphere);
  const height = Math.ceil(bounds[1][1] - bounds[0][1]);
  const path = geoPath(projection).digits(digits);

  const highlighted = new Set(points.flatMap((p) => (p.m49 ? [p.m49] : [])));
  const countries = countryFeatures(topology).features.map((f) => ({
    id: f.id === undefined ? '' : String(f.id),
    name: f.properties?.name ?? '',
    d: path(f) ?? '',
    highlighted: f.id !== undefined && highlighted.has(String(f.id)),
  }));

  const placed = points.map((p): PlacedPoint => {
    if (!(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180)) throw new Error(`Point ${p.id} has invalid coordinates ${p.lat}, ${p.lon}`);
    const xy = projection([p.lon, p.lat]);
    if (!xy) throw new Error(`Point ${p.id} cannot be projected`);
    const round = (v: number) => Math.round(v * 10 ** digits) / 10 ** digits;
    const x = round(xy[0]);
    return { ...p, x, y: round(xy[1]), labelSide: x > width * 0.8 ? 'left' : 'right' };
  });
  placed.sort((a, b) => b.y - a.y || a.x - b.x);

  return {
    width,
    height,
    sphere: path(sphere) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    countries: countries.filter((c) => c.d !== ''),
    points: placed,
  };
}
