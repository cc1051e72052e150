// Generate fictional LGQ responses for the demo build, the chart tests and the benchmark.
// Usage: node scripts/generate-fictional.ts [--count 193] [--seed 1] [--out .cache/fictional] [--edition 2022]
// Writes <out>/<edition>/<slug>.yaml and each one's fictional source form <out>/.sources/<edition>/<slug>.txt
// (the folder is emptied first). Deterministic for a given count and seed.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_EDITION, generateResponses, responseYaml } from '../src/lib/fictional/generate.ts';
import { EDITION_YEARS, isKnownEdition } from '../src/questionnaire/index.ts';
import { sourcesDir } from '../src/lib/data/content-dir.ts';
import { answerHelp } from './lib/usage.ts';

const USAGE = `
Usage: node scripts/generate-fictional.ts [--count 193] [--seed 1] [--out .cache/fictional] [--edition 2022]

Generates fictional LGQ responses for the demo build, the chart tests and the benchmark: writes
<out>/<edition>/<slug>.yaml (the folder is emptied first) and their made-up source forms in
<out>/.sources/. Deterministic for a given count and seed; never writes under content/.

  --count N        number of responses (default 193)
  --seed N         random seed (default 1)
  --out DIR        output folder (default .cache/fictional)
  --edition YEAR   questionnaire edition (default: the generator's)
  -h, --help       show this help
`;
answerHelp(USAGE);

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '193' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: '.cache/fictional' },
    edition: { type: 'string', default: String(DEFAULT_EDITION) },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
const edition = Number(values.edition);
if (!isKnownEdition(edition)) throw new Error(`--edition must be one of ${EDITION_YEARS.join(', ')}, got ${values.edition}`);
if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${values.count}`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
const out = resolve(values.out);
if (out === resolve('content') || out.startsWith(`${resolve('content')}/`)) throw new Error('Fictional data never goes under content/');

const dir = join(out, String(edition));
// The sources folder the site reads for this content folder (src/lib/data/content-dir.ts).
const sources = join(sourcesDir({ LGQ_CONTENT_DIR: out }), String(edition));
await rm(out, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
await mkdir(sources, { recursive: true });
const responses = generateResponses(count, seed, edition);
await Promise.all(
  responses.flatMap((r) => [
    writeFile(join(dir, `${r.slug}.yaml`), responseYaml(r, seed)),
    writeFile(join(sources, r.source.document), r.source.text),
  ]),
);
console.log(`✓ ${responses.length} fictional response(s) (seed ${seed}) written to ${dir}`);
