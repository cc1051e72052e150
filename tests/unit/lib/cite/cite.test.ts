import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import {
  accessDateIn,
  bibtex,
  bibtexEscape,
  bibtexKey,
  CITATION_FORMATS,
  citationFormats,
  citationText,
  cslItem,
  cslJson,
  datasetCitation,
  longDate,
  permalink,
  responseCitation,
  ris,
} from '../../../../src/lib/cite/index.ts';
import { DATASET_VERSION } from '../../../../src/lib/export/version.ts';

const almaty = { slug: 'almaty', edition: 2022, city: { name: 'Almaty' }, country: { name: 'Kazakhstan' }, submitted: '2023-05-03' };
const site = 'https://kb.example.org';
const options = { site, accessed: '2026-11-30', version: '2026.12' };
const record = responseCitation(almaty, options);
const noAddress = responseCitation(almaty, { ...options, site: undefined });

describe('permalink', () => {
  it('is the latest-edition profile by default and the edition path when asked; none without an origin', () => {
    expect(permalink(almaty, { site })).toBe('https://kb.example.org/cities/almaty/');
    expect(permalink(almaty, { site, editionPath: true })).toBe('https://kb.example.org/cities/almaty/2022/');
    expect(permalink(almaty, { site: undefined })).toBeUndefined();
  });
});

describe('longDate', () => {
  it('writes dates out without time-zone shifts', () => {
    expect(longDate('2023-05-03')).toBe('3 May 2023');
    expect(longDate('2026-12-31')).toBe('31 December 2026');
  });
  it('rejects what is not a date', () => {
    expect(() => longDate('03/05/2023')).toThrow(/YYYY-MM-DD/);
    expect(() => longDate('2023-13-01')).toThrow(/not a valid date/);
  });
});

describe('the citation record of a response', () => {
  it.each([
    ['key', 'lgq2022almaty'],
    ['author', 'Almaty city government (Kazakhstan)'],
    ['title', 'Response of Almaty to the Local Government Questionnaire (LGQ) 2022, United Nations E-Government Survey'],
    ['issued', '2023-05-03'],
    ['publisher', 'LGQ Knowledgebase'],
    ['version', '2026.12'],
    ['note', 'Self-reported; submitted 3 May 2023'],
    ['url', 'https://kb.example.org/cities/almaty/'],
    ['accessed', '2026-11-30'],
  ] as const)('has %s', (field, value) => {
    expect(record[field]).toBe(value);
  });
  it('names the current dataset version by default', () => {
    expect(responseCitation(almaty, { site, accessed: '2026-11-30' }).version).toBe(DATASET_VERSION);
  });
  it('rejects a malformed date instead of printing it', () => {
    expect(() => responseCitation(almaty, { site, accessed: 'today' })).toThrow(/Access date/);
    expect(() => responseCitation({ ...almaty, submitted: '3 May' }, options)).toThrow(/Submission date/);
  });
});

describe('the citation record of the data set', () => {
  const dataset = datasetCitation({ ...options, year: 2026 });
  it.each([
    ['key', 'lgq_knowledgebase_2026_12'],
    ['author', 'LGQ Knowledgebase contributors'],
    ['issued', '2026'],
    ['version', '2026.12'],
    ['note', 'Data set, licensed CC BY 4.0'],
    ['url', 'https://kb.example.org/data/'],
  ] as const)('has %s', (field, value) => {
    expect(dataset[field]).toBe(value);
  });
  it('gives no address without an origin', () => {
    expect(datasetCitation({ ...options, site: undefined, year: 2026 }).url).toBeUndefined();
  });
});

describe('citationText', () => {
  it('names the city government, the edition, the submission date, the dataset version, the permalink and the access date', () => {
    expect(citationText(record)).toBe(
      'Almaty city government (Kazakhstan) (2023). Response of Almaty to the Local Government Questionnaire (LGQ) 2022, ' +
        'United Nations E-Government Survey. Self-reported; submitted 3 May 2023. LGQ Knowledgebase, dataset version 2026.12. ' +
        'https://kb.example.org/cities/almaty/ (accessed 30 November 2026).',
    );
  });
  it('says nothing of an address when the build has none', () => {
    const text = citationText(noAddress);
    expect(text).toMatch(/dataset version 2026\.12\. Accessed 30 November 2026\.$/);
    expect(text).not.toMatch(/https?:|example/);
  });
  it('takes its wording from the interface language; names, dates and the permalink are not wording', () => {
    const xa = createI18n('en-XA');
    const text = citationText(responseCitation(almaty, options, xa), xa);
    expect(text.startsWith('⟦⟦Almaty çíţý ĝóṽéŕñɱéñţ (Kazakhstan)⟧ (2023). ⟦Ŕéšþóñšé óƒ Almaty')).toBe(true);
    expect(text).toContain('3 May 2023');
    expect(text).toContain('https://kb.example.org/cities/almaty/ (àççéššéđ 30 November 2026).⟧');
  });
  it('uses the year of submission, not the edition', () => {
    expect(citationText(responseCitation({ ...almaty, submitted: '2022-01-15' }, options))).toMatch(
      /^Almaty city government \(Kazakhstan\) \(2022\)\./,
    );
  });
});

describe('bibtex', () => {
  it('is a @misc entry with a stable key, version, url and urldate', () => {
    const entry = bibtex(record);
    expect(entry.split('\n')[0]).toBe('@misc{lgq2022almaty,');
    expect(entry).toContain('author       = {{Almaty city government (Kazakhstan)}}');
    expect(entry).toContain('year         = {2023}');
    expect(entry).toContain('version      = {2026.12}');
    expect(entry).toContain('url          = {https://kb.example.org/cities/almaty/}');
    expect(entry).toContain('urldate      = {2026-11-30}');
    expect(entry.trimEnd().endsWith('}')).toBe(true);
    // Braces balance, or BibTeX reads past the entry.
    expect([...entry].filter((c) => c === '{').length).toBe([...entry].filter((c) => c === '}').length);
  });
  it('has no url field without an address', () => {
    expect(bibtex(noAddress)).not.toMatch(/\burl\s+=/);
  });
  it('escapes characters special to TeX in names', () => {
    const entry = bibtex(responseCitation({ ...almaty, slug: 'st-john-s', city: { name: "St. John's & Co_ 100%" } }, options));
    expect(entry).toContain("St. John's \\& Co\\_ 100\\%");
    expect(bibtexKey({ slug: 'st-john-s', edition: 2024 })).toBe('lgq2024stjohns');
  });
  it('escapes backslashes and braces', () => {
    expect(bibtexEscape('a\\b{c}~^')).toBe('a\\textbackslash{}b\\{c\\}\\textasciitilde{}\\textasciicircum{}');
  });
});

describe('ris', () => {
  const lines = ris(record).split('\n');
  it.each([
    ['TY', 'DATA'],
    ['ID', 'lgq2022almaty'],
    ['AU', 'Almaty city government (Kazakhstan)'],
    ['TI', 'Response of Almaty to the Local Government Questionnaire (LGQ) 2022, United Nations E-Government Survey'],
    ['PY', '2023'],
    ['DA', '2023/05/03'],
    ['PB', 'LGQ Knowledgebase'],
    ['ET', '2026.12'],
    ['UR', 'https://kb.example.org/cities/almaty/'],
    ['Y2', '2026/11/30'],
    ['N1', 'Self-reported; submitted 3 May 2023'],
  ])('has %s', (tag, value) => {
    expect(lines.filter((l) => l.startsWith(`${tag}  - `))).toEqual([`${tag}  - ${value}`]);
  });
  it('starts with TY, ends with ER, and every line is a tag', () => {
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines.at(-1)).toBe('ER  - ');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });
  it('has no UR line without an address, and a year alone for the data set', () => {
    expect(ris(noAddress)).not.toContain('UR  - ');
    expect(ris(datasetCitation({ ...options, year: 2026 }))).toContain('DA  - 2026\n');
  });
  it('keeps a value with a line break on its line', () => {
    expect(ris({ ...record, note: 'one\ntwo' })).toContain('N1  - one two\n');
  });
});

describe('CSL-JSON', () => {
  it.each([
    ['id', 'lgq2022almaty'],
    ['type', 'dataset'],
    ['author', [{ literal: 'Almaty city government (Kazakhstan)' }]],
    ['issued', { 'date-parts': [[2023, 5, 3]] }],
    ['publisher', 'LGQ Knowledgebase'],
    ['version', '2026.12'],
    ['URL', 'https://kb.example.org/cities/almaty/'],
    ['accessed', { 'date-parts': [[2026, 11, 30]] }],
    ['note', 'Self-reported; submitted 3 May 2023'],
  ])('has %s', (field, value) => {
    expect(cslItem(record)[field]).toEqual(value);
  });
  it('is an array of one item that parses back to the same object, dates on one line', () => {
    const text = cslJson(record);
    expect(JSON.parse(text)).toEqual([cslItem(record)]);
    expect(text).toContain('"date-parts": [[2026, 11, 30]]');
    expect(JSON.parse(cslJson(datasetCitation({ ...options, year: 2026 })))[0].issued).toEqual({ 'date-parts': [[2026]] });
  });
  it('has no URL without an address', () => {
    expect(cslItem(noAddress)).not.toHaveProperty('URL');
  });
});

describe('citationFormats and accessDateIn', () => {
  it('writes the access date into every format the way accessDateIn says, once at the end', () => {
    const formats = citationFormats(record);
    for (const format of CITATION_FORMATS) {
      const date = accessDateIn(format, record.accessed);
      expect(formats[format]).toContain(date);
    }
    expect(accessDateIn('text', '2026-11-30')).toBe('30 November 2026');
    expect(accessDateIn('bibtex', '2026-11-30')).toBe('2026-11-30');
    expect(accessDateIn('ris', '2026-11-30')).toBe('2026/11/30');
    expect(accessDateIn('csl', '2026-11-30')).toBe('2026, 11, 30');
  });
});
