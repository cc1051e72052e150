// Create an empty content file for a city: every question in questionnaire order, closed answers not_answered.
// Usage: npm run new-city -- --name "City" --country XX --edition 2022 [--local-name …] [--lat … --lon …]
//        [--slug …] [--source file-name-of-the-returned-document]
// Writes content/responses/<edition>/<slug>.yaml (under LGQ_CONTENT_DIR if set); never overwrites.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/data/content-dir.ts';
import { parseCoordinates, renderScaffold, scaffoldDraft, writeNewFile } from '../src/lib/scaffold/index.ts';

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
    },
  });
} catch (e) {
  fail((e as Error).message);
}
const { values } = parsed;
if (!values.name || !values.country || !values.edition)
  fail('usage: npm run new-city -- --name "City" --country XX --edition 2022 [--local-name …] [--lat … --lon …]');
const coordinates = parseCoordinates(values.lat, values.lon);
if (coordinates && 'error' in coordinates) fail(coordinates.error);

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
