import { FIELD_KINDS } from '../../fields/index.ts';
import type { FieldKind } from '../../questionnaire/index.ts';
import type { KindImporter } from './kind-importer.ts';

/** A field kind's importer, as its module in src/fields/ declares it. */
export function importerOf(kind: FieldKind): KindImporter {
  return FIELD_KINDS[kind].importer;
}

/**
 * The order in which kinds are offered an answer line: the most specific shapes
 * first ("Email: …", "☒ Yes ☐ No"), a platform name before a labelled link, free text last.
 */
export const READ_ORDER: readonly FieldKind[] = ['person', 'closed', 'accounts', 'links', 'text'];
