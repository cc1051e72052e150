import { describe, expect, it, beforeAll } from 'vitest';
import { AlignmentType, CheckBox, Document, ExternalHyperlink, FootnoteReferenceRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { importQuestionnaire, htmlToText } from '../../../../src/lib/import/index.ts';
import type { ImportResult } from '../../../../src/lib/import/index.ts';
import { validateResponseText } from '../../../../src/lib/validate/index.ts';
import { answersOf, draftData, importText, OUT, problemsOutsideTodos } from './helpers.ts';

/*
 * A returned Word document, built here with the `docx` package (no binary is
 * committed): Word check-box content controls and typed ☒/☐ marks, automatic
 * numbering (which the conversion loses), a real footnote and hyperlinks.
 */

const p = (text: string) => new Paragraph(text);
const numbered = (...runs: (TextRun | FootnoteReferenceRun | CheckBox)[]) =>
  new Paragraph({ children: runs, numbering: { reference: 'questions', level: 0 } });
const boxes = (label: string, yes: boolean | null) =>
  new Paragraph({
    children: [
      new TextRun(label),
      new CheckBox({ checked: yes === true }),
      new TextRun(' Yes '),
      new CheckBox({ checked: yes === false }),
      new TextRun(' No'),
    ],
  });
const item = (checked: boolean, text: string) => new Paragraph({ children: [new CheckBox({ checked }), new TextRun(` ${text}`)] });

const CIO_WORDING = 'Does your city/municipality have a Chief Information Officer (CIO) to manage its e-Government programs/strategies?';

/** I.3 as a returned Word form prints it: Yes/No boxes on the wording line (by default) or on the next. */
function cioQuestion(has: boolean, where: 'same line' | 'next line' = 'same line'): Paragraph[] {
  const yesNo = [new CheckBox({ checked: has }), new TextRun(' Yes '), new CheckBox({ checked: !has }), new TextRun(' No')];
  const details = [p('Name: Kari Nordmann'), p('Title: Chief Digital Officer')];
  if (where === 'same line') return [numbered(new TextRun(`${CIO_WORDING} `), ...yesNo), ...details];
  return [numbered(new TextRun(CIO_WORDING)), new Paragraph({ children: yesNo }), ...details];
}

async function buildDocx(): Promise<Uint8Array> {
  const doc = new Document({
    footnotes: {
      1: {
        children: [
          p(
            'E-government or digital government will be used interchangeably in this Survey and is defined as delivering services online and engaging people by using Information and Communication Technologies (ICTs).',
          ),
        ],
      },
    },
    numbering: {
      config: [
        { reference: 'questions', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
      ],
    },
    sections: [
      {
        children: [
          p('Local Government Questionnaire (LGQ) for the United Nations E-Government Survey'),
          p('Tromsø'),
          p('Norway'),
          p('I. Institutional Framework'),
          numbered(
            new TextRun('What is the official '),
            new TextRun({ text: 'e-Government', bold: true }),
            new FootnoteReferenceRun(1),
            new TextRun(' portal of the city/municipality? If more than one exists, please list all.'),
          ),
          new Paragraph({
            children: [
              new ExternalHyperlink({ link: 'https://tromso.example.org/', children: [new TextRun('https://tromso.example.org/')] }),
            ],
          }),
          numbered(new TextRun('Please provide URLs for portals providing specific services/features')),
          new Paragraph({
            children: [
              new TextRun('c. Open government data: '),
              new ExternalHyperlink({ link: 'https://data.tromso.example.org/', children: [new TextRun('Open data portal')] }),
            ],
          }),
          ...cioQuestion(true),
          p('II. Legal Framework'),
          numbered(
            new TextRun(
              'Is there any legislation/regulations on digital government such as law on digital service provision or on access to information or data privacy at the:',
            ),
          ),
          boxes('National level? ', true),
          p('Local level? ☐ Yes ☒ No'),
          p('III. Strategy and Implementation'),
          numbered(
            new TextRun(
              'Is there a city/municipality e-Government Strategy or equivalent? If yes, please provide link and/or further details.',
            ),
          ),
          boxes('', true),
          p('The strategy runs from 2021 to 2025.'),
          numbered(
            new TextRun(
              'Please check whichever applies to the city/municipal e-Government Strategy or equivalent and provide link, details and/or specific references for the checked area.',
            ),
          ),
          item(true, 'has an implementation plan.'),
          item(false, 'is aligned with the national development strategy.'),
          item(true, 'is aligned with the sustainable development goals (SDGs).'),
          item(false, 'makes specific reference to cyber security.'),
          p('IV. Usage of online services'),
          numbered(new TextRun('Do you collect usage statistics of e-Government services?')),
          boxes('', false),
          p('V. User satisfaction'),
          numbered(new TextRun('Do you measure the satisfaction of citizens with the e-Government services provided?')),
          boxes('', null),
          p('IX. Contact and Additional Information'),
          p('Name: Kari Nordmann'),
          p('Title: Chief Digital Officer'),
          p('Email: kari.nordmann@tromso.example.org'),
          p('Submission Date: 3 May 2023'),
          p('Please select whichever applies:'),
          item(true, 'I am authorized and fully knowledgeable to respond to this questionnaire.'),
          item(false, 'I did not have the full information to respond to this questionnaire'),
          item(false, 'I mostly provided my own opinion/assessment rather than official information.'),
          item(false, 'Other:'),
          p('Thank you for taking the time to fill out the Local Government Questionnaire (LGQ) 2022.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

let result: ImportResult;
let answers: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  result = await importQuestionnaire({ fileName: 'tromso-lgq-2022.docx', content: await buildDocx() }, { out: OUT });
  answers = answersOf(draftData(result));
});

describe('importing a .docx questionnaire', () => {
  it('reads the city and the country from the top of the form, and the respondent', () => {
    expect(result.draft.city).toMatchObject({ name: 'Tromsø', country: 'NO' });
    expect(result.draft.submitted).toBe('2023-05-03');
    expect(result.draft.source?.format).toMatch(/Word document/);
    expect(answers['IX.1']?.['respondent']).toEqual({
      name: 'Kari Nordmann',
      title: 'Chief Digital Officer',
      email: 'kari.nordmann@tromso.example.org',
    });
  });

  it('reads Word check-box controls and typed ☒/☐ marks on Yes/No lines as yes or no', () => {
    expect(answers['II.1']?.['national']).toBe('yes'); // check-box control
    expect(answers['II.1']?.['local']).toBe('no'); // typed ☐ Yes ☒ No
    expect(answers['III.1']?.['answer']).toBe('yes');
    expect(answers['IV.3']?.['answer']).toBe('no');
    // Boxes printed, none ticked: left blank, not "unreadable".
    expect(answers['V.1']?.['answer']).toBe('not_answered');
    expect(result.report.todos['answers.IV.3.answer']).toBeUndefined();
  });

  it('reads each III.2 item and the respondent status from their boxes', () => {
    expect(answers['III.2']).toMatchObject({
      implementation_plan: 'yes',
      national_development_strategy: 'no',
      sdgs: 'yes',
      cyber_security: 'no',
    });
    // An item the document does not list cannot be read: flagged for a human.
    expect(answers['III.2']?.['sendai']).toBe('not_legible_in_source');
    expect(result.report.todos['answers.III.2.sendai']).toMatch(/check the original/);
    expect(answers['IX.1']?.['status']).toBe('authorized_fully_knowledgeable');
  });

  it('keeps links (with their labels), drops the footnote, and places every line', () => {
    expect(answers['I.1']?.['portals']).toEqual(['https://tromso.example.org/']);
    expect(answers['I.2']?.['open_government_data']).toEqual([{ url: 'https://data.tromso.example.org/', label: 'Open data portal' }]);
    expect(answers['III.1']?.['explanation']).toBe('The strategy runs from 2021 to 2025.');
    expect(result.report.stripped.some((s) => s.kind === 'footnote')).toBe(true);
    expect(result.yaml).not.toContain('interchangeably');
    expect(result.report.unplaced).toEqual([]);
    expect(result.conversionMessages).toEqual([]);
  });

  it('produces a draft that validates apart from the fields flagged TODO', () => {
    expect(problemsOutsideTodos(result)).toEqual([]);
  });
});

/** The draft validated with its evidence checked against the converted text, TODO fields apart. */
function evidenceProblems(imported: ImportResult): string[] {
  const filled = imported.yaml.replace('{ lat: null, lon: null }', '{ lat: 0, lon: 0 }');
  const { problems } = validateResponseText(filled, OUT, { edition: 2022, readSource: () => imported.text });
  const todos = Object.keys(imported.report.todos);
  return problems.filter((p) => !todos.some((t) => p.field === t || p.field.startsWith(`${t}.`))).map((p) => `${p.field} ${p.message}`);
}

const lineOf = (text: string, part: string) => text.split('\n').findIndex((l) => l.includes(part)) + 1;

describe('the evidence of a .docx import', () => {
  it('reads I.3’s ticked Yes on its wording line as has_cio: yes, ticked, with that line', () => {
    expect(answers['I.3']?.['has_cio']).toBe('yes');
    const line = lineOf(result.text, 'programs/strategies? ☒ Yes ☐ No');
    expect(line).toBeGreaterThan(0);
    expect(result.evidence.fields['I.3']?.['has_cio']).toEqual({ lines: [{ from: line, to: line }], basis: 'ticked' });
    expect(result.report.todos['answers.I.3.has_cio']).toBeUndefined();
  });

  it('reads I.3’s ticked No on the line after its wording', async () => {
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'questions', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
        ],
      },
      sections: [
        {
          children: [
            p('Local Government Questionnaire (LGQ) 2022'),
            p('Tromsø'),
            p('Norway'),
            p('I. Institutional Framework'),
            ...cioQuestion(false, 'next line'),
          ],
        },
      ],
    });
    const next = await importQuestionnaire({ fileName: 'tromso.docx', content: new Uint8Array(await Packer.toBuffer(doc)) }, { out: OUT });
    expect(answersOf(draftData(next))['I.3']?.['has_cio']).toBe('no');
    const line = lineOf(next.text, '☐ Yes ☒ No');
    expect(line).toBeGreaterThan(lineOf(next.text, 'programs/strategies?'));
    expect(next.evidence.fields['I.3']?.['has_cio']).toEqual({ lines: [{ from: line, to: line }], basis: 'ticked' });
  });

  it('writes has_cio: not_legible_in_source with a TODO when the form shows no Yes/No', async () => {
    const bare = await importText(
      [
        'Local Government Questionnaire (LGQ) 2022',
        'Tromsø',
        'Norway',
        'I. Institutional Framework',
        `3. ${CIO_WORDING}`,
        'Name: Kari Nordmann',
      ].join('\n\n'),
    );
    expect(bare.draft.answers['I.3']?.['has_cio']).toBe('not_legible_in_source');
    expect(bare.report.todos['answers.I.3.has_cio']).toMatch(/check the original/);
    expect(bare.evidence.fields['I.3']?.['has_cio']).toBeUndefined();
  });

  it('gives every yes/no read from boxes the basis ticked, and passes the evidence checks against the converted text', () => {
    for (const [qid, key] of [
      ['II.1', 'national'],
      ['II.1', 'local'],
      ['III.1', 'answer'],
      ['IV.3', 'answer'],
      ['III.2', 'implementation_plan'],
      ['III.2', 'cyber_security'],
    ] as const)
      expect(result.evidence.fields[qid]?.[key]?.basis, `${qid}.${key}`).toBe('ticked');
    // Left blank: not answered, so no evidence.
    expect(result.evidence.fields['V.1']?.['answer']).toBeUndefined();
    expect(evidenceProblems(result)).toEqual([]);
  });
});

describe('htmlToText (the .docx conversion)', () => {
  it('turns check-box inputs into ☒/☐, drops footnote references and keeps footnote bodies as footnote lines', () => {
    const text = htmlToText(
      '<p>National level? <input type="checkbox" checked="checked" /> Yes <input type="checkbox" /> No</p>' +
        '<p>Term<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> here</p>' +
        '<ol><li id="footnote-1"><p>The definition. <a href="#footnote-ref-1">↑</a></p></li></ol>',
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['National level? ☒ Yes ☐ No', 'Term here', '¹ The definition.']);
  });
});
