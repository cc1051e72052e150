// The questionnaire's wording is the form's: every wording string of the 2022 module (question and
// field wording, checklist items, choice options, section titles, footnote texts and terms, the
// introduction) must be found in the form as Almaty returned it (content/sources/2022/almaty.txt),
// after the text export's Markdown and whitespace are normalised. Where the export breaks a sentence
// across a page (footnotes or a running header in between, a line wrapped mid-word), the form's body
// is read with those lines taken out and the pieces joined, so a split wording is compared whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionHeading, getEdition } from '../../../src/questionnaire/index.ts';
import { ALMATY_SOURCE } from '../../helpers/paths.ts';

const def = getEdition(2022);
const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/g;
const FOOTNOTE_LINE = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*/;

/** One line of the export as plain words: no Markdown, footnote markers, "(New)" marks or list bullets. */
export function normalise(line: string): string {
  return line
    .replace(/<((?:https?|mailto):[^<>\s]+)>/g, '$1')
    .replace(/\[([^\]]+)\]\(#?\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(SUPERSCRIPT_DIGITS, '')
    .replace(/\s*\(New\)\s*$/, '')
    .replace(/^-\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lines joined into one text; a line ending in a hyphen ("e-") continues the word on the next. */
export function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => (!text ? line : text.endsWith('-') ? `${text}${line}` : `${text} ${line}`), '');
}

const raw = readFileSync(ALMATY_SOURCE, 'utf8').split('\n');
const furniture = new Set(def.boilerplate);
const isFootnote = (line: string) => FOOTNOTE_LINE.test(line.trim());
/** The form's running text, with footnotes and page furniture lifted out so split sentences join. */
const body = joinLines(raw.filter((l) => l.trim() && !isFootnote(l) && !furniture.has(normalise(l))).map(normalise));
/** The footnotes, by number. */
const footnotes = new Map(
  raw.filter(isFootnote).map((l) => {
    const marker = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+/.exec(l.trim())?.[0] ?? '';
    const number = Number([...marker].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join(''));
    return [number, normalise(l.trim().replace(FOOTNOTE_LINE, ''))];
  }),
);

describe('normalise and joinLines', () => {
  it.each([
    ['bold and footnote markers', 'a **Chief Information Officer (CIO)**⁵ to', 'a Chief Information Officer (CIO) to'],
    ['autolinks', 'a. E-services²: <https://egov.kz/cms/en>', 'a. E-services: https://egov.kz/cms/en'],
    ['placeholder links', 'in the [UN Knowledgebase](#) unless', 'in the UN Knowledgebase unless'],
    ['(New) marks', 'makes specific reference to SDG 11 (New)', 'makes specific reference to SDG 11'],
    ['bullets', '- makes specific reference to social media.', 'makes specific reference to social media.'],
  ])('%s', (_what, line, expected) => {
    expect(normalise(line)).toBe(expected);
  });
  it('joins a word wrapped at a hyphen, and other lines with a space', () => {
    expect(joinLines(['to manage its e-', 'Government programs', 'and more'])).toBe('to manage its e-Government programs and more');
  });
});

/** Every wording string of the edition, named by where it is. */
function wordings(): [string, string][] {
  const out: [string, string][] = [['introduction', def.introduction]];
  for (const s of def.sections) out.push([`section ${s.id}`, s.title]);
  for (const q of def.questions) {
    out.push([`${q.id} wording`, q.wording]);
    for (const f of q.fields) {
      if (f.wording) out.push([`${q.id}.${f.key} wording`, f.wording]);
      for (const o of f.options ?? []) out.push([`${q.id}.${f.key} option ${o.value}`, o.label]);
    }
  }
  return out;
}

describe('the LGQ 2022 module’s wording is the form’s', () => {
  it('has wording to compare', () => {
    expect(wordings().length).toBeGreaterThan(60);
    expect(body.length).toBeGreaterThan(5000);
  });

  it.each(wordings())('%s is in the form', (_where, text) => {
    expect(body).toContain(normalise(text));
  });

  it.each(def.definitions.map((d) => [d.footnote, d] as const))('footnote %i is the form’s footnote, word for word', (number, d) => {
    expect(footnotes.get(number)).toBe(normalise(d.text));
  });

  it.each(def.definitions.flatMap((d) => (d.term ? [[d.footnote, d.term] as const] : [])))(
    'footnote %i’s term "%s" is the one the form marks in bold',
    (number, term) => {
      const line = raw.find(
        (l) => FOOTNOTE_LINE.test(l.trim()) && footnotes.get(number) === normalise(l.trim().replace(FOOTNOTE_LINE, '')),
      );
      expect(line, `footnote ${String(number)}`).toContain(`**${term}`);
    },
  );

  it.each(def.definitions.map((d) => [d.footnote, d] as const))(
    'footnote %i has a term only if the form names one; a heading of the site’s own says so',
    (number, d) => {
      const line = raw.find((l) => isFootnote(l) && l.trim().startsWith([...String(number)].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]).join('')));
      const namesTerm = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*\*\*/.test(line?.trim() ?? '');
      expect(d.term !== undefined).toBe(namesTerm);
      expect(definitionHeading(d)).toBe(d.term ?? `${d.siteHeading ?? ''} (heading added by this site)`);
    },
  );

  it('has a footnote for every footnote of the form, and no other', () => {
    expect(def.definitions.map((d) => d.footnote).sort((a, b) => a - b)).toEqual([...footnotes.keys()].sort((a, b) => a - b));
  });
});

describe('footnotes are attached where the form attaches them', () => {
  /** Footnote number -> the wording strings (question or field) whose markers the form prints it at. */
  const attached = new Map<number, string[]>();
  for (const q of def.questions) {
    const add = (ids: readonly string[] | undefined, where: string) => {
      for (const id of ids ?? []) {
        const d = def.definitions.find((x) => x.id === id);
        if (d) attached.set(d.footnote, [...(attached.get(d.footnote) ?? []), where]);
      }
    };
    add(q.definitions, q.id);
    for (const f of q.fields) add(f.definitions, `${q.id}.${f.key}`);
  }
  /** Where the form prints each marker: the question (or item) whose wording holds it. */
  const printedAt: Record<number, string> = {
    1: 'I.1',
    2: 'I.2.e_services',
    3: 'I.2.e_participation',
    4: 'I.2.open_government_data',
    5: 'I.3',
    6: 'III.2.vulnerable_groups',
    7: 'V.3',
  };

  it('the source prints each footnote marker once in the form’s body', () => {
    for (const n of Object.keys(printedAt).map(Number)) {
      const marker = [...String(n)].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]).join('');
      expect(
        raw.filter((l) => !isFootnote(l) && l.includes(marker)),
        `footnote ${n}`,
      ).toHaveLength(1);
    }
  });

  it.each(Object.entries(printedAt))('footnote %s is attached at %s only', (n, where) => {
    expect(attached.get(Number(n))).toEqual([where]);
  });
});
