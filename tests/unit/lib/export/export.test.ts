import { readFileSync } from 'node:fs';
import { csvParse, csvParseRows } from 'd3-dsv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  BOM,
  buildDownloads,
  cityList,
  csvColumns,
  dataDictionary,
  dictionaryCsv,
  encodeCell,
  exportResponse,
  exportResponses,
  normalise,
  NOT_GIVEN,
  readCell,
  responsesCsv,
  WITHHELD,
} from '../../../../src/lib/export/index.ts';
import type { CellKind, ColumnDef, ExportedResponse } from '../../../../src/lib/export/index.ts';
import { exportedResponseSchema } from '../../../../src/lib/export/schema.ts';
import { toCityResponse } from '../../../../src/lib/data/response.ts';
import type { CityResponse } from '../../../../src/lib/data/response.ts';
import { columnName, getEdition, PERSON_PARTS } from '../../../../src/questionnaire/index.ts';
import { schemaForEdition } from '../../../../src/schemas/response.ts';
import type { ResponseData } from '../../../../src/schemas/response.ts';
import { fictionalResponse } from '../../../helpers/responses.ts';

const def = getEdition(2022);

function almaty(): CityResponse {
  const data = schemaForEdition(2022).parse(parseYaml(readFileSync('content/responses/2022/almaty.yaml', 'utf8')));
  return toCityResponse('almaty', data as ResponseData);
}

/** A fictional response that exercises every awkward case: withheld parts, labels, quotes, commas, line breaks, formulas. */
function awkward(): CityResponse {
  return fictionalResponse(
    'quillon',
    {
      'I.1': {
        portals: ['https://portal.quillon.example/', { url: 'https://b.quillon.example/a?x=1,2', label: 'Portal, "second" (old)' }],
      },
      'I.3': {
        cio: { name: 'Ana Fictional', title: 'CIO', email: 'ana@quillon.example', phone: '+33 1 23 45 67 89' },
        national_link: 'Line one, with a comma.\n\nSecond paragraph with "quotes"\nand a break.',
      },
      'II.1': { national: 'yes', local: 'no', adoption: '=SUM(A1:A2) is text here, not a formula' },
      'III.2': { sendai: 'yes', sdg11: 'not_legible_in_source' },
      'III.3': { percent: 2.5, explanation: 'Secret budget text' },
      'IV.1': {
        percent: 0.71,
        figures: [
          { label: 'Services: total', value: 1234567, unit: 'services', year: 2021 },
          { label: 'Kinds', value: 12 },
        ],
      },
      'VI.1': { accounts: [{ platform: 'Fedi (main)', url: 'https://social.example/@quillon' }] },
      'IX.1': { respondent: { name: 'Bo Example', email: 'bo@quillon.example' }, status: 'other', status_other: 'Both, partly' },
    },
    {
      withheld: ['III.3.explanation', 'I.3.cio.title', 'II.1.local'],
      notes: { 'II.1': 'Read from the scan.' },
      city: { name: 'Quillon', local_name: 'Quillôn', country: 'FR', coordinates: { lat: 45.1, lon: 2.25 } },
    },
  );
}

/** Parse our CSV the way a data user would: strip the BOM, then d3-dsv. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  return csvParseRows(text.slice(1).replace(/\n$/, ''));
}

const fieldKindOf = (c: ColumnDef): CellKind | undefined => {
  if (c.group !== 'answer') return undefined;
  if (c.type === 'person part') return 'text';
  return ['closed', 'choice', 'text', 'percent', 'links', 'figures', 'accounts'].includes(c.type) ? (c.type as CellKind) : undefined;
};

/** The value the JSON holds for a column, read without the CSV code: the expected cell. */
function expectedFromJson(r: ExportedResponse, c: ColumnDef): { token: string } | { value: unknown } {
  const [section, number, key, part] = c.name.split('.');
  const qid = `${section}.${number}`;
  const kind = fieldKindOf(c);
  if (!kind || !key) throw new Error(`not an answer column: ${c.name}`);
  if (r.withheld.includes(`${qid}.${key}`) || (part && r.withheld.includes(`${qid}.${key}.${part}`))) return { token: WITHHELD };
  let value = r.answers[qid]?.[key];
  if (part) value = (value as Record<string, unknown> | undefined)?.[part];
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return { token: NOT_GIVEN };
  return { value: normalise(kind, value) };
}

describe('CSV columns', () => {
  it('has a column for every field of the questionnaire, with the documented names', () => {
    const names = csvColumns().map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const q of def.questions) {
      for (const f of q.fields) {
        if (f.kind === 'person')
          for (const part of ['name', 'title', 'organization']) expect(names).toContain(`${columnName(q, f)}.${part}`);
        else expect(names).toContain(columnName(q, f));
      }
    }
    expect(names).toContain('III.2.sendai');
    expect(names).toContain('I.3.cio.name');
    expect(names.slice(0, 6)).toEqual(['id', 'slug', 'edition', 'city', 'local_name', 'country_code']);
  });

  it('has no column for e-mail addresses or phone numbers', () => {
    const names = csvColumns().map((c) => c.name);
    expect(names.filter((n) => /\.(email|phone)$/.test(n))).toEqual([]);
    expect(PERSON_PARTS).toContain('email');
  });

  it('describes every column in the data dictionary, with wording and allowed values from the questionnaire', () => {
    const dict = dataDictionary();
    expect(dict.map((d) => d.column)).toEqual(csvColumns().map((c) => c.name));
    const sendai = dict.find((d) => d.column === 'III.2.sendai');
    expect(sendai).toMatchObject({
      question_id: 'III.2',
      type: 'closed',
      allowed_values: 'yes | no | not_answered | not_legible_in_source',
    });
    expect(sendai?.question).toBe(def.questions.find((q) => q.id === 'III.2')?.wording);
    expect(sendai?.field_wording).toContain('Sendai Framework');
    expect(dict.find((d) => d.column === 'IV.1.percent')).toMatchObject({ type: 'percent', unit: '%' });
    const parsed = csvParse(dictionaryCsv().slice(1));
    expect(parsed.length).toBe(dict.length);
    expect(parsed[0]?.['column']).toBe('id');
  });
});

describe('responses CSV', () => {
  const responses = [almaty(), awkward()];
  const exported = exportResponses(responses);
  const csv = responsesCsv(exported);
  const rows = parseCsv(csv);
  const columns = csvColumns();

  it('starts with a byte-order mark and a header of the column names, one row per response', () => {
    expect(rows[0]).toEqual(columns.map((c) => c.name));
    expect(rows.length).toBe(1 + responses.length);
    for (const row of rows) expect(row.length).toBe(columns.length);
  });

  it('parses back (d3-dsv) to the same values as the JSON, for every answer column of every response', () => {
    let compared = 0;
    for (const [i, r] of exported.entries()) {
      const row = rows[i + 1] ?? [];
      for (const [j, c] of columns.entries()) {
        const kind = fieldKindOf(c);
        if (!kind) continue;
        expect(readCell(kind, row[j] ?? ''), `${r.id} ${c.name}`).toEqual(expectedFromJson(r, c));
        compared++;
      }
    }
    const fieldCount = def.questions.flatMap((q) => q.fields).reduce((n, f) => n + (f.kind === 'person' ? 3 : 1), 0);
    expect(compared).toBe(fieldCount * exported.length);
  });

  it('never leaves a cell blank', () => {
    for (const row of rows.slice(1)) expect(row.filter((cell) => cell.trim() === '')).toEqual([]);
  });

  it('keeps multi-line text, quotes and commas, and does not alter text that looks like a formula', () => {
    const row = rows[2] ?? [];
    const cell = (name: string) => row[columns.findIndex((c) => c.name === name)];
    expect(cell('I.3.national_link')).toBe('Line one, with a comma.\n\nSecond paragraph with "quotes"\nand a break.');
    expect(cell('II.1.adoption')).toBe('=SUM(A1:A2) is text here, not a formula');
    expect(cell('I.1.portals')).toBe('https://portal.quillon.example/\nhttps://b.quillon.example/a?x=1,2 (Portal, "second" (old))');
    expect(cell('IV.1.figures')).toBe('Services: total (2021): 1234567 services\nKinds: 12');
    expect(cell('VI.1.accounts')).toBe('https://social.example/@quillon (Fedi (main))');
    expect(cell('IV.1.percent')).toBe('0.71');
    expect(cell('local_name')).toBe('Quillôn');
    expect(cell('notes.II.1')).toBe('Read from the scan.');
    expect(cell('notes.III.1')).toBe(NOT_GIVEN);
  });

  it('writes closed answers as explicit states and absent values as not_given', () => {
    const row = rows[1] ?? [];
    const cell = (name: string) => row[columns.findIndex((c) => c.name === name)];
    expect(cell('city')).toBe('Almaty');
    expect(cell('III.2.sendai')).toBe('not_legible_in_source');
    expect(cell('III.1.answer')).toBe('yes');
    expect(cell('IV.2.percent')).toBe(NOT_GIVEN);
    expect(cell('III.3.percent')).toBe('0.71');
    expect(cell('I.3.cio.name')).toBe('Bayan Konirbayev');
    expect(cell('fictional')).toBe('false');
  });

  it('writes withheld fields as "withheld" and never their values, nor e-mails or phones', () => {
    const row = rows[2] ?? [];
    const cell = (name: string) => row[columns.findIndex((c) => c.name === name)];
    expect(cell('III.3.explanation')).toBe(WITHHELD);
    expect(cell('II.1.local')).toBe(WITHHELD);
    expect(cell('I.3.cio.title')).toBe(WITHHELD);
    expect(cell('I.3.cio.name')).toBe('Ana Fictional');
    for (const secret of [
      'Secret budget text',
      'ana@quillon.example',
      '+33 1 23 45 67 89',
      'bo@quillon.example',
      'b.konirbayev@a-a.kz',
      '+7 (727) 225-11-92',
      'o.zhanabek@a-a.kz',
    ]) {
      expect(csv).not.toContain(secret);
    }
  });
});

describe('JSON downloads', () => {
  const responses = [almaty(), awkward()];
  const downloads = buildDownloads(responses, 'https://kb.example.org');

  it('never contain officials e-mails or phones, nor withheld values, in the bulk file or a per-response file', () => {
    const texts = [downloads.responsesJson, ...responses.map((r) => downloads.responseJson(r))];
    for (const text of texts) {
      for (const secret of [
        'Secret budget text',
        'ana@quillon.example',
        '+33 1 23 45 67 89',
        'bo@quillon.example',
        'b.konirbayev@a-a.kz',
        '+7 (727) 225-11-92',
        'o.zhanabek@a-a.kz',
      ]) {
        expect(text).not.toContain(secret);
      }
    }
    const quillon = JSON.parse(downloads.responseJson({ slug: 'quillon', edition: 2022 })) as ExportedResponse;
    expect(quillon.answers['II.1']).toEqual({ national: 'yes', adoption: '=SUM(A1:A2) is text here, not a formula' });
    expect(quillon.answers['I.3']?.['cio']).toEqual({ name: 'Ana Fictional' });
    expect(quillon.withheld).toEqual(['III.3.explanation', 'I.3.cio.title', 'II.1.local']);
    expect(quillon.profile).toBe('https://kb.example.org/cities/quillon/');
    expect(quillon.indicators).toMatchObject({
      'services-online': 0.71,
      'services-mobile': 'not_given',
      'digital-budget': 2.5,
      'social-accounts': 1,
    });
    const almatyJson = JSON.parse(downloads.responseJson({ slug: 'almaty', edition: 2022 })) as ExportedResponse;
    expect(almatyJson.indicators).toMatchObject({
      'services-online': 93.3,
      satisfaction: 85.13,
      'strategy-items': 'not_legible_in_source',
    });
  });

  it('validate against the download schema (the content schema with fields optional), every response', () => {
    const doc = JSON.parse(downloads.responsesJson) as { count: number; responses: unknown[] };
    expect(doc.count).toBe(2);
    for (const r of doc.responses) expect(exportedResponseSchema(2022).safeParse(r).error?.issues ?? []).toEqual([]);
  });

  it('a record with an e-mail, a withheld value or a wrong closed state fails the download schema', () => {
    const good = JSON.parse(downloads.responseJson({ slug: 'quillon', edition: 2022 })) as ExportedResponse & {
      answers: Record<string, Record<string, unknown>>;
    };
    const schema = exportedResponseSchema(2022);
    const withEmail = structuredClone(good);
    (withEmail.answers['I.3']!['cio'] as Record<string, unknown>)['email'] = 'x@y.example';
    expect(schema.safeParse(withEmail).success).toBe(false);
    const withWithheld = structuredClone(good);
    withWithheld.answers['II.1']!['local'] = 'no';
    expect(schema.safeParse(withWithheld).success).toBe(false);
    const badState = structuredClone(good);
    badState.answers['II.1']!['national'] = true;
    expect(schema.safeParse(badState).success).toBe(false);
  });

  it('the response part of a per-response file (without the derived facts) is a valid content file when nothing is withheld', () => {
    const { id: _id, slug: _slug, country: _country, profile: _profile, indicators: _indicators, ...file } = exportResponse(almaty());
    expect(schemaForEdition(2022).safeParse(file).error?.issues ?? []).toEqual([]);
  });

  it('the city list holds only slug, name, country and edition', () => {
    expect(cityList(responses)).toEqual([
      { slug: 'almaty', name: 'Almaty', country: 'Kazakhstan', edition: 2022 },
      { slug: 'quillon', name: 'Quillon', country: 'France', edition: 2022 },
    ]);
    expect(JSON.parse(downloads.citiesJson)).toEqual(cityList(responses));
  });
});

describe('cell encoding refuses ambiguity', () => {
  it('throws rather than write a text that reads as a token, or a URL with a space', () => {
    expect(() => encodeCell('text', 'not_given')).toThrow(/token/);
    expect(() => encodeCell('links', ['https://a.example/x y'])).toThrow();
    expect(() => encodeCell('figures', [{ label: 'Budget (2021)', value: 3 }])).toThrow(/unambiguously/);
    expect(encodeCell('figures', [{ label: 'Budget (2021)', value: 3, year: 2022 }])).toBe('Budget (2021) (2022): 3');
  });
});
