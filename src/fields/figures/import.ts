import type { KindImporter } from '../../lib/import/kind-importer.ts';

/* Figures are not read from the text (their labels and units need a human); the draft says so where there is text. */

export const importer: KindImporter = {
  finish(_field, { readings }) {
    return readings?.texts.size ? { comment: 'figures quoted in the text are not extracted: add them by hand if wanted' } : {};
  },
};
