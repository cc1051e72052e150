/*
 * Google's Dataset structured-data guidelines, as checks on a parsed JSON-LD object: the required
 * properties (name, description of 50-5000 characters) and the recommended ones this site can
 * give (url, identifier, license, creator with a name, distribution with contentUrl and
 * encodingFormat, temporalCoverage, spatialCoverage, version, isAccessibleForFree). Returns what is
 * missing or malformed, [] if nothing.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

export interface DatasetCheck {
  /** Expect absolute URLs (the build had an origin). */
  readonly absolute: boolean;
}

function urlProblem(where: string, value: unknown, absolute: boolean): string[] {
  if (typeof value !== 'string' || value === '') return [`${where} is not a URL`];
  if (absolute && !/^https?:\/\//.test(value)) return [`${where} "${value}" is not absolute`];
  if (!absolute && !value.startsWith('/')) return [`${where} "${value}" is not a site path`];
  return [];
}

export function datasetProblems(data: Json, check: DatasetCheck): string[] {
  const problems: string[] = [];
  if (data['@context'] !== 'https://schema.org') problems.push('@context is not https://schema.org');
  if (data['@type'] !== 'Dataset') problems.push('@type is not Dataset');
  if (typeof data['name'] !== 'string' || !data['name']) problems.push('no name');
  const description = data['description'];
  if (typeof description !== 'string') problems.push('no description');
  else if (description.length < 50 || description.length > 5000)
    problems.push(`description has ${description.length} characters (50-5000)`);
  if (check.absolute) problems.push(...urlProblem('url', data['url'], true));
  if (data['identifier'] === undefined && data['sameAs'] === undefined) problems.push('no identifier or sameAs');
  if (typeof data['license'] !== 'string' || !/^https:\/\//.test(data['license'])) problems.push('license is not a URL');
  const creators = list(data['creator']);
  if (!creators.length || !creators.every((c) => isObject(c) && typeof c['@type'] === 'string' && typeof c['name'] === 'string'))
    problems.push('creator is not a named Person or Organization');
  if (typeof data['version'] !== 'string' && typeof data['version'] !== 'number') problems.push('no version');
  if (typeof data['temporalCoverage'] !== 'string' || !/^\d{4}(-\d{2}-\d{2})?(\/\d{4}(-\d{2}-\d{2})?)?$/.test(data['temporalCoverage']))
    problems.push(`temporalCoverage ${JSON.stringify(data['temporalCoverage'])} is not ISO 8601`);
  const places = list(data['spatialCoverage']);
  if (!places.length) problems.push('no spatialCoverage');
  for (const p of places) {
    const geo = isObject(p) ? p['geo'] : undefined;
    if (isObject(p) && p['@type'] === 'Country' && typeof p['name'] === 'string') continue;
    if (!isObject(p) || p['@type'] !== 'Place' || typeof p['name'] !== 'string') problems.push('spatialCoverage is not a named Place');
    else if (!isObject(geo) || typeof geo['latitude'] !== 'number' || typeof geo['longitude'] !== 'number')
      problems.push(`spatialCoverage ${String(p['name'])} has no GeoCoordinates`);
  }
  const downloads = list(data['distribution']);
  if (!downloads.length) problems.push('no distribution');
  for (const [i, d] of downloads.entries()) {
    if (!isObject(d) || d['@type'] !== 'DataDownload') {
      problems.push(`distribution ${i + 1} is not a DataDownload`);
      continue;
    }
    problems.push(...urlProblem(`distribution ${i + 1} contentUrl`, d['contentUrl'], check.absolute));
    if (typeof d['encodingFormat'] !== 'string' || !/^[a-z]+\/[\w.+-]+$/.test(d['encodingFormat']))
      problems.push(`distribution ${i + 1} has no media type`);
  }
  return problems;
}
