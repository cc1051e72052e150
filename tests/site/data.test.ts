// Downloads and pages come from the same code: for every response of the built site (and of the
// demo build when there is one), every answer on its profile page equals the value in its JSON
// download and in the CSVs (the long one holds every value; the wide one agrees with it), and the
// downloads agree with each other.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attr, findAll, textOf } from '../helpers/html.ts';
import type { Element } from '../helpers/html.ts';
import { DEMO_DIST, DIST } from '../helpers/paths.ts';
import { BOM, csvColumns, readCell, wideTable } from '../../src/lib/export/index.ts';
import type { ExportedResponse } from '../../src/lib/export/index.ts';
import { exportedResponseSchemaFor } from '../../src/lib/export/schema.ts';
import { getEdition } from '../../src/questionnaire/index.ts';
import type { FieldDef } from '../../src/questionnaire/index.ts';
import { formatPercent, paragraphs } from '../../src/lib/format/text.ts';

const builds = [DIST, ...(existsSync(join(DEMO_DIST, 'index.html')) ? [DEMO_DIST] : [])];

const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const first = (root: Element, match: (el: Element) => boolean) => findAll(root, match)[0];
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text a sighted reader sees: screen-reader-only additions such as "(external link)" left out. */
function visibleText(el: Element): string {
  let text = '';
  const visit = (node: Element) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text' && 'value' in child) text += child.value;
      else if ('tagName' in child && !hasClass(child, 'visually-hidden')) visit(child);
    }
  };
  visit(el);
  return collapse(text);
}

function responseFiles(dist: string): string[] {
  const dir = join(dist, 'data', 'responses');
  return readdirSync(dir).flatMap((edition) => readdirSync(join(dir, edition)).map((f) => join(dir, edition, f)));
}

type Linkish = string | { url: string; label?: string };
const urlOf = (l: Linkish) => (typeof l === 'string' ? l : l.url);

describe.each(builds)('downloads and profile pages agree (%s)', (dist) => {
  const csvText = readFileSync(join(dist, 'data', 'lgq-responses.csv'), 'utf8');
  const csvRows = csvParse(csvText.startsWith(BOM) ? csvText.slice(1) : csvText);
  const bulk = JSON.parse(readFileSync(join(dist, 'data', 'lgq-responses.json'), 'utf8')) as {
    count: number;
    responses: ExportedResponse[];
  };
  const files = responseFiles(dist);
  const columns = csvColumns();
  const longText = readFileSync(join(dist, 'data', 'lgq-responses-long.csv'), 'utf8');
  const longRows = csvParse(longText.startsWith(BOM) ? longText.slice(1) : longText);
  // Each response's cells as the long CSV holds them: the value, or the token that says why there is none.
  const cellsById = new Map<string, Record<string, string>>();
  for (const l of longRows) {
    const id = l['response_id'] ?? '';
    const cells = cellsById.get(id) ?? {};
    cells[l['column'] ?? ''] = l['status'] === 'given' ? (l['value'] ?? '') : (l['status'] ?? '');
    cellsById.set(id, cells);
  }
  const wide = wideTable().columns;

  it('the wide CSV agrees with the long CSV: numbers, statuses and one-line values', () => {
    let compared = 0;
    for (const row of csvRows) {
      const cells = cellsById.get(row['id'] ?? '') ?? {};
      for (const c of wide) {
        if (c.of?.group !== 'answer' || !(c.of.name in cells)) continue;
        const long = cells[c.of.name] ?? '';
        const given = !['not_given', 'withheld'].includes(long);
        const cell = row[c.name] ?? '';
        if (c.name.endsWith('__status')) expect(cell, `${row['id']} ${c.name}`).toBe(given ? 'given' : long);
        else if (c.name.endsWith('__basis')) expect(['', 'ticked', 'written'], `${row['id']} ${c.name}`).toContain(cell);
        else if (c.type === 'number') expect(cell, `${row['id']} ${c.name}`).toBe(given ? String(Number(long)) : '');
        else expect(cell, `${row['id']} ${c.name}`).toBe(long);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(csvRows.length * 50);
    for (const row of csvRows) expect(Object.values(row).filter((v) => /[\r\n]/.test(v ?? ''))).toEqual([]);
  });

  /** Every record of every country file, with the file it came from. */
  const records = files.flatMap((file) =>
    (JSON.parse(readFileSync(file, 'utf8')) as { responses: ExportedResponse[] }).responses.map((r) => ({ file, r })),
  );

  it('has a country file record, a CSV row and a bulk JSON record for every response, and they agree', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(bulk.count).toBe(records.length);
    expect(csvRows.length).toBe(records.length);
    for (const { file, r } of records) {
      // Each file holds its country's responses to its edition: /data/responses/<edition>/<country>.json.
      expect(file.endsWith(join('responses', String(r.edition), `${r.country.code.toLowerCase()}.json`)), file).toBe(true);
      expect(bulk.responses.find((b) => b.id === r.id)).toEqual(r);
      expect(csvRows.filter((row) => row['id'] === r.id)).toHaveLength(1);
      expect(exportedResponseSchemaFor(r.edition).safeParse(r).error?.issues ?? []).toEqual([]);
    }
  });

  it('the /data/ page states the real size of each file it links', () => {
    const page = parse(readFileSync(join(dist, 'data', 'index.html'), 'utf8')) as unknown as Element;
    const rows = findAll(page, (e) => e.tagName === 'tr' && findAll(e, (c) => attr(c, 'data-bytes') !== undefined).length > 0);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const tr of rows) {
      const href = attr(findAll(tr, (e) => e.tagName === 'a')[0] as Element, 'href') ?? '';
      const stated = Number(attr(findAll(tr, (e) => attr(e, 'data-bytes') !== undefined)[0] as Element, 'data-bytes'));
      expect(statSync(join(dist, href)).size, href).toBe(stated);
    }
  });

  it('every answer on every profile page equals the JSON and the CSV', () => {
    let checked = 0;
    for (const { r } of records) {
      const row = cellsById.get(r.id) ?? {};
      const profilePath = new URL(r.profile, 'http://x').pathname;
      const html = readFileSync(join(dist, profilePath, 'index.html'), 'utf8');
      const doc = parse(html) as unknown as Element;
      const fields = new Map(
        findAll(doc, (el) => hasClass(el, 'answer__field') && attr(el, 'data-field') !== undefined).map((el) => [
          attr(el, 'data-field') ?? '',
          el,
        ]),
      );
      const def = getEdition(r.edition);
      for (const q of def.questions) {
        for (const f of q.fields) {
          const path = `${q.id}.${f.key}`;
          const where = `${r.id} ${path}`;
          const json = r.answers[q.id]?.[f.key];
          const withheld = r.withheld.includes(path);
          const el = fields.get(path);
          const cellNames = f.kind === 'person' ? ['name', 'title', 'organization'].map((p) => `${path}.${p}`) : [path];
          for (const name of cellNames)
            expect(
              columns.some((c) => c.name === name),
              `${where}: column ${name}`,
            ).toBe(true);
          const cell = row[path] ?? '';
          checked++;
          if (!el) {
            // Not shown: an unanswered question, or a free-text/link field the city left empty.
            expect(withheld, where).toBe(false);
            if (f.kind === 'closed' || f.kind === 'choice') {
              expect(json, where).toBe('not_answered');
              expect(cell, where).toBe('not_answered');
            } else {
              expect(json, where).toBeUndefined();
              for (const name of cellNames) expect(row[name], `${where} ${name}`).toBe('not_given');
            }
            continue;
          }
          if (first(el, (e) => hasClass(e, 'answer__withheld'))) {
            expect(withheld, where).toBe(true);
            expect(json, where).toBeUndefined();
            for (const name of cellNames) expect(row[name], `${where} ${name}`).toBe('withheld');
            continue;
          }
          if (first(el, (e) => hasClass(e, 'answer__not-given'))) {
            expect(json, where).toBeUndefined();
            expect(cell, where).toBe('not_given');
            continue;
          }
          expect(json, `${where}: shown on the page, so in the JSON`).toBeDefined();
          compareValue(f, el, json, row, path, where);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/** The links of an answer: not the "In the source: lines …" links, which point into the city's document. */
function answerLinks(el: Element): (string | undefined)[] {
  const evidence = new Set(findAll(el, (e) => hasClass(e, 'answer__source')).flatMap((s) => findAll(s, (e) => e.tagName === 'a')));
  return findAll(el, (e) => e.tagName === 'a' && !evidence.has(e)).map((a) => attr(a, 'href'));
}

function compareValue(f: FieldDef, el: Element, json: unknown, row: Record<string, string | undefined>, path: string, where: string) {
  const cell = row[path] ?? '';
  switch (f.kind) {
    case 'closed': {
      const state = first(el, (e) => attr(e, 'data-state') !== undefined);
      expect(state && attr(state, 'data-state'), where).toBe(json);
      expect(cell, where).toBe(json);
      return;
    }
    case 'choice': {
      const option = f.options?.find((o) => o.value === json);
      if (option) expect(textOf(el), where).toContain(option.label);
      else expect(attr(first(el, (e) => attr(e, 'data-state') !== undefined) ?? el, 'data-state'), where).toBe(json);
      expect(cell, where).toBe(json);
      return;
    }
    case 'percent': {
      const shown = first(el, (e) => hasClass(e, 'percent'));
      expect(shown && textOf(shown), where).toBe(formatPercent(json as number));
      expect(Number(cell), where).toBe(json);
      return;
    }
    case 'text': {
      const rich = first(el, (e) => hasClass(e, 'rich-text'));
      const shown = rich ? findAll(rich, (e) => e.tagName === 'p').map(visibleText) : [];
      expect(shown, where).toEqual(paragraphs(json as string).map(collapse));
      expect(cell, where).toBe(json);
      return;
    }
    case 'links': {
      const hrefs = answerLinks(el);
      const urls = (json as Linkish[]).map(urlOf);
      expect(hrefs, where).toEqual(urls);
      const decoded = readCell('links', cell) as { value: { url: string; label?: string }[] };
      expect(
        decoded.value.map((l) => l.url),
        where,
      ).toEqual(urls);
      for (const [i, l] of (json as Linkish[]).entries()) {
        if (typeof l !== 'string' && l.label) expect(decoded.value[i]?.label, where).toBe(l.label);
      }
      return;
    }
    case 'accounts': {
      const accounts = json as { platform: string; url: string }[];
      expect(answerLinks(el), where).toEqual(accounts.map((a) => a.url));
      expect((readCell('accounts', cell) as { value: unknown }).value, where).toEqual(
        accounts.map((a) => ({ platform: a.platform, url: a.url })),
      );
      return;
    }
    case 'figures': {
      const figures = json as { label: string; value: number }[];
      const items = findAll(el, (e) => e.tagName === 'li');
      expect(items.length, where).toBe(figures.length);
      const decoded = (readCell('figures', cell) as { value: { label: string; value: number }[] }).value;
      expect(
        decoded.map((d) => [d.label, d.value]),
        where,
      ).toEqual(figures.map((d) => [d.label, d.value]));
      for (const [i, fig] of figures.entries()) expect(textOf(items[i] as Element), where).toContain(fig.label);
      return;
    }
    case 'person': {
      const person = json as Record<string, string | undefined>;
      expect(person['email'], `${where}: no e-mail in downloads`).toBeUndefined();
      expect(person['phone'], `${where}: no phone in downloads`).toBeUndefined();
      const dts = findAll(el, (e) => e.tagName === 'dt');
      const shown = new Map(dts.map((dt) => [textOf(dt), dt]));
      for (const [part, label] of [
        ['name', 'Name'],
        ['title', 'Title'],
        ['organization', 'Organization'],
      ] as const) {
        const dt = shown.get(label);
        const cellValue = row[`${path}.${part}`];
        if (person[part] === undefined) {
          expect(dt, `${where}.${part}`).toBeUndefined();
          expect(['not_given', 'withheld'], `${where}.${part}`).toContain(cellValue);
        } else {
          // The dd after the dt holds the value.
          const dl = dts[0] ? findAll(el, (e) => e.tagName === 'dl')[0] : undefined;
          const children = (dl?.childNodes ?? []).filter((n): n is Element => 'tagName' in n);
          const dd = children[children.indexOf(dt as Element) + 1];
          expect(dd && textOf(dd), `${where}.${part}`).toBe(person[part]);
          expect(cellValue, `${where}.${part}`).toBe(person[part]);
        }
      }
      return;
    }
  }
}
