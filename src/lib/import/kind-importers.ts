import type { FieldKind } from '../../questionnaire/index.ts';
import { importer as accounts } from '../../fields/accounts/import.ts';
import { importer as choice } from '../../fields/choice/import.ts';
import { importer as closed } from '../../fields/closed/import.ts';
import { importer as figures } from '../../fields/figures/import.ts';
import { importer as links } from '../../fields/links/import.ts';
import { importer as percent } from '../../fields/percent/import.ts';
import { importer as person } from '../../fields/person/import.ts';
import { importer as text } from '../../fields/text/import.ts';
import type { KindImporter } from './kind-importer.ts';

/* Every field kind's importer. */
export const KIND_IMPORTERS: Readonly<Record<FieldKind, KindImporter>> = {
  closed,
  text,
  links,
  percent,
  figures,
  person,
  accounts,
  choice,
};

/**
 * The order in which kinds are offered an answer line: the most specific shapes
 * first ("Email: …", "☒ Yes ☐ No"), a platform name before a labelled link, free text last.
 */
export const READ_ORDER: readonly FieldKind[] = ['person', 'closed', 'accounts', 'links', 'text'];
