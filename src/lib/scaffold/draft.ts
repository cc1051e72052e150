import { posix, relative, dirname, resolve, sep } from 'node:path';
import { Document, Scalar } from 'yaml';
import { getEdition } from '../../questionnaire/index.ts';
import { FIELD_KINDS } from '../../fields/index.ts';
import type { StoredLink } from '../../fields/links/index.ts';
import { jsonSchemaFileName } from '../urls.ts';

/*
 * A content file as it is being prepared (by `new-city` or `import`), and its
 * rendering as YAML: questionnaire order, each question preceded by its number
 * and wording (taken from the questionnaire definition, never retyped), and a
 * `# TODO` comment on every value a human must check or fill.
 */

/** A link as a content file writes it: a bare URL, or `{ url, label }`. */
export type DraftLink = StoredLink;

export interface Draft {
  readonly edition: number;
  readonly city: {
    readonly name?: string;
    readonly local_name?: string;
    readonly country?: string;
    readonly coordinates?: { readonly lat: number; readonly lon: number };
  };
  readonly submitted?: string;
  readonly source?: { readonly document?: string; readonly format?: string; readonly note?: string };
  /** Transcriber notes by question id. */
  readonly notes: Readonly<Record<string, string>>;
  /** Answers by question id, then field key. Closed fields missing here are written as `not_answered`. */
  readonly answers: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Path (`submitted`, `city.coordinates`, `answers.III.2.sendai`) -> what a human must do. Shown as `# TODO …`. */
  readonly todos: Readonly<Record<string, string>>;
  /** Path -> a short explanatory comment (not a TODO), e.g. how a closed answer was read. */
  readonly comments?: Readonly<Record<string, string>>;
}

export interface RenderOptions {
  /** Where the file will be written, to point the `$schema` line at public/schemas. */
  readonly file: string;
  /** The project root that holds public/schemas (default: the working directory). */
  readonly root?: string;
  /** Comment lines for the top of the file (without `#`). */
  readonly header?: readonly string[];
  /** Write commented-out placeholders for fields without a value (scaffolds do; imports do not). */
  readonly placeholders?: boolean;
}

/** The `$schema` path from the file's folder to public/schemas, e.g. `../../../public/schemas/lgq-2022.schema.json`. */
export function schemaPath(file: string, edition: number, root = process.cwd()): string {
  const target = resolve(root, 'public', 'schemas', jsonSchemaFileName(edition));
  return relative(dirname(resolve(file)), target)
    .split(sep)
    .join(posix.sep);
}

const indentBy = (text: string, n: number) =>
  text
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');

/** `key: value` as YAML at an indent; long single-line text is folded, multi-paragraph text kept literal. */
function keyValue(key: string, value: unknown, indent: number): string {
  const doc = new Document({ [key]: value });
  if (typeof value === 'string' && !value.includes('\n') && value.length > 90) {
    const node = doc.get(key, true);
    if (node instanceof Scalar) node.type = Scalar.BLOCK_FOLDED;
  }
  if (typeof value === 'string' && value.includes('\n')) {
    const node = doc.get(key, true);
    if (node instanceof Scalar) node.type = Scalar.BLOCK_LITERAL;
  }
  return indentBy(doc.toString({ lineWidth: 100, minContentWidth: 40 }).trimEnd(), indent);
}

/** Append a comment to the first line of a rendered field (or above it, for block values). */
function withComment(rendered: string, comment: string | undefined, indent: number): string {
  if (!comment) return rendered;
  const oneLine = comment.replace(/\s+/g, ' ');
  const lines = rendered.split('\n');
  if (lines.length === 1) return `${rendered} # ${oneLine}`;
  return `${' '.repeat(indent)}# ${oneLine}\n${rendered}`;
}

const TODO = (reason: string) => `TODO ${reason}`;

/** A comment wrapped to about 100 columns, continuation lines indented. */
function commentLines(text: string, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const width = Math.max(40, 98 - indent);
  return (text.match(new RegExp(`.{1,${width}}(?:\\s|$)|\\S+`, 'g')) ?? []).map((l, i) => `${pad}#${i ? '   ' : ' '}${l.trimEnd()}`);
}

/** Render a draft as the text of a content file. */
export function renderDraft(draft: Draft, options: RenderOptions): string {
  const def = getEdition(draft.edition);
  const todos = draft.todos;
  const comments = draft.comments ?? {};
  const note = (path: string) => (todos[path] ? TODO(todos[path]) : comments[path]);
  const out: string[] = [`# yaml-language-server: $schema=${schemaPath(options.file, draft.edition, options.root)}`];
  if (options.header?.length) out.push('#', ...options.header.map((l) => (l ? `# ${l}` : '#')));
  out.push(`edition: ${draft.edition}`);

  // city
  out.push('city:');
  const city = draft.city;
  out.push(
    withComment(
      keyValue('name', city.name ?? null, 2),
      note('city.name') ?? (city.name ? undefined : TODO('the city name as the city writes it in English')),
      2,
    ),
  );
  if (city.local_name) out.push(keyValue('local_name', city.local_name, 2));
  else out.push('  # local_name: the name in the local language and script, if different (e.g. Алматы)');
  out.push(
    withComment(
      keyValue('country', city.country ?? null, 2),
      note('city.country') ?? (city.country ? undefined : TODO('ISO 3166-1 alpha-2 code, e.g. KZ')),
      2,
    ),
  );
  out.push('  # Not part of the response: city centre, for the map.');
  if (city.coordinates) out.push(`  coordinates: { lat: ${city.coordinates.lat}, lon: ${city.coordinates.lon} }`);
  else
    out.push(
      `  coordinates: { lat: null, lon: null } # ${TODO(todos['city.coordinates'] ?? 'decimal degrees (WGS 84) of the city centre')}`,
    );

  out.push(
    withComment(
      keyValue('submitted', draft.submitted ?? null, 0),
      note('submitted') ?? (draft.submitted ? undefined : TODO('date the city submitted the form, YYYY-MM-DD')),
      0,
    ),
  );

  out.push('source:');
  const src = draft.source ?? {};
  out.push(
    withComment(
      keyValue('document', src.document ?? null, 2),
      src.document ? undefined : TODO('file name of the document the city returned'),
      2,
    ),
  );
  out.push(
    withComment(
      keyValue('format', src.format ?? null, 2),
      src.format ? undefined : TODO('what the document is, e.g. "Word document of the filled-in LGQ form"'),
      2,
    ),
  );
  if (src.note) out.push(keyValue('note', src.note, 2));
  else out.push('  # note: anything a reader should know about the source document');

  out.push('# Field paths the city asked to withhold from pages, search and downloads, e.g. I.3.cio.phone');
  out.push('withheld: []');

  const noteIds = def.questions.map((q) => q.id).filter((id) => draft.notes[id]);
  if (noteIds.length) {
    out.push('# Transcriber notes by question id: how an answer was read from the source.');
    out.push('notes:');
    for (const id of noteIds) out.push(keyValue(id, draft.notes[id], 2));
  } else {
    out.push('# Transcriber notes by question id: how an answer was read from the source, e.g.');
    out.push("#   IV.4: The respondent's text states that the statistics are published yearly.");
    out.push('notes: {}');
  }

  out.push('answers:');
  let section = '';
  for (const q of def.questions) {
    if (q.section !== section) {
      section = q.section;
      const title = def.sections.find((s) => s.id === section)?.title ?? '';
      out.push('', `  # ${section}. ${title}`);
    }
    out.push(...commentLines(`${q.id}  ${q.wording}`, 2));
    const answer = draft.answers[q.id] ?? {};
    const body: string[] = [];
    for (const f of q.fields) {
      const path = `answers.${q.id}.${f.key}`;
      const hints = FIELD_KINDS[f.kind].scaffold;
      let value: unknown = answer[f.key] ?? hints.whenMissing;
      if (options.placeholders) {
        if (hints.intro) body.push(...hints.intro(f).map((line) => `    # ${line}`));
        else if (f.wording) body.push(...commentLines(f.wording, 4));
      }
      if (value === undefined) {
        if (options.placeholders) {
          if (hints.emptyValue) value = hints.emptyValue();
          else {
            body.push(...(hints.example?.(f, draft.edition) ?? []).map((line) => `    # ${line}`));
            continue;
          }
        } else {
          if (todos[path]) body.push(`    # ${f.key}: ${TODO(todos[path])}`);
          else if (comments[path]) body.push(`    # ${f.key}: ${comments[path]}`);
          continue;
        }
      }
      const fieldComment = note(path) ?? (options.placeholders ? hints.valueComment : undefined);
      body.push(withComment(keyValue(f.key, value, 4), fieldComment, 4));
    }
    if (body.some((l) => !/^\s*#/.test(l))) out.push(`  ${q.id}:`, ...body);
    else out.push(`  ${q.id}: {}`, ...body);
  }
  return `${out.join('\n')}\n`;
}
