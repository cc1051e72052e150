// Create an empty content file for a city: every question in questionnaire order, closed answers not_answered.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/data/content-dir.ts';
import { parseCoordinates, renderScaffold, scaffoldDraft, writeNewFile } from '../src/lib/scaffold/index.ts';
import { describeCandidates, lookUpPlace, placeCoordinates } from './lib/places.ts';
import { answerHelp } from './lib/usage.ts';

const USAGE = `
Usage: npm run new-city -- --name "City" --country XX --edition 2022 [options]

Creates content/responses/<edition>/<slug>.yaml (under LGQ_CONTENT_DIR if set): every question in
questionnaire order, closed answers not_answered, TODO comments where a human must fill in. Never
overwrites a file.

  --name "City"        the city's name in English (required)
  --country XX         ISO 3166-1 alpha-2 country code (required)
  --edition 2022       questionnaire edition (required)
  --local-name "…"     the name in the local language and script
  --lat N --lon N      coordinates of the city centre (decimal degrees); without them they are looked
                       up offline in GeoNames (places of 1,000+ inhabitants)
  --place ID           the GeoNames id to use when several places share the name (they are listed)
  --slug slug          the URL name (default: from --name)
  --source FILE        file name of the document the city returned
  -h, --help           show this help
`;
answerHelp(USAGE);

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      name: { type: 'string' },
      country: { type: 'string' },
      edition: { type: 'string' },
      'local-name': { type: 'string' },
      lat: { type: 'string' },
      lon: { type: 'string' },
      slug: { type: 'string' },
      source: { type: 'string' },
      place: { type: 'string' },
    },
  });
} catch (e) {
  fail((e as Error).message);
}
const { values } = parsed;
if (!values.name || !values.country || !values.edition)
  fail('usage: npm run new-city -- --name "City" --country XX --edition 2022 [--local-name …] [--lat … --lon …] (--help for more)');
const parsedCoordinates = parseCoordinates(values.lat, values.lon);
const given = parsedCoordinates && 'error' in parsedCoordinates ? fail(parsedCoordinates.error) : parsedCoordinates;
const placeId = values.place === undefined ? undefined : Number(values.place);
if (placeId !== undefined && !Number.isInteger(placeId)) fail(`--place must be a GeoNames id (a number), got "${values.place}"`);

/** Coordinates given, or looked up in GeoNames; several candidates stop here so a human chooses. */
function coordinatesFor(name: string, country: string) {
  if (given) return given;
  const found = lookUpPlace(name, country, placeId);
  if (found.kind === 'ambiguous')
    fail(
      [
        `${found.candidates.length} places named "${name}" in ${country.toUpperCase()} (GeoNames). Run again with one of:`,
        ...describeCandidates(found.candidates),
        'or give --lat and --lon.',
      ].join('\n'),
    );
  if (found.kind === 'none') {
    console.error(`No place named "${name}" in ${country.toUpperCase()} in GeoNames: coordinates left as a TODO.`);
    return undefined;
  }
  console.log(
    `Coordinates from GeoNames (id ${found.place.geonameId}, ${found.place.name}, ${found.place.country}${found.place.adminCode ? ` division ${found.place.adminCode}` : ''}).`,
  );
  return placeCoordinates(found.place);
}
const coordinates = coordinatesFor(values.name, values.country);

const result = scaffoldDraft({
  name: values.name,
  country: values.country,
  edition: Number(values.edition),
  ...(values['local-name'] ? { localName: values['local-name'] } : {}),
  ...(coordinates ? { coordinates } : {}),
  ...(values.slug ? { slug: values.slug } : {}),
  ...(values.source ? { sourceDocument: values.source } : {}),
});
if ('error' in result) fail(result.error);

const file = join(contentDir(), String(result.draft.edition), `${result.slug}.yaml`);
const written = await writeNewFile(file, renderScaffold(result.draft, file));
if (!written.ok) fail(written.error);
console.log(`Wrote ${file} (slug "${result.slug}").`);
console.log('Next: fill it in against the returned document (TODO lines first), then npm run validate.');
