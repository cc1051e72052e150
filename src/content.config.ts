import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/data/content-dir.ts';
import { responseSchemas } from './schemas/response.ts';
import { pageSchema } from './schemas/page.ts';

// Wiring only: loaders to schemas. `npm run validate` gives the line-precise errors before Astro sees the files.
const [first, ...rest] = Object.values(responseSchemas());
if (!first) throw new Error('No questionnaire editions defined');

const responses = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: contentDir(), generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: rest.length ? z.union([first, ...rest]) : first,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

export const collections = { responses, pages };
