import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { toCityResponse } from '../../src/lib/data/response.ts';
import type { CityResponse } from '../../src/lib/data/response.ts';
import { schemaForEdition } from '../../src/schemas/response.ts';

/** Almaty's real 2022 response, read through the schema as the build reads it. */
export function almatyResponse(): CityResponse {
  return toCityResponse('almaty', schemaForEdition(2022).parse(parseYaml(readFileSync('content/responses/2022/almaty.yaml', 'utf8'))));
}
