// Write public/schemas/lgq-<edition>.schema.json for every edition (used by editors and the /data/ page).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EDITION_YEARS } from '../src/questionnaire/index.ts';
import { jsonSchemaFileName } from '../src/lib/urls.ts';
import { responseJsonSchema } from '../src/schemas/json-schema.ts';
import { answerHelp } from './lib/usage.ts';

const USAGE = `
Usage: npm run schema

Writes public/schemas/lgq-<edition>.schema.json for every edition, from the questionnaire
definition (used by editors through yaml-language-server and offered on the /data/ page). No options.

  -h, --help       show this help
`;
answerHelp(USAGE);

const dir = 'public/schemas';
await mkdir(dir, { recursive: true });
for (const edition of EDITION_YEARS) {
  const file = join(dir, jsonSchemaFileName(edition));
  await writeFile(file, `${JSON.stringify(responseJsonSchema(edition), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
