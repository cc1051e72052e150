import { readdir, readFile } from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isAlias, isNode, isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import { checkEvidence } from './evidence.ts';
import type { ReadSource } from './evidence.ts';
import type { z } from 'astro/zod';
import { EDITION_YEARS, getEdition, isKnownEdition } from '../../questionnaire/index.ts';
import { isSlug, RESERVED_SLUGS, SLUG_RULE, schemaForEdition } from '../../schemas/response.ts';
import type { ResponseData, SchemaOptions } from '../../schemas/response.ts';
import { sourcesDirFor } from '../data/content-dir.ts';
import { formatPath, locate, position } from './yaml-paths.ts';
import type { Located, PathSegment } from './yaml-paths.ts';

export { formatPath } from './yaml-paths.ts';

/** One thing wrong with a content file, pointing at the exact place. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Dotted path of the field, e.g. `answers.III.2.sendai`; `(file)` for whole-file problems. */
  readonly field: string;
  readonly message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.field}  ${p.message}`;
}

export interface ValidatedResponse {
  /** Path relative to the content folder's parent, as shown in messages. */
  readonly file: string;
  readonly slug: string;
  readonly edition: number;
  readonly data: ResponseData;
}

function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${String(v)}`;
}

/** Zod's default messages are terse; say what is expected in the maintainer's terms. */
function messageFor(issue: z.core.$ZodIssue, located: Located, value: unknown): string {
  if (!located.found && value === undefined) return 'is required but missing';
  if (issue.code === 'invalid_type') {
    const custom = issue.message.startsWith('Invalid input') ? `must be ${issue.expected}` : issue.message;
    return `${custom}, found ${describeValue(value)}`;
  }
  if (issue.code === 'invalid_union') {
    if (issue.path[0] === 'evidence')
      return 'must be source lines (194, "194-202" or "244-252, 256") or a mapping with `lines` and, where it applies, `basis` (ticked | written), `quote` (a percentage) or `quotes` (figures)';
    return typeof value === 'string' ? 'must be an absolute http:// or https:// URL' : 'must be a URL, or a mapping with `url` and `label`';
  }
  if (issue.code === 'invalid_value' && issue.values.length === 1 && typeof issue.values[0] === 'number') {
    return `must be ${String(issue.values[0])} (the edition of the folder this file is in), found ${describeValue(value)}`;
  }
  if (
    issue.code === 'invalid_value' ||
    issue.code === 'invalid_format' ||
    issue.code === 'custom' ||
    issue.code === 'too_small' ||
    issue.code === 'too_big'
  ) {
    return value === undefined ? issue.message : `${issue.message} (found ${describeValue(value)})`;
  }
  return issue.message;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

export interface ValidateOptions extends SchemaOptions {
  /** The edition the file's folder says it belongs to. */
  readonly edition: number;
  /** Reads source documents: given, the evidence block is checked against the response's source. */
  readonly readSource?: ReadSource;
}

/**
 * YAML that response files have no use for: anchors and aliases (`&a`, `*a`), which can expand a small
 * file into billions of nodes, and keys that are lists or mappings (`? [a, b]`), which have no field name.
 */
function refusedYaml(doc: Document, lines: LineCounter, file: string): Problem[] {
  const problems: Problem[] = [];
  visit(doc, (_key, node) => {
    // A key is a name: not a list or mapping, nor a scalar tagged into one (`!!binary :`).
    if (isPair(node) && node.key !== null && !(isScalar(node.key) && (typeof node.key.value !== 'object' || node.key.value === null))) {
      const { line, column } = position(lines, isNode(node.key) ? node.key : null);
      problems.push({
        file,
        line,
        column,
        field: '(yaml)',
        message: 'YAML key refused: a key must be a plain name, not a list or a mapping',
      });
      return undefined;
    }
    const alias = isAlias(node);
    if (!alias && !(isNode(node) && node.anchor)) return undefined;
    const { line, column } = position(lines, isNode(node) ? node : null);
    problems.push({
      file,
      line,
      column,
      field: '(yaml)',
      message: `YAML ${alias ? 'alias' : 'anchor'} refused: response files write every value out (no &anchors or *aliases)`,
    });
    return problems.length >= 20 ? visit.BREAK : undefined;
  });
  return problems;
}

/** One schema per edition and day: building it costs more than checking a file against it. */
const schemas = new Map<string, ReturnType<typeof schemaForEdition>>();
function cachedSchema(options: ValidateOptions): ReturnType<typeof schemaForEdition> {
  const key = `${String(options.edition)}|${(options.today ?? new Date()).toISOString().slice(0, 10)}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = schemaForEdition(options.edition, options)));
  return schema;
}

/** Validate the text of one YAML response file. Returns every problem found, each located. */
export function validateResponseText(text: string, file: string, options: ValidateOptions): { data?: ResponseData; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const problems: Problem[] = [];
  for (const err of [...doc.errors, ...doc.warnings]) {
    const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
    const first = (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ file, line: pos.line, column: pos.col, field: '(yaml)', message: `YAML syntax: ${first}` });
  }
  if (problems.length) return { problems };
  const aliases = refusedYaml(doc, lines, file);
  if (aliases.length) return { problems: aliases };

  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file, line: 1, column: 1, field: '(file)', message: 'must be a YAML mapping of fields (is the file empty?)' }] };
  }
  const result = cachedSchema(options).safeParse(data);
  if (result.success) {
    if (!options.readSource) return { data: result.data, problems };
    const source = options.readSource(options.edition, result.data.source.document);
    const evidence = checkEvidence({ file, doc, lineCounter: lines, def: getEdition(options.edition), data: result.data, source });
    return evidence.length ? { problems: sortProblems(evidence) } : { data: result.data, problems };
  }

  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const located = locate(doc, [...issue.path, key]);
        const { line, column } = position(lines, located.key ?? located.node);
        problems.push({
          file,
          line,
          column,
          field: formatPath([...issue.path, key]),
          message: `unknown field "${key}" (a typo? allowed here: see the JSON Schema or the questionnaire)`,
        });
      }
      continue;
    }
    const located = locate(doc, issue.path);
    const { line, column } = position(lines, located.found ? located.node : (located.key ?? located.node));
    problems.push({ file, line, column, field: formatPath(issue.path), message: messageFor(issue, located, valueAt(data, issue.path)) });
  }
  return { problems: sortProblems(problems) };
}

/** In file order; two checks can say the same thing about one value (e.g. URL format and protocol): said once. */
function sortProblems(problems: readonly Problem[]): Problem[] {
  const unique = [...new Map(problems.map((p) => [formatProblem(p), p])).values()];
  return unique.sort((a, b) => a.line - b.line || a.column - b.column);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return (
    entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      // Hidden files inside the folder are skipped; the folder itself may sit under one (e.g. .cache/fictional).
      .filter(
        (f) =>
          !relative(dir, f)
            .split(sep)
            .some((part) => part.startsWith('.')),
      )
      .sort()
  );
}

/** Collapses case and diacritics so "Zürich" and "zurich" count as the same city. */
function cityKey(name: string, country: string): string {
  return `${country}|${name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;
}

/** Reads `<folder>/<edition>/<document>`; undefined when there is no such file. */
export function sourceReader(folder: string): ReadSource {
  return (edition, document) => {
    const path = join(folder, String(edition), document);
    return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  };
}

export interface ContentValidation {
  readonly responses: ValidatedResponse[];
  readonly problems: Problem[];
  readonly fileCount: number;
}

/**
 * Validate every file under a responses folder (`<edition>/<slug>.yaml`).
 * Every file is accounted for: it is a valid response or it produces a problem.
 */
export async function validateContentDir(
  dir: string,
  options: SchemaOptions & { displayRoot?: string; sourcesDir?: string } = {},
): Promise<ContentValidation> {
  const root = options.displayRoot ?? process.cwd();
  const readSource = sourceReader(options.sourcesDir ?? sourcesDirFor(dir));
  const files = await listFiles(dir);
  const responses: ValidatedResponse[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, { file: string }>();

  for (const abs of files) {
    const file = relative(root, abs) || abs;
    const rel = relative(dir, abs).split(sep);
    const whole = (message: string, field = '(file)') => problems.push({ file, line: 1, column: 1, field, message });
    const name = rel.at(-1) ?? '';
    if (!name.endsWith('.yaml')) {
      whole(`is not a response file: responses are YAML files named <slug>.yaml${name.endsWith('.yml') ? ' (rename .yml to .yaml)' : ''}`);
      continue;
    }
    if (rel.length !== 2) {
      whole(`must sit directly in an edition folder: content/responses/<edition>/<slug>.yaml`);
      continue;
    }
    const editionDir = rel[0] ?? '';
    const edition = Number(editionDir);
    if (!/^\d{4}$/.test(editionDir) || !isKnownEdition(edition)) {
      whole(
        `is in folder "${editionDir}", but the questionnaire defines no such edition (known editions: ${EDITION_YEARS.join(', ')})`,
        'edition',
      );
      continue;
    }
    const slug = name.slice(0, -'.yaml'.length);
    if (!isSlug(slug)) whole(`file name "${slug}" breaks the slug rule: ${SLUG_RULE}`, '(file name)');
    else if (RESERVED_SLUGS.includes(slug))
      whole(`file name "${slug}" is reserved for the site's own pages (/cities/${slug}/…): add a word, e.g. "${slug}-city"`, '(file name)');

    const text = await readFile(abs, 'utf8');
    const result = validateResponseText(text, file, { ...options, edition, readSource });
    problems.push(...result.problems);
    if (!result.data) continue;

    const key = `${edition}|${cityKey(result.data.city.name, result.data.city.country)}`;
    const earlier = seen.get(key);
    if (earlier) {
      const lines = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lines });
      const { line, column } = position(lines, locate(doc, ['city', 'name']).node);
      problems.push({
        file,
        line,
        column,
        field: 'city.name',
        message: `${result.data.city.name} (${result.data.city.country}) already has a ${edition} response in ${earlier.file}: one file per city per edition`,
      });
      continue;
    }
    seen.set(key, { file });
    if (isSlug(slug) && !RESERVED_SLUGS.includes(slug)) responses.push({ file, slug, edition, data: result.data });
  }
  return { responses, problems, fileCount: files.length };
}

export { getEdition };
