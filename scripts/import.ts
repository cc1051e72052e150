// Turn a returned questionnaire (text export or .docx) into a draft content file.
// Usage: npm run import -- path/to/response.(txt|docx) [--edition 2022] [--out file|-] [--country XX]
//        [--lat 43.24 --lon 76.89] [--force] [--verbose]
// Writes content/responses/<edition>/<slug>.yaml (under LGQ_CONTENT_DIR if set) unless --out is given,
// refuses to overwrite an existing file (unless --force), and prints what it placed and what it left for a human.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatSummary, importQuestionnaire } from '../src/lib/import/index.ts';
import { contentDir } from '../src/lib/data/content-dir.ts';
import { citySlug, parseCoordinates, writeNewFile, parseCountry } from '../src/lib/scaffold/index.ts';
import { join } from 'node:path';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    edition: { type: 'string' },
    out: { type: 'string' },
    country: { type: 'string' },
    lat: { type: 'string' },
    lon: { type: 'string' },
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
let out = values.out;
if (!out) {
  const name = result.draft.city.name;
  if (!name) fail('the city name was not found at the top of the form: give --out path/to/<slug>.yaml');
  out = join(contentDir(), String(result.draft.edition), `${citySlug(name)}.yaml`);
  result = await importQuestionnaire({ fileName: input, content }, { ...common, out });
}
if (out === '-') process.stdout.write(result.yaml);
else {
  const written = await writeNewFile(out, result.yaml, { force: values.force });
  if (!written.ok) fail(written.error);
}
console.error(formatSummary(result, { verbose: values.verbose }));
if (out !== '-') console.error(`\nWrote ${out}. Next: fill the TODOs against the original, then npm run validate.`);
