import { z } from 'astro/zod';
import { getEdition } from '../questionnaire/index.ts';
import { schemaPath } from '../lib/urls.ts';
import { responseSchema } from './response.ts';

/** The JSON Schema of a response file, for editors (yaml-language-server) and for data users. */
export function responseJsonSchema(edition: number): Record<string, unknown> {
  const def = getEdition(edition);
  const schema = z.toJSONSchema(responseSchema(def, { today: new Date('2100-01-01') }), {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return {
    ...schema,
    // Site-relative: the schema is served from every copy of the site, whatever its address.
    $id: schemaPath(edition),
    title: `LGQ ${edition} city response`,
  };
}
