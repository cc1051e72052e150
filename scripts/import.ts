// Turn a returned questionnaire (text export or .docx) into a draft content file.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatSummary, importQuestionnaire } from '../src/lib/import/index.ts';
import { contentDir } from '../src/lib/data/content-dir.ts';
import { citySlug, parseCoordinates, writeNewFile, parseCountry } from '../src/lib/scaffold/index.ts';
import { join } from 'node:path';
import { describeCandidates, lookUpPlace, placeCoordinates } from './lib/places.ts';
import { answerHelp } from './lib/usage.ts';

const USAGE = `
Usage: npm run import -- path/to/response.(txt|docx) [options]

Reads a returned questionnaire (the text export or the .docx of the filled-in form) and writes a
draft content file, content/responses/<edition>/<slug>.yaml (under LGQ_CONTENT_DIR if set), then
prints what it placed and what it left for a human (TODO comments). Never overwrites a file unless
--force is given.

  --edition 2022       questionnaire edition (default: the latest)
  --out FILE|-         write here instead (- for standard output)
  --country XX         ISO 3166-1 alpha-2 code (default: from the country named in the form)
  --lat N --lon N      coordinates of the city centre; without them they are looked up offline in
                       GeoNames (places of 1,000+ inhabitants)
  --place ID           the GeoNames id to use when several places share the city's name (listed)
  --force              overwrite an existing file
  --verbose            list every line and where it went
  -h, --help           show this help
`;
answerHelp(USAGE);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    edition: { type: 'string' },
    out: { type: 'string' },
    country: { type: 'string' },
    lat: { type: 'string' },
    lon: { type: 'string' },
    place: { type: 'string' },
    force: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(2);
}

const input = positionals[0];
if (!input || positionals.length > 1)
  fail('give one document: npm run import -- path/to/response.(txt|docx) [--edition 2022] [--out file] [--country XX]');
const edition = values.edition === undefined ? undefined : Number(values.edition);
if (edition !== undefined && !Number.isInteger(edition)) fail(`--edition must be a year, e.g. 2022 (got "${values.edition}")`);
const country = values.country === undefined ? undefined : parseCountry(values.country);
if (country && 'error' in country) fail(country.error);
const coordinates = parseCoordinates(values.lat, values.lon);
if (coordinates && 'error' in coordinates) fail(coordinates.error);
const placeId = values.place === undefined ? undefined : Number(values.place);
if (placeId !== undefined && !Number.isInteger(placeId)) fail(`--place must be a GeoNames id (a number), got "${values.place}"`);

const content = await readFile(input).catch((e: unknown) => fail(`cannot read ${input}: ${(e as Error).message}`));
// The output path depends on the city found in the document; render once with a provisional path.
const provisional = values.out && values.out !== '-' ? values.out : join(contentDir(), String(edition ?? 2022), 'draft.yaml');
const common = {
  ...(edition !== undefined ? { edition } : {}),
  ...(country && 'code' in country ? { country: country.code } : {}),
  ...(coordinates && 'lat' in coordinates ? { coordinates } : {}),
};
let result = await importQuestionnaire({ fileName: input, content }, { ...common, out: provisional }).catch((e: unknown) =>
  fail((e as Error).message),
);
// Without --lat/--lon: the city's coordinates from GeoNames, when its name (in its country) names one place.
const { name: cityName, country: cityCountry } = result.draft.city;
const lookup = common.coordinates || !cityName ? undefined : lookUpPlace(cityName, cityCountry, placeId);
const found = lookup?.kind === 'found' ? { coordinates: placeCoordinates(lookup.place) } : {};
let out = values.out;
if (!out) {
  if (!cityName) fail('the city name was not found at the top of the form: give --out path/to/<slug>.yaml');
  out = join(contentDir(), String(result.draft.edition), `${citySlug(cityName)}.yaml`);
}
if (out !== provisional || lookup?.kind === 'found')
  result = await importQuestionnaire({ fileName: input, content }, { ...common, ...found, out });
if (out === '-') process.stdout.write(result.yaml);
else {
  const written = await writeNewFile(out, result.yaml, { force: values.force });
  if (!written.ok) fail(written.error);
}
console.error(formatSummary(result, { verbose: values.verbose }));
if (lookup?.kind === 'found')
  console.error(
    `Coordinates from GeoNames: id ${lookup.place.geonameId}, ${lookup.place.name}, ${lookup.place.country}${lookup.place.adminCode ? ` division ${lookup.place.adminCode}` : ''}.`,
  );
if (lookup?.kind === 'ambiguous')
  console.error(
    [
      `Coordinates left as a TODO: ${lookup.candidates.length} places named "${cityName}"${cityCountry ? ` in ${cityCountry}` : ''} (GeoNames). Import again with one of:`,
      ...describeCandidates(lookup.candidates),
      'or give --lat and --lon.',
    ].join('\n'),
  );
if (lookup?.kind === 'none') console.error(`Coordinates left as a TODO: no place named "${cityName}" in GeoNames.`);
if (out !== '-') console.error(`\nWrote ${out}. Next: fill the TODOs against the original, then npm run validate.`);
