import { csvParse, csvParseRows } from 'd3-dsv';
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
  longCsv,
  normalise,
  NOT_GIVEN,
  readCell,
  responsesCsv,
  WITHHELD,
  wideTable,
} from '../../../../src/lib/export/index.ts';
import type { CellKind, ColumnDef, ExportedResponse } from '../../../../src/lib/export/index.ts';
import { exportedResponseSchema } from '../../../../src/lib/export/schema.ts';
import type { CityResponse } from '../../../../src/lib/data/response.ts';
import { columnName, getEdition, PERSON_PARTS } from '../../../../src/questionnaire/index.ts';
import { schemaForEdition } from '../../../../src/schemas/response.ts';
import { almaty, awkward } from '../../../helpers/export-fixtures.ts';

const def = getEdition(2022);

/** Parse our CSV the way a data user would: strip the BOM, then d3-dsv. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  return csvParseRows(text.slice(1).replace(/\n$/, ''));
}

const basisIn = (fields: CityResponse['evidence']['fields'], qid: string, key: string) => {
  const e = fields[qid]?.[key];
  return e && 'basis' in e ? (e.basis ?? '') : '';
};

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
    expect(dict.flatMap((d) => d.wide_columns.split(' ').filter(Boolean))).toEqual(wideTable().columns.map((c) => c.name));
    expect(dict.find((d) => d.column === 'IV.1.percent')).toMatchObject({
      value_type: 'number',
      wide_columns: 'IV.1.percent IV.1.percent__status',
    });
    expect(dict.find((d) => d.column === 'III.1.answer')).toMatchObject({
      value_type: 'string',
      wide_columns: 'III.1.answer III.1.answer__basis',
    });
    expect(dict.find((d) => d.column === 'III.1.explanation')).toMatchObject({ value_type: '', wide_columns: 'III.1.explanation__status' });
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

describe('responses CSV (wide) and long CSV', () => {
  const responses = [almaty(), awkward()];
  const downloads = buildDownloads(responses);
  const tableResponses = downloads.exported.map((exported, i) => ({ exported, evidence: responses[i]!.evidence }));
  const exported = downloads.exported;
  const csv = responsesCsv(tableResponses);
  const rows = parseCsv(csv);
  const wide = wideTable().columns;
  const long = csvParse(longCsv(tableResponses).slice(1));
  const columns = csvColumns();
  const wideCell = (row: number, name: string) => rows[row]?.[wide.findIndex((c) => c.name === name)];
  const longCell = (id: string, column: string, key: string) => long.find((r) => r['response_id'] === id && r['column'] === column)?.[key];

  it('starts with a byte-order mark and a header of the column names, one row per response', () => {
    expect(rows[0]).toEqual(wide.map((c) => c.name));
    expect(rows.length).toBe(1 + responses.length);
    for (const row of rows) expect(row.length).toBe(wide.length);
    expect(csv).toBe(downloads.responsesCsv);
  });

  it('the long CSV parses back (d3-dsv) to the same values as the JSON, for every answer column of every response', () => {
    let compared = 0;
    for (const r of exported) {
      for (const c of columns) {
        const kind = fieldKindOf(c);
        if (!kind) continue;
        const status = longCell(r.id, c.name, 'status') ?? '';
        const cell = status === 'given' ? (longCell(r.id, c.name, 'value') ?? '') : status;
        expect(readCell(kind, cell), `${r.id} ${c.name}`).toEqual(expectedFromJson(r, c));
        compared++;
      }
    }
    const fieldCount = def.questions.flatMap((q) => q.fields).reduce((n, f) => n + (f.kind === 'person' ? 3 : 1), 0);
    expect(compared).toBe(fieldCount * exported.length);
    expect(long.length).toBe(compared);
  });

  it('keeps every wide cell on one line, and leaves blank only the cells that may be blank', () => {
    for (const row of rows.slice(1)) {
      expect(row.filter((cell) => /[\r\n]/.test(cell))).toEqual([]);
      expect(wide.filter((c, j) => c.required && row[j] === '').map((c) => c.name)).toEqual([]);
    }
  });

  it('holds numbers only in number columns, blank when there is none, with the reason beside', () => {
    expect(wideCell(1, 'III.3.percent')).toBe('0.71');
    expect(wideCell(1, 'III.3.percent__status')).toBe('given');
    expect(wideCell(1, 'IV.2.percent')).toBe('');
    expect(wideCell(1, 'IV.2.percent__status')).toBe(NOT_GIVEN);
    expect(wideCell(2, 'IV.1.percent')).toBe('0.71');
    for (const c of wide.filter((w) => w.type === 'number'))
      for (const row of rows.slice(1)) expect(row[wide.indexOf(c)], c.name).toMatch(/^(-?\d+(\.\d+)?)?$/);
  });

  it('writes how each yes/no was read (written, ticked or blank), and the source lines and quote, from the evidence', () => {
    const almatyEvidence = responses[0]!.evidence.fields;
    const written = Object.entries(almatyEvidence).flatMap(([qid, fields]) =>
      Object.entries(fields).flatMap(([key, e]) => ('basis' in e && e.basis === 'written' ? [`${qid}.${key}`] : [])),
    );
    expect(written).toContain('III.1.answer');
    for (const name of written) expect(wideCell(1, `${name}__basis`), name).toBe('written');
    expect(wideCell(1, 'III.2.sendai__basis')).toBe(basisIn(almatyEvidence, 'III.2', 'sendai'));
    expect(wideCell(2, 'III.1.answer__basis')).toBe('');
    expect(longCell('2022/almaty', 'III.1.answer', 'basis')).toBe('written');
    expect(longCell('2022/almaty', 'III.3.percent', 'quote')).toContain('was 0.71 %');
    expect(longCell('2022/almaty', 'IV.1.percent', 'quote')).toBe('The overall share of electronic services was 93.3%.');
    expect(longCell('2022/almaty', 'IV.1.percent', 'evidence_lines')).toBe('194');
    expect(longCell('2022/almaty', 'III.1.answer', 'evidence_lines')).toMatch(/^\d+(-\d+)?(, \d+(-\d+)?)*$/);
  });

  it('moves texts, links, figures and accounts to the long CSV (the wide one has their status), keeping quotes, commas and formula-like text', () => {
    expect(wide.map((c) => c.name)).not.toContain('I.3.national_link');
    expect(wideCell(2, 'I.3.national_link__status')).toBe('given');
    expect(longCell('2022/quillon', 'I.3.national_link', 'value')).toBe(
      'Line one, with a comma.\n\nSecond paragraph with "quotes"\nand a break.',
    );
    expect(longCell('2022/quillon', 'II.1.adoption', 'value')).toBe('=SUM(A1:A2) is text here, not a formula');
    expect(longCell('2022/quillon', 'I.1.portals', 'value')).toBe(
      'https://portal.quillon.example/\nhttps://b.quillon.example/a?x=1,2 (Portal, "second" (old))',
    );
    expect(longCell('2022/quillon', 'IV.1.figures', 'value')).toBe('Services: total (2021): 1234567 services\nKinds: 12');
    expect(longCell('2022/quillon', 'VI.1.accounts', 'value')).toBe('https://social.example/@quillon (Fedi (main))');
    expect(longCell('2022/quillon', 'II.1.national', 'note')).toBe('Read from the scan.');
    expect(wideCell(2, 'local_name')).toBe('Quillôn');
    expect(wideCell(2, 'notes.II.1')).toBe('Read from the scan.');
    expect(wideCell(2, 'notes.III.1')).toBe(NOT_GIVEN);
  });

  it('writes closed answers as explicit states', () => {
    expect(wideCell(1, 'city')).toBe('Almaty');
    expect(wideCell(1, 'III.2.sendai')).toBe('not_legible_in_source');
    expect(wideCell(1, 'III.1.answer')).toBe('yes');
    expect(wideCell(1, 'I.3.cio.name')).toBe('Bayan Konirbayev');
    expect(wideCell(1, 'fictional')).toBe('false');
  });

  it('writes withheld fields as "withheld" and never their values, nor e-mails or phones', () => {
    expect(wideCell(2, 'III.3.explanation__status')).toBe(WITHHELD);
    expect(longCell('2022/quillon', 'III.3.explanation', 'status')).toBe(WITHHELD);
    expect(longCell('2022/quillon', 'III.3.explanation', 'value')).toBe('');
    expect(wideCell(2, 'II.1.local')).toBe(WITHHELD);
    expect(wideCell(2, 'I.3.cio.title')).toBe(WITHHELD);
    expect(wideCell(2, 'I.3.cio.name')).toBe('Ana Fictional');
    expect(wideCell(2, 'withheld')).toBe('III.3.explanation I.3.cio.title II.1.local');
    for (const text of [csv, downloads.longCsv, downloads.citiesCsv]) {
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
  });

  it('lists the cities as the cities index does', () => {
    const cities = csvParse(downloads.citiesCsv.slice(1));
    expect(cities.map((c) => [c['id'], c['region'], c['city'], c['edition'], c['latest_edition']])).toEqual([
      ['2022/almaty', 'Asia', 'Almaty', '2022', 'true'],
      ['2022/quillon', 'Europe', 'Quillon', '2022', 'true'],
    ]);
  });
});

describe('JSON downloads', () => {
  const responses = [almaty(), awkward()];
  const downloads = buildDownloads(responses, 'https://kb.example.org');

  /** The one response of a country file (the fixtures have one city per country). */
  const only = (r: { edition: number; country: { code: string } }) => {
    const doc = JSON.parse(downloads.responseJson(r)) as { count: number; responses: ExportedResponse[] };
    expect(doc.count).toBe(1);
    return doc.responses[0]!;
  };

  it('never contain officials e-mails or phones, nor withheld values, in the bulk file or a country file', () => {
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
    const quillon = only({ edition: 2022, country: { code: 'FR' } });
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
    const almatyJson = only({ edition: 2022, country: { code: 'KZ' } });
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
    const good = only({ edition: 2022, country: { code: 'FR' } }) as ExportedResponse & {
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
      { slug: 'almaty', name: 'Almaty', country: 'Kazakhstan', countryCode: 'KZ', edition: 2022 },
      { slug: 'quillon', name: 'Quillon', country: 'France', countryCode: 'FR', edition: 2022 },
    ]);
    expect(JSON.parse(downloads.citiesJson)).toEqual(cityList(responses));
  });

  it('puts the responses of one country and edition in one file, with the bulk file’s header', () => {
    const two = buildDownloads([
      almaty(),
      { ...almaty(), slug: 'almaty-2', id: '2022/almaty-2', city: { ...almaty().city, name: 'Almaty Two' } },
    ]);
    const doc = JSON.parse(two.responseJson({ edition: 2022, country: { code: 'KZ' } })) as {
      title: string;
      description: string;
      count: number;
      responses: ExportedResponse[];
    };
    expect(doc.count).toBe(2);
    expect(doc.responses.map((r) => r.slug)).toEqual(['almaty', 'almaty-2']);
    expect(doc.description).toMatch(/^The responses from Kazakhstan to the LGQ 2022,/);
    expect(() => two.responseJson({ edition: 2022, country: { code: 'FR' } })).toThrow(/No response from FR to 2022/);
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
