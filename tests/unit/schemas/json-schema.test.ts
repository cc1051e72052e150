import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION_YEARS } from '../../../src/questionnaire/index.ts';
import { jsonSchemaFileName } from '../../../src/lib/urls.ts';
import { responseJsonSchema } from '../../../src/schemas/json-schema.ts';

describe('JSON Schema for editors', () => {
  it.each(EDITION_YEARS.map((e) => [e]))('public/schemas for %i is up to date (run `npm run schema`)', (edition) => {
    const committed = JSON.parse(readFileSync(join('public/schemas', jsonSchemaFileName(edition)), 'utf8'));
    expect(committed).toEqual(responseJsonSchema(edition));
  });

  it('describes every field and forbids unknown keys', () => {
    const schema = responseJsonSchema(2022) as { properties: Record<string, { description?: string }>; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    for (const [key, prop] of Object.entries(schema.properties)) expect(prop.description, key).toBeTruthy();
    const answers = (
      schema.properties['answers'] as {
        properties: Record<string, { additionalProperties: boolean; properties: Record<string, { description?: string }> }>;
      }
    ).properties;
    expect(Object.keys(answers)).toHaveLength(25);
    for (const [qid, q] of Object.entries(answers)) {
      expect(q.additionalProperties, qid).toBe(false);
      for (const [key, f] of Object.entries(q.properties)) expect(f.description, `${qid}.${key}`).toBeTruthy();
    }
  });

  it('is referenced from every content file for editor support', () => {
    for (const edition of EDITION_YEARS) {
      const dir = join('content/responses', String(edition));
      for (const file of readdirSync(dir)) {
        const first = readFileSync(join(dir, file), 'utf8').split('\n')[0];
        expect(first, file).toBe(`# yaml-language-server: $schema=../../../public/schemas/${jsonSchemaFileName(edition)}`);
      }
    }
  });
});
