import { z } from 'astro/zod';

/** Front matter of an editorial page in content/pages/. */
export const pageSchema = z.strictObject({
  title: z.string().min(1).describe('Page title, also the h1.'),
  description: z.string().min(1).describe('One-sentence summary for search results and link previews.'),
  order: z.number().int().describe('Position in the footer navigation.').optional(),
});
