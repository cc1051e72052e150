import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { bibtex, bibtexEscape, bibtexKey, citationText, longDate, permalink } from '../../../../src/lib/cite/index.ts';

const almaty = { slug: 'almaty', edition: 2022, city: { name: 'Almaty' }, country: { name: 'Kazakhstan' }, submitted: '2023-05-03' };
const site = 'https://kb.example.org';

describe('permalink', () => {
  it('is the latest-edition profile by default and the edition path when asked', () => {
    expect(permalink(almaty, { site })).toBe('https://kb.example.org/cities/almaty/');
    expect(permalink(almaty, { site, editionPath: true })).toBe('https://kb.example.org/cities/almaty/2022/');
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

describe('citationText', () => {
  it('names the city government, the edition, the submission date, the permalink and the access date', () => {
    expect(citationText(almaty, { site, accessed: '2026-11-30' })).toBe(
      'Almaty city government (Kazakhstan) (2023). Response of Almaty to the Local Government Questionnaire (LGQ) 2022, ' +
        'United Nations E-Government Survey. Self-reported; submitted 3 May 2023. LGQ Knowledgebase. ' +
        'https://kb.example.org/cities/almaty/ (accessed 30 November 2026).',
    );
  });
  it('takes its wording from the interface language; names, dates and the permalink are not wording', () => {
    const text = citationText(almaty, { site, accessed: '2026-11-30' }, createI18n('en-XA'));
    expect(text.startsWith('⟦⟦Almaty çíţý ĝóṽéŕñɱéñţ (Kazakhstan)⟧ (2023). ⟦Ŕéšþóñšé óƒ Almaty')).toBe(true);
    expect(text).toContain('3 May 2023');
    expect(text).toContain('https://kb.example.org/cities/almaty/ (àççéššéđ 30 November 2026).⟧');
  });
  it('uses the year of submission, not the edition', () => {
    expect(citationText({ ...almaty, submitted: '2022-01-15' }, { site, accessed: '2026-11-30' })).toMatch(
      /^Almaty city government \(Kazakhstan\) \(2022\)\./,
    );
  });
});

describe('bibtex', () => {
  it('is a @misc entry with a stable key, url and urldate', () => {
    const entry = bibtex(almaty, { site, accessed: '2026-11-30' });
    expect(entry.split('\n')[0]).toBe('@misc{lgq2022almaty,');
    expect(entry).toContain('author       = {{Almaty city government (Kazakhstan)}}');
    expect(entry).toContain('year         = {2023}');
    expect(entry).toContain('url          = {https://kb.example.org/cities/almaty/}');
    expect(entry).toContain('urldate      = {2026-11-30}');
    expect(entry.trimEnd().endsWith('}')).toBe(true);
    // Braces balance, or BibTeX reads past the entry.
    expect([...entry].filter((c) => c === '{').length).toBe([...entry].filter((c) => c === '}').length);
  });
  it('escapes characters special to TeX in names', () => {
    const entry = bibtex({ ...almaty, slug: 'st-john-s', city: { name: "St. John's & Co_ 100%" } }, { site, accessed: '2026-11-30' });
    expect(entry).toContain("St. John's \\& Co\\_ 100\\%");
    expect(bibtexKey({ slug: 'st-john-s', edition: 2024 })).toBe('lgq2024stjohns');
  });
  it('rejects a malformed access date instead of printing it', () => {
    expect(() => bibtex(almaty, { site, accessed: 'today' })).toThrow(/Access date/);
  });
  it('escapes backslashes and braces', () => {
    expect(bibtexEscape('a\\b{c}~^')).toBe('a\\textbackslash{}b\\{c\\}\\textasciitilde{}\\textasciicircum{}');
  });
});
